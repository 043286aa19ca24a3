import * as z from 'zod';
import { localeParam, spoilersParam } from '../reviews/query-schemas';
import { documentIdParam, plainText } from '../validation';

export const MAX_BODY_BYTES = 64 * 1024;

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/** POST /reviews/:slug/comments. Unknown fields (status, isEditorReply…) are refused. */
export const commentSubmission = z
  .object({
    data: z
      .object({
        authorName: plainText(z.string().trim().min(1).max(80)).optional(),
        authorEmail: z.string().trim().max(254).pipe(z.email()).optional(),
        authorUrl: z.union([httpUrl, z.literal(''), z.null()]).optional(),
        content: plainText(z.string().max(5000)).refine((text) => text.trim().length > 0, 'must not be empty'),
        parent: documentIdParam.nullable().optional(),
        containsSpoilers: z.boolean().optional(),
        /** Email me when an approved reply to this comment appears. */
        notifyReplies: z.boolean().optional(),
        rating: z.number().nullable().optional(),
        /** The honeypot: frontends render it hidden, so people leave it empty. */
        company: plainText(z.string().max(500)).optional(),
      })
      .strict(),
  })
  .strict();

export const commentListQuery = z
  .object({
    spoilers: spoilersParam,
    sort: z.enum(['oldest', 'newest']).default('oldest'),
    pagination: z
      .object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) })
      .strict()
      .default({ page: 1, pageSize: 20 }),
    locale: localeParam,
  })
  .strict();

/** POST /reviews/:slug/comments?locale=fr: the review version the reader commented on. */
export const commentPostQuery = z.object({ locale: localeParam }).strict();

export type CommentListQuery = z.infer<typeof commentListQuery>;
