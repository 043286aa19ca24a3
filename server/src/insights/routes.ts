import { ACTIONS, requires } from '../permissions';
import { noInput } from '../validation';

export default [{ method: 'GET', path: '/insights', handler: 'insights.overview', request: { query: noInput.shape }, config: requires(ACTIONS.insightsRead) }];
