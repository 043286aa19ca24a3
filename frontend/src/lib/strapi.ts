import type { CommentSubmission, PublicComment, ReviewCard, ReviewDetail } from 'strapi-plugin-film-reviews/strapi-server';
import { cached, remember } from './cache';
import { config } from './config';

/** The plugin's public routes: the only part of Strapi this site talks to. */
const API = '/api/film-reviews';

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface CommentPage {
  data: PublicComment[];
  meta: { pagination: Pagination; totalComments: number };
}

export interface StrapiError {
  status: number;
  name: string;
  message: string;
  details?: { errors?: Array<{ path: string[]; message: string }>; retryAfter?: number };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: StrapiError | null
  ) {
    super(error?.message ?? `Strapi answered ${status}`);
  }
}

const request = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${config.strapiUrl}${API}${path}`, init);
  if (response.status === 304) return { response, body: null };
  const body = (await response.json().catch(() => null)) as any;
  if (!response.ok) throw new ApiError(response.status, body?.error ?? null);
  return { response, body };
};

/** A GET reused for the cache's TTL. */
const getFresh = async <T>(path: string): Promise<T> => {
  const hit = cached(path);
  if (hit && hit.expires > Date.now()) return hit.body as T;
  const { body } = await request(path);
  remember(path, body, null, config.cacheSeconds * 1000);
  return body as T;
};

/** A GET revalidated every time with the plugin's ETag (304 costs Strapi one query). */
const getRevalidated = async <T>(path: string): Promise<T> => {
  const hit = cached(path);
  const { response, body } = await request(path, { headers: hit?.etag ? { 'if-none-match': hit.etag } : {} });
  if (response.status === 304 && hit) return hit.body as T;
  remember(path, body, response.headers.get('etag'), Number.POSITIVE_INFINITY);
  return body as T;
};

export interface ReviewListOptions {
  page: number;
  pageSize: number;
  minRating?: number;
  sort: string;
}

export const listReviews = ({ page, pageSize, minRating, sort }: ReviewListOptions) => {
  const query = new URLSearchParams({ sort, 'pagination[page]': String(page), 'pagination[pageSize]': String(pageSize) });
  if (minRating) query.set('filters[rating][$gte]', String(minRating));
  return getFresh<{ data: ReviewCard[]; meta: { pagination: Pagination } }>(`/reviews?${query}`);
};

export const getReview = (slug: string, spoilers: 'hide' | 'show') =>
  getFresh<{ data: ReviewDetail }>(`/reviews/${encodeURIComponent(slug)}?spoilers=${spoilers}`).then(({ data }) => data);

/** A draft for the admin's preview pane: never cached, authorised by the preview secret or an API token. */
export const getDraftReview = async (slug: string) => {
  const headers: Record<string, string> = config.previewToken
    ? { authorization: `Bearer ${config.previewToken}` }
    : { 'x-film-reviews-preview-secret': config.previewSecret };
  const { body } = await request(`/reviews/${encodeURIComponent(slug)}?status=draft&spoilers=show`, { headers, cache: 'no-store' });
  return (body as { data: ReviewDetail }).data;
};

export const getComments = (slug: string, { page, spoilers }: { page: number; spoilers: 'hide' | 'show' }) =>
  getRevalidated<CommentPage>(`/reviews/${encodeURIComponent(slug)}/comments?spoilers=${spoilers}&pagination[page]=${page}&pagination[pageSize]=20`);

/** Posts as the reader: their address goes along so the plugin's per-client rate limit is theirs (with Strapi's server.proxy on). */
export const postComment = async (slug: string, data: CommentSubmission, reader: { ip: string; userAgent: string | null }) => {
  const response = await fetch(`${config.strapiUrl}${API}/reviews/${encodeURIComponent(slug)}/comments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': reader.ip,
      ...(reader.userAgent ? { 'user-agent': reader.userAgent } : {}),
    },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json().catch(() => null)) as any;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
};
