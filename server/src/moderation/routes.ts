import { ACTIONS, requires } from '../permissions';
import { documentIdParam } from '../validation';
import { bulkAction, editorReply, moderationListQuery, reviewOptionsQuery } from './moderation-input';
import { defineRoutes } from '../http/define-routes';

/** Admin routes of the moderation view; `request` names the inputs the controller parses (for the API reference). */
export default defineRoutes([
  { method: 'GET', path: '/moderation/comments', handler: 'moderation.list', request: { query: moderationListQuery.shape }, config: requires(ACTIONS.commentsRead) },
  { method: 'POST', path: '/moderation/comments/bulk', handler: 'moderation.bulk', request: { body: { 'application/json': bulkAction } }, config: requires(ACTIONS.commentsModerate) },
  { method: 'GET', path: '/moderation/comments/:id/thread', handler: 'moderation.thread', request: { params: { id: documentIdParam } }, config: requires(ACTIONS.commentsRead) },
  {
    method: 'POST',
    path: '/moderation/comments/:id/reply',
    handler: 'moderation.reply',
    request: { params: { id: documentIdParam }, body: { 'application/json': editorReply } },
    config: requires(ACTIONS.commentsModerate),
  },
  // The moderation page's review filter, behind the page's own permission.
  { method: 'GET', path: '/moderation/review-options', handler: 'moderation.reviewOptions', request: { query: reviewOptionsQuery.shape }, config: requires(ACTIONS.commentsRead) },
  { method: 'GET', path: '/moderation/reviews/:documentId', handler: 'moderation.reviewSummary', request: { params: { documentId: documentIdParam } }, config: requires(ACTIONS.commentsRead) },
]);
