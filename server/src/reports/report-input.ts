import * as z from 'zod';
import type { ReportReason } from '../client-types';

export const REPORT_REASONS = ['spoiler', 'spam', 'abuse', 'off-topic'] as const satisfies readonly ReportReason[];

/** POST /comments/:documentId/report */
export const reportSubmission = z.object({ data: z.object({ reason: z.enum(REPORT_REASONS) }).strict() }).strict();
