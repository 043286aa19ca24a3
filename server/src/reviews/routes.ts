import * as z from 'zod';
import { reviewDetailQuery, reviewListQuery } from './query-schemas';
import { slugParam } from '../http/params';
import type { ReviewDetailResponse, ReviewListResponse } from './types';
import { defineRoutes } from '../http/define-routes';

const image = z.object({
  id: z.number(),
  url: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  alt: z.string().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  spoiler: z.boolean(),
  mime: z.string(),
  bytes: z.number(),
  placeholder: z.object({ dataUri: z.string(), thumbhash: z.string(), color: z.string() }).nullable(),
  sources: z.array(z.object({ type: z.string(), srcset: z.string() })),
});

const card = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  locale: z.string().nullable(),
  film: z.object({ title: z.string().nullable(), releaseYear: z.number().nullable() }),
  rating: z.object({ value: z.number(), max: z.number() }),
  excerpt: z.string().nullable(),
  spoilerWarning: z.object({ level: z.enum(['none', 'mild', 'major']) }),
  cover: image.nullable(),
  commentCount: z.number(),
  readerRating: z.object({ average: z.number().nullable(), count: z.number() }),
  likes: z.number(),
  publishedAt: z.string(),
});

const detail = card.extend({
  publishedAt: z.string().nullable(),
  body: z.string(),
  film: z.object({
    title: z.string().nullable(),
    releaseYear: z.number().nullable(),
    runtimeMinutes: z.number().nullable(),
    basedOn: z.string().nullable(),
    credits: z.array(z.object({ name: z.string(), job: z.string(), character: z.string().nullable() })),
  }),
  reviewer: z.object({ name: z.string(), url: z.string().nullable() }),
  gallery: z.array(z.union([image, z.object({ id: z.number(), width: z.number().nullable(), height: z.number().nullable(), spoiler: z.literal(true), placeholder: image.shape.placeholder })])),
  advisories: z.object({
    spoilers: z.object({ level: z.enum(['none', 'mild', 'major']), note: z.string().nullable(), hiddenSpans: z.number() }),
    images: z.object({ count: z.number(), originalBytes: z.number(), optimizedBytes: z.number() }),
  }),
  structuredData: z.record(z.string(), z.unknown()),
});

/**
 * Public read routes (content API, prefix /api/film-reviews); the schemas document them for OpenAPI
 * and must produce the client package's types.
 */
export default defineRoutes([
  {
    method: 'GET',
    path: '/reviews',
    handler: 'reviews.list',
    request: { query: reviewListQuery.shape },
    response: z.object({
      data: z.array(card),
      meta: z.object({ pagination: z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() }) }),
    }) satisfies z.ZodType<ReviewListResponse>,
    config: {},
  },
  {
    method: 'GET',
    path: '/reviews/:slug',
    handler: 'reviews.detail',
    request: { params: { slug: slugParam }, query: reviewDetailQuery.shape },
    response: z.object({ data: detail }) satisfies z.ZodType<ReviewDetailResponse>,
    config: {},
  },
]);
