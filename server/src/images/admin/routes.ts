import * as z from 'zod';
import { ACTIONS, requires } from '../../permissions';
import { noInput } from '../../validation';
import { defineRoutes } from '../../http/define-routes';

/** Admin routes of the Images view; `request` names the inputs the controller checks (for the API reference). */
export default defineRoutes([
  { method: 'GET', path: '/images/status', handler: 'images.status', request: { query: noInput.shape }, config: requires(ACTIONS.imagesRead) },
  { method: 'POST', path: '/images/backfill', handler: 'images.backfill', request: { body: { 'application/json': noInput } }, config: requires(ACTIONS.imagesManage) },
  { method: 'POST', path: '/images/jobs/:id/retry', handler: 'images.retry', request: { params: { id: z.coerce.number().int().positive() } }, config: requires(ACTIONS.imagesManage) },
]);
