import { defineRoutes } from '../http/define-routes';
import { linkInput } from './link-input';

/**
 * The links in moderation emails. No role's permission: the token names its admin, whose own
 * permissions are checked each time it is used.
 */
export default defineRoutes([
  { method: 'GET', path: '/moderate', handler: 'moderation-links.preview', request: { query: linkInput.shape }, config: { auth: false } },
  { method: 'POST', path: '/moderate', handler: 'moderation-links.act', request: { body: { 'application/json': linkInput, 'application/x-www-form-urlencoded': linkInput } }, config: { auth: false } },
]);
