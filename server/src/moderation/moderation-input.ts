import * as z from 'zod';
import { MODERATION_ACTIONS, MODERATION_SORTS, MODERATION_STATUSES, type ModerationAction, type ModerationStatus } from '../../../shared/contracts/moderation';
import { documentIdParam, plainText } from '../validation';

export { MODERATION_STATUSES };

export const moderationListQuery = z
  .object({
    status: z.enum(MODERATION_STATUSES).optional(),
    review: documentIdParam.optional(),
    q: plainText(z.string().trim().max(200)).optional(),
    sort: z.enum(MODERATION_SORTS).default('newest'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

/** The review filter's own search and paging: titles searched by `q`, at most 100 per page. */
export const reviewOptionsQuery = moderationListQuery.pick({ q: true, page: true, pageSize: true });

/** restore puts a comment back in the queue. */
export const bulkAction = z
  .object({
    ids: z.array(documentIdParam).min(1).max(200),
    action: z.enum(MODERATION_ACTIONS),
  })
  .strict();

export const editorReply = z.object({ content: plainText(z.string().max(5000)).refine((text) => text.trim().length > 0, 'must not be empty') }).strict();

export const ACTION_STATUS = { approve: 'approved', spam: 'spam', reject: 'rejected', restore: 'pending' } as const satisfies Record<ModerationAction, ModerationStatus>;
