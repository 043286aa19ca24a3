import * as z from 'zod';
import { errors } from '@strapi/utils';
import { localeParam, paginationParam, spoilersParam } from '../http/params';
import { documentIdParam, plainText } from '../validation';

const MAX_BODY_BYTES = 64 * 1024;

/** 413 for a comment request larger than MAX_BODY_BYTES (REST's body, GraphQL's whole request). */
export const refuseOversizedComment = (bytes: number) => {
  if (bytes > MAX_BODY_BYTES) throw new errors.PayloadTooLargeError(`A comment request may be at most ${MAX_BODY_BYTES} bytes`);
};

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
        authorName: plainText(z.string().trim().min(1).max(80)).optional().describe('Required for guests; shown with the comment.'),
        authorEmail: z.string().trim().max(254).pipe(z.email()).optional().describe('Required for guests; never published.'),
        authorUrl: z.union([httpUrl, z.literal(''), z.null()]).optional().describe("The commenter's website, http or https."),
        content: plainText(z.string().max(5000))
          .refine((text) => text.trim().length > 0, 'must not be empty')
          .describe('Plain text, not empty, stored exactly as typed.'),
        parent: documentIdParam.nullable().optional().describe('The `documentId` of an approved comment of the same review: this is a reply.'),
        containsSpoilers: z.boolean().optional().describe('Hidden behind the spoiler switch in `spoilers=hide` reads.'),
        /** Email me when an approved reply to this comment appears. */
        notifyReplies: z.boolean().optional().describe('Email me when an approved reply to this comment appears.'),
        rating: z.number().nullable().optional().describe("The reader's own star rating, on the review's scale (0.5..5 in half stars by default)."),
        /** The honeypot: frontends render it hidden, so people leave it empty. */
        company: plainText(z.string().max(500)).optional().describe('The honeypot: render it hidden, send it empty.'),
        altcha: z.string().max(4000).optional().describe('The altcha widget\'s payload: a solved `GET /challenge`, required from guests while `requireProofOfWork` is on.'),
      })
      .strict(),
  })
  .strict();

/** PUT /comments/:documentId: the new text, checked as a posted one is. */
export const commentEdit = z
  .object({
    data: z
      .object({
        content: commentSubmission.shape.data.shape.content,
        containsSpoilers: commentSubmission.shape.data.shape.containsSpoilers,
      })
      .strict(),
  })
  .strict();

export const COMMENT_SORTS = ['oldest', 'newest', 'top'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

export const commentListQuery = z
  .object({
    spoilers: spoilersParam,
    sort: z.enum(COMMENT_SORTS).default('oldest').describe('Order of the root comments: `top` is most liked first, then oldest; replies are always oldest first.'),
    pagination: paginationParam({ defaultPageSize: 20, maxPageSize: 100 }),
    locale: localeParam,
  })
  .strict();

/** POST /reviews/:slug/comments?locale=fr: the review version the reader commented on. */
export const commentPostQuery = z.object({ locale: localeParam }).strict();

export type CommentListQuery = z.infer<typeof commentListQuery>;
