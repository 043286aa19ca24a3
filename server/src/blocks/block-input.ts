import * as z from 'zod';
import { plainText } from '../validation';

/** POST /moderation/comments/:id/block. */
export const blockRequest = z
  .object({
    note: plainText(z.string().trim().max(500)).optional().describe('Why, for the other moderators.'),
    expiresAt: z
      .string()
      .max(40)
      .refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date-time')
      .refine((value) => Date.parse(value) > Date.now(), 'must be in the future')
      .nullable()
      .optional()
      .describe('When the block ends, an ISO 8601 date-time in the future; without it, until lifted.'),
  })
  .strict();

export const blockListQuery = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export type BlockRequest = z.infer<typeof blockRequest>;
