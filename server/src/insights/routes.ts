import { ACTIONS, requires } from '../permissions';
import { noInput } from '../validation';
import { defineRoutes } from '../http/define-routes';

export default defineRoutes([{ method: 'GET', path: '/insights', handler: 'insights.overview', request: { query: noInput.shape }, config: requires(ACTIONS.insightsRead) }]);
