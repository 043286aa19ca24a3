import { ACTIONS, requires } from '../permissions';
import { moderationListQuery } from './moderation-input';
import { defineRoutes } from '../http/define-routes';

/** The moderation list's own search and paging: titles searched by `q`, at most 100 per page. */
export const reviewOptionsQuery = moderationListQuery.pick({ q: true, page: true, pageSize: true });

/** Admin route of the moderation page's review filter, behind the page's own permission. */
export default defineRoutes([
  { method: 'GET', path: '/moderation/review-options', handler: 'review-options.list', request: { query: reviewOptionsQuery.shape }, config: requires(ACTIONS.commentsRead) },
]);
