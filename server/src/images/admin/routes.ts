import { ACTIONS, requires } from '../../permissions';

export default [
  { method: 'GET', path: '/images/status', handler: 'images.status', config: requires(ACTIONS.imagesRead) },
  { method: 'POST', path: '/images/backfill', handler: 'images.backfill', config: requires(ACTIONS.imagesManage) },
  { method: 'POST', path: '/images/jobs/:id/retry', handler: 'images.retry', config: requires(ACTIONS.imagesManage) },
];
