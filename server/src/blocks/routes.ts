import { ACTIONS, requires } from '../permissions';
import { documentIdParam } from '../validation';
import { defineRoutes } from '../http/define-routes';
import { blockListQuery, blockRequest } from './block-input';

/** Admin routes of blocked readers, all behind the moderation permission. */
export default defineRoutes([
  {
    method: 'POST',
    path: '/moderation/comments/:id/block',
    handler: 'blocks.block',
    request: { params: { id: documentIdParam }, body: { 'application/json': blockRequest } },
    config: requires(ACTIONS.commentsModerate),
  },
  { method: 'GET', path: '/moderation/blocks', handler: 'blocks.list', request: { query: blockListQuery.shape }, config: requires(ACTIONS.commentsModerate) },
  { method: 'DELETE', path: '/moderation/blocks/:id', handler: 'blocks.unblock', request: { params: { id: documentIdParam } }, config: requires(ACTIONS.commentsModerate) },
]);
