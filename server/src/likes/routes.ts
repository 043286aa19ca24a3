import * as z from 'zod';
import { slugParam } from '../http/params';
import { documentIdParam } from '../validation';
import type { LikeResponse } from '../client-types';
import { defineRoutes, type PluginRoute } from '../http/define-routes';
import { reviewLikeQuery } from './like-input';

const response = z.object({ data: z.object({ likes: z.number(), liked: z.boolean() }) }) satisfies z.ZodType<LikeResponse>;
const comment = { params: { documentId: documentIdParam } };
const review = { params: { slug: slugParam }, query: reviewLikeQuery.shape };

/** Public likes (content API, prefix /api/film-reviews): POST likes, DELETE takes the like back; both answer the count. */
export default defineRoutes(
  (
    [
      ['POST', '/comments/:documentId/like', 'likes.likeComment', comment],
      ['DELETE', '/comments/:documentId/like', 'likes.unlikeComment', comment],
      ['POST', '/reviews/:slug/like', 'likes.likeReview', review],
      ['DELETE', '/reviews/:slug/like', 'likes.unlikeReview', review],
    ] as const
  ).map(([method, path, handler, request]): PluginRoute => ({ method, path, handler, request, response, config: {} }))
);
