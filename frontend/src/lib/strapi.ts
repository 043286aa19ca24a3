import { createFilmReviewsClient, type CommentEdit, type CommentSubmission } from 'strapi-plugin-film-reviews-client';
import { cached, forget, remember } from './cache';
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

export type CommentSort = 'oldest' | 'newest' | 'top';

/** Revalidated on every view: the client sends the thread's ETag, and Strapi's 304 reuses the page read before. */
export const getComments = (slug: string, { page, sort, spoilers }: { page: number; sort: CommentSort; spoilers: 'hide' | 'show' }) =>
  client.getComments(slug, { spoilers, sort, pagination: { page, pageSize: 20 } });

/** The reader this server acts for. */
export interface Reader {
  ip: string;
  userAgent: string | null;
}

/**
 * Sent with every write made for a reader: their address goes along so the plugin's per-client
 * rate limits are theirs (with Strapi's server.proxy on), not this server's.
 */
const readerHeaders = (reader: Reader) => ({ 'x-forwarded-for': reader.ip, ...(reader.userAgent ? { 'user-agent': reader.userAgent } : {}) });
const asReader = (reader: Reader): RequestInit => ({ headers: readerHeaders(reader) });

/** With the site's API token, when it has one: the plugin then holds a comment that comes without proof of work. */
export const postComment = (slug: string, data: CommentSubmission, reader: Reader) =>
  client.postComment(slug, data, {}, { headers: { ...readerHeaders(reader), ...(config.apiToken ? { authorization: `Bearer ${config.apiToken}` } : {}) } });

export const editComment = (documentId: string, editToken: string, data: CommentEdit, reader: Reader) => client.editComment(documentId, editToken, data, asReader(reader));

export const deleteComment = (documentId: string, editToken: string, reader: Reader) => client.deleteComment(documentId, editToken, asReader(reader));

export const setCommentLiked = (documentId: string, liked: boolean, readerKey: string, reader: Reader) =>
  (liked ? client.likeComment : client.unlikeComment)(documentId, readerKey, asReader(reader));

/** The review's cached pages are dropped: the reader who liked it sees the new count on the next view. */
export const setReviewLiked = async (slug: string, liked: boolean, readerKey: string, reader: Reader) => {
  const result = await (liked ? client.likeReview : client.unlikeReview)(slug, readerKey, {}, asReader(reader));
  if (result.ok) forget(`review:${slug}:`);
  return result;
};
