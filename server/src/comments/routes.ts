import * as z from 'zod';
import { slugParam } from '../http/params';
import { commentEdit, commentListQuery, commentPostQuery, commentSubmission } from './comment-input';
import type { CommentThreadResponse, DeletedCommentResponse, EditedCommentResponse, PostedCommentResponse, PublicComment } from '../client-types';
import { documentIdParam } from '../validation';
import { defineRoutes } from '../http/define-routes';

const comment: z.ZodType<PublicComment> = z.lazy(() =>
  z.object({
    documentId: z.string(),
    number: z.number(),
    author: z.object({ name: z.string(), url: z.string().nullable() }),
    content: z.string().nullable(),
    contentHtml: z.string().nullable(),
    containsSpoilers: z.boolean(),
    spoilerHidden: z.literal(true).optional(),
    rating: z.number().nullable(),
    isEditorReply: z.boolean(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deleted: z.boolean(),
    likes: z.number(),
    replies: z.array(comment),
  })
);

/** Public comment routes (content API, prefix /api/film-reviews); the response schemas produce the client package's types. */
export default defineRoutes([
  {
    method: 'GET',
    path: '/reviews/:slug/comments',
    handler: 'comments.find',
    request: { params: { slug: slugParam }, query: commentListQuery.shape },
    response: z.object({
      data: z.array(comment),
      meta: z.object({
        pagination: z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() }),
        totalComments: z.number(),
      }),
    }) satisfies z.ZodType<CommentThreadResponse>,
    config: {},
  },
  {
    method: 'POST',
    path: '/reviews/:slug/comments',
    handler: 'comments.create',
    request: { params: { slug: slugParam }, query: commentPostQuery.shape, body: { 'application/json': commentSubmission } },
    response: z.object({
      data: z.object({ documentId: z.string(), moderationStatus: z.enum(['approved', 'pending']), editToken: z.string().optional(), editableUntil: z.string().optional() }),
    }) satisfies z.ZodType<PostedCommentResponse>,
    config: {},
  },
  {
    method: 'PUT',
    path: '/comments/:documentId',
    handler: 'comments.edit',
    request: { params: { documentId: documentIdParam }, body: { 'application/json': commentEdit } },
    response: z.object({
      data: z.object({ documentId: z.string(), moderationStatus: z.enum(['approved', 'pending']), editedAt: z.string() }),
    }) satisfies z.ZodType<EditedCommentResponse>,
    config: {},
  },
  {
    method: 'DELETE',
    path: '/comments/:documentId',
    handler: 'comments.remove',
    request: { params: { documentId: documentIdParam } },
    response: z.object({ data: z.object({ documentId: z.string(), kept: z.boolean() }) }) satisfies z.ZodType<DeletedCommentResponse>,
    config: {},
  },
]);
