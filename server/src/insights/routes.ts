import { ACTIONS, requires } from '../permissions';

export default [{ method: 'GET', path: '/insights', handler: 'insights.overview', config: requires(ACTIONS.insightsRead) }];
