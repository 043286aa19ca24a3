import * as z from 'zod';
import { documentIdParam, plainText } from '../validation';

export const MODERATION_STATUSES = ['pending', 'approved', 'spam', 'rejected'] as const;

export const moderationListQuery = z
  .object({
    status: z.enum(MODERATION_STATUSES).optional(),
    review: documentIdParam.optional(),
    q: plainText(z.string().trim().max(200)).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

/** restore puts a comment back in the queue. */
export const bulkAction = z
  .object({
    ids: z.array(documentIdParam).min(1).max(200),
    action: z.enum(['approve', 'spam', 'reject', 'restore']),
  })
  .strict();

export const editorReply = z.object({ content: plainText(z.string().max(5000)).refine((text) => text.trim().length > 0, 'must not be empty') }).strict();

export const ACTION_STATUS = { approve: 'approved', spam: 'spam', reject: 'rejected', restore: 'pending' } as const;
