import { ACTIONS, requires } from '../permissions';

export default [
  { method: 'GET', path: '/moderation/comments', handler: 'moderation.list', config: requires(ACTIONS.commentsRead) },
  { method: 'POST', path: '/moderation/comments/bulk', handler: 'moderation.bulk', config: requires(ACTIONS.commentsModerate) },
  { method: 'GET', path: '/moderation/comments/:id/thread', handler: 'moderation.thread', config: requires(ACTIONS.commentsRead) },
  { method: 'POST', path: '/moderation/comments/:id/reply', handler: 'moderation.reply', config: requires(ACTIONS.commentsModerate) },
  { method: 'GET', path: '/moderation/reviews/:documentId', handler: 'moderation.reviewSummary', config: requires(ACTIONS.commentsRead) },
];
