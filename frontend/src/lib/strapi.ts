import { createFilmReviewsClient, type CommentSubmission } from 'strapi-plugin-film-reviews-client';
import { cached, remember } from './cache';
import { config } from './config';

/** The plugin's public routes, through its client package: the only part of Strapi this site talks to. */
const client = createFilmReviewsClient({ baseUrl: config.strapiUrl });

/** A read reused for the cache's TTL. */
const fresh = async <T>(key: string, read: () => Promise<T>): Promise<T> => {
  const hit = cached(key);
  if (hit && hit.expires > Date.now()) return hit.body as T;
  const body = await read();
  remember(key, body, config.cacheSeconds * 1000);
  return body;
};

export interface ReviewListOptions {
  page: number;
  pageSize: number;
  minRating?: number;
  sort: string;
}

export const listReviews = ({ page, pageSize, minRating, sort }: ReviewListOptions) =>
  fresh(`reviews:${sort}:${page}:${pageSize}:${minRating ?? ''}`, () =>
    client.listReviews({ sort, pagination: { page, pageSize }, filters: minRating ? { rating: { $gte: minRating } } : undefined })
  );

export const getReview = (slug: string, spoilers: 'hide' | 'show') =>
  fresh(`review:${slug}:${spoilers}`, () => client.getReview(slug, { spoilers })).then(({ data }) => data);

/** A draft for the admin's preview pane: never cached, authorised by an API token or the preview secret. */
export const getDraftReview = async (slug: string) => {
  const { data } = config.previewToken
    ? await client.getDraftReview(slug, { spoilers: 'show' }, { headers: { authorization: `Bearer ${config.previewToken}` } })
    : await client.getDraftReview(slug, { spoilers: 'show', previewSecret: config.previewSecret });
  return data;
};

/** Revalidated on every view: the client sends the thread's ETag, and Strapi's 304 reuses the page read before. */
export const getComments = (slug: string, { page, spoilers }: { page: number; spoilers: 'hide' | 'show' }) =>
  client.getComments(slug, { spoilers, pagination: { page, pageSize: 20 } });

/** Posts as the reader: their address goes along so the plugin's per-client rate limit is theirs (with Strapi's server.proxy on). */
export const postComment = (slug: string, data: CommentSubmission, reader: { ip: string; userAgent: string | null }) =>
  client.postComment(slug, data, {}, { headers: { 'x-forwarded-for': reader.ip, ...(reader.userAgent ? { 'user-agent': reader.userAgent } : {}) } });
