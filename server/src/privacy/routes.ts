import { ACTIONS, requires } from '../permissions';
import { eraseRequest, exportQuery } from './privacy-input';
import { defineRoutes } from '../http/define-routes';

/** Admin routes of the privacy view; `request` names the inputs the controller parses (for the API reference). */
export default defineRoutes([
  { method: 'GET', path: '/privacy/export', handler: 'privacy.export', request: { query: exportQuery.shape }, config: requires(ACTIONS.privacyManage) },
  { method: 'POST', path: '/privacy/erase', handler: 'privacy.erase', request: { body: { 'application/json': eraseRequest } }, config: requires(ACTIONS.privacyManage) },
]);
