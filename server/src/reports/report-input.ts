import * as z from 'zod';

export const REPORT_REASONS = ['spoiler', 'spam', 'abuse', 'off-topic'] as const;

/** POST /comments/:documentId/report */
export const reportSubmission = z.object({ data: z.object({ reason: z.enum(REPORT_REASONS) }).strict() }).strict();
