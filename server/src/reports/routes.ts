import * as z from 'zod';
import { documentIdParam } from '../validation';
import { ACTIONS, requires } from '../permissions';
import { reportSubmission } from './report-input';
import type { ReportResponse } from '../client-types';
import { defineRoutes } from '../http/define-routes';

/** Public: a reader reports an approved comment (content API, prefix /api/film-reviews). */
export const reportRoutes = defineRoutes([
  {
    method: 'POST',
    path: '/comments/:documentId/report',
    handler: 'reports.create',
    request: { params: { documentId: documentIdParam }, body: { 'application/json': reportSubmission } },
    response: z.object({ data: z.object({ documentId: z.string(), counted: z.boolean() }) }) satisfies z.ZodType<ReportResponse>,
    config: {},
  },
]);

/** Admin: a moderator dismisses a comment's open reports. */
export const reportAdminRoutes = defineRoutes([
  { method: 'POST', path: '/moderation/comments/:id/reports/dismiss', handler: 'reports.dismiss', request: { params: { id: documentIdParam } }, config: requires(ACTIONS.commentsModerate) },
]);
