import { FilmReviewsError, FilmReviewsGraphqlError, type GraphqlError } from './errors.js';
import { graphqlCalls, type GraphqlRequest } from './graphql.js';
import { toQuery } from './query.js';
import type {
  CommentEdit,
  CommentSubmission,
  CommentThreadParams,
  CommentThreadResponse,
  DeletedCommentResponse,
  EditedCommentResponse,
  FieldError,
  LikeResponse,
  PostedComment,
  ReportReason,
  ReportResponse,
  ReviewDetailResponse,
  ReviewListParams,
  ReviewListResponse,
  ReviewParams,
  StrapiError,
  UnsubscribeResponse,
} from './types.js';

export interface FilmReviewsClientOptions {
  /** Strapi's origin, e.g. `https://cms.example.com` (without `/api`). */
  baseUrl: string;
  /** Defaults to the runtime's own `fetch`; pass one to add caching options, logging or retries. */
  fetch?: typeof fetch;
  /** Sent with every request, e.g. `{ authorization: 'Bearer <API token>' }`. */
  headers?: HeadersInit;
  /** Strapi's REST prefix (`rest.prefix` in config/api), `/api` unless the app changed it. */
  apiPrefix?: string;
  /** The GraphQL plugin's endpoint, `/graphql` unless the app changed it. */
  graphqlEndpoint?: string;
}

/** A 429: `retryAfter` is how many seconds to wait before the same reader tries again. */
export interface RateLimited {
  ok: false;
  status: 429;
  error: StrapiError;
  retryAfter: number | null;
}

/** A 400: each bad field's path in the request and what is wrong with it. */
export interface InvalidFields {
  ok: false;
  status: 400;
  error: StrapiError;
  fieldErrors: FieldError[];
}

/** What a comment form shows: the posted comment, each bad field, a duplicate, or a wait. */
export type PostCommentResult = { ok: true; status: 201; data: PostedComment } | InvalidFields | { ok: false; status: 409; error: StrapiError } | RateLimited;

/** The reader's own comment changed (its moderation status after the rules ran again), each bad field, or a wait. */
export type EditCommentResult = { ok: true; data: EditedCommentResponse['data'] } | InvalidFields | RateLimited;

/** The reader's own comment deleted (`kept` in the thread as deleted when approved replies hold it), or a wait. */
export type DeleteCommentResult = { ok: true; data: DeletedCommentResponse['data'] } | RateLimited;

/** 201 when the report counted, 200 when this client had reported the comment before. */
export type ReportCommentResult = { ok: true; status: 200 | 201; data: ReportResponse['data'] } | RateLimited;

/** A like's count and whether this reader likes it now, or a wait. */
export type LikeResult = { ok: true; data: LikeResponse['data'] } | RateLimited;

/** The header naming a guest reader for likes (a signed-in user's token names them instead). */
const READER_KEY_HEADER = 'x-reader-key';

/** The secret a comment's 201 carried while the edit window is on: it edits and deletes that comment. */
const EDIT_TOKEN_HEADER = 'x-edit-token';

/** Sent by getDraftReview; the plugin's `preview.secret` config holds the expected value. */
const PREVIEW_SECRET_HEADER = 'x-film-reviews-preview-secret';

/** Comment threads whose ETag and body are kept for conditional requests; the oldest go first. */
const MAX_KEPT_THREADS = 200;

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** Strapi's JSON, or null for anything else (an empty 304, a proxy's HTML error page). */
const readJson = async (response: Response): Promise<any> => response.json().catch(() => null);

/** Later headers win, whatever form (object, array, Headers) each comes in. */
const mergeHeaders = (...all: Array<HeadersInit | undefined>) => {
  const merged = new Headers();
  for (const headers of all) new Headers(headers).forEach((value, name) => merged.set(name, value));
  return merged;
};

/**
 * Seconds from `Retry-After`. A browser hides that header from a cross-origin page unless Strapi's
 * CORS config exposes it, so the seconds Strapi also puts in the error's details are the fallback.
 */
const retryAfterOf = (response: Response, error: StrapiError): number | null => {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : (error.details?.retryAfter ?? null);
};

/** A 429 as a result rather than an exception: a reader's form shows it as a wait. */
const rateLimited = (response: Response, error: StrapiError | null): RateLimited | null =>
  response.status === 429 && error ? { ok: false, status: 429, error, retryAfter: retryAfterOf(response, error) } : null;

/** A 400 with its field errors as a result: a form shows each at its field. */
const invalidFields = (response: Response, error: StrapiError | null): InvalidFields | null =>
  response.status === 400 && error ? { ok: false, status: 400, error, fieldErrors: (error.details?.errors ?? []).map(({ path, message }) => ({ path, message })) } : null;

/**
 * A typed client for the plugin's public routes. Runs wherever `fetch` does (browsers, Node 20+,
 * edge runtimes) and keeps no state but the ETags of the comment threads it read.
 * Each call takes a last `init` (RequestInit: signal, headers, a framework's cache options).
 */
export const createFilmReviewsClient = ({ baseUrl, fetch: customFetch, headers, apiPrefix = '/api', graphqlEndpoint = '/graphql' }: FilmReviewsClientOptions) => {
  // Looked up per call, unbound: a fetch patched later (Next.js does) is used, and browsers never see a foreign `this`.
  const fetchImpl: typeof fetch = customFetch ?? ((input, init) => globalThis.fetch(input, init));
  const origin = trimSlash(baseUrl);
  const send = (path: string, init: RequestInit = {}) =>
    fetchImpl(`${origin}${trimSlash(apiPrefix)}/film-reviews${path}`, { ...init, headers: mergeHeaders(headers, init.headers) });

  /** The body of a 2xx; anything else throws FilmReviewsError. */
  const expectOk = async <T>(response: Response): Promise<T> => {
    const body = await readJson(response);
    if (!response.ok) throw new FilmReviewsError(response.status, body?.error ?? null);
    return body as T;
  };

  const get = async <T>(path: string, init?: RequestInit) => expectOk<T>(await send(path, init));

  const sendJson = (method: 'POST' | 'PUT', path: string, body: unknown, init: RequestInit = {}) =>
    send(path, { ...init, method, headers: mergeHeaders({ 'content-type': 'application/json' }, init.headers), body: JSON.stringify(body) });
  const postJson = (path: string, body: unknown, init?: RequestInit) => sendJson('POST', path, body, init);

  const threads = new Map<string, { etag: string; body: CommentThreadResponse }>();
  const keepThread = (path: string, etag: string | null, body: CommentThreadResponse) => {
    threads.delete(path);
    if (!etag) return;
    if (threads.size >= MAX_KEPT_THREADS) threads.delete(threads.keys().next().value!);
    threads.set(path, { etag, body });
  };

  const graphqlRequest: GraphqlRequest = async <T>(query: string, variables: Record<string, unknown>, init: RequestInit = {}) => {
    const response = await fetchImpl(`${origin}${graphqlEndpoint}`, {
      ...init,
      method: 'POST',
      headers: mergeHeaders(headers, { 'content-type': 'application/json' }, init.headers),
      body: JSON.stringify({ query, variables }),
    });
    const body = (await readJson(response)) as { data?: T; errors?: GraphqlError[] } | null;
    if (body?.errors?.length || !body?.data) throw new FilmReviewsGraphqlError(response.status, body?.errors ?? []);
    return body.data;
  };

  const reviewPath = (slug: string) => `/reviews/${encodeURIComponent(slug)}`;
  const commentPath = (documentId: string) => `/comments/${encodeURIComponent(documentId)}`;
  const commentLikePath = (documentId: string) => `${commentPath(documentId)}/like`;
  const withEditToken = (editToken: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: mergeHeaders({ [EDIT_TOKEN_HEADER]: editToken }, init.headers) });
  const reviewLikePath = (slug: string, params: Pick<ReviewParams, 'locale'>) => `${reviewPath(slug)}/like${toQuery(params)}`;

  /** POST likes, DELETE takes the like back; `readerKey` is the guest's own random key (16 to 128 URL-safe characters). */
  const setLike = async (method: 'POST' | 'DELETE', path: string, readerKey: string | undefined, init: RequestInit = {}): Promise<LikeResult> => {
    const response = await send(path, { ...init, method, headers: mergeHeaders(readerKey ? { [READER_KEY_HEADER]: readerKey } : {}, init.headers) });
    const body = await readJson(response);
    if (response.ok) return { ok: true, data: body.data };
    const limited = rateLimited(response, body?.error ?? null);
    if (limited) return limited;
    throw new FilmReviewsError(response.status, body?.error ?? null);
  };

  return {
    /** GET /reviews: published review cards, paginated. */
    listReviews: (params: ReviewListParams = {}, init?: RequestInit) => get<ReviewListResponse>(`/reviews${toQuery(params)}`, init),

    /** GET /reviews/:slug: the full review; spoilers hidden unless `spoilers: 'show'`. 404 throws. */
    getReview: (slug: string, params: ReviewParams = {}, init?: RequestInit) => get<ReviewDetailResponse>(`${reviewPath(slug)}${toQuery(params)}`, init),

    /**
     * The draft of a review, for an editor's preview: with the preview secret, or with an API
     * token in the client's `headers`. Never cached (`cache: 'no-store'` unless `init` says otherwise).
     */
    getDraftReview: (slug: string, { previewSecret, ...params }: ReviewParams & { previewSecret?: string } = {}, init: RequestInit = {}) =>
      get<ReviewDetailResponse>(`${reviewPath(slug)}${toQuery({ ...params, status: 'draft' })}`, {
        cache: 'no-store',
        ...init,
        headers: mergeHeaders(previewSecret ? { [PREVIEW_SECRET_HEADER]: previewSecret } : {}, init.headers),
      }),

    /**
     * GET /reviews/:slug/comments: one page of root comments with their replies. A thread read
     * before is asked for with its ETag; the plugin's 304 (one query on its side) returns the
     * body kept from then, the same object.
     */
    getComments: async (slug: string, params: CommentThreadParams = {}, init: RequestInit = {}) => {
      const path = `${reviewPath(slug)}/comments${toQuery(params)}`;
      const kept = threads.get(path);
      const response = await send(path, { ...init, headers: mergeHeaders(kept ? { 'if-none-match': kept.etag } : {}, init.headers) });
      if (response.status === 304 && kept) {
        keepThread(path, kept.etag, kept.body);
        return kept.body;
      }
      const body = await expectOk<CommentThreadResponse>(response);
      keepThread(path, response.headers.get('etag'), body);
      return body;
    },

    /**
     * POST /reviews/:slug/comments. 201, 400 (with each field's error), 409 (the same comment
     * again) and 429 are results; any other answer (403 closed, 404, 413…) throws FilmReviewsError.
     */
    postComment: async (slug: string, data: CommentSubmission, params: { locale?: string } = {}, init?: RequestInit): Promise<PostCommentResult> => {
      const response = await postJson(`${reviewPath(slug)}/comments${toQuery(params)}`, { data }, init);
      const body = await readJson(response);
      const error: StrapiError | null = body?.error ?? null;
      if (response.status === 201) return { ok: true, status: 201, data: body.data };
      if (response.status === 409 && error) return { ok: false, status: 409, error };
      const refused = invalidFields(response, error) ?? rateLimited(response, error);
      if (refused) return refused;
      throw new FilmReviewsError(response.status, error);
    },

    /**
     * PUT /comments/:documentId: the reader changes their own comment with the `editToken` its
     * post answered, while the edit window lasts. The moderation rules run again: it may go back
     * to pending. 400 (each field's error) and 429 are results; 403 (a wrong token, or the window
     * has passed), 404 and others throw FilmReviewsError.
     */
    editComment: async (documentId: string, editToken: string, data: CommentEdit, init?: RequestInit): Promise<EditCommentResult> => {
      const response = await sendJson('PUT', commentPath(documentId), { data }, withEditToken(editToken, init));
      const body = await readJson(response);
      const error: StrapiError | null = body?.error ?? null;
      if (response.ok) return { ok: true, data: body.data };
      const refused = invalidFields(response, error) ?? rateLimited(response, error);
      if (refused) return refused;
      throw new FilmReviewsError(response.status, error);
    },

    /** DELETE /comments/:documentId with the comment's `editToken`, while the edit window lasts. 429 is a result; 403, 404 and others throw. */
    deleteComment: async (documentId: string, editToken: string, init?: RequestInit): Promise<DeleteCommentResult> => {
      const response = await send(commentPath(documentId), { ...withEditToken(editToken, init), method: 'DELETE' });
      const body = await readJson(response);
      if (response.ok) return { ok: true, data: body.data };
      const limited = rateLimited(response, body?.error ?? null);
      if (limited) return limited;
      throw new FilmReviewsError(response.status, body?.error ?? null);
    },

    /** POST /comments/:documentId/report: a reader flags an approved comment. 429 is a result; other errors throw. */
    reportComment: async (documentId: string, reason: ReportReason, init?: RequestInit): Promise<ReportCommentResult> => {
      const response = await postJson(`${commentPath(documentId)}/report`, { data: { reason } }, init);
      const body = await readJson(response);
      if (response.status === 200 || response.status === 201) return { ok: true, status: response.status === 201 ? 201 : 200, data: body.data };
      const limited = rateLimited(response, body?.error ?? null);
      if (limited) return limited;
      throw new FilmReviewsError(response.status, body?.error ?? null);
    },

    /** POST /comments/:documentId/like: idempotent per reader. 429 is a result; other errors throw (400 without a reader, 404 for a comment that is not approved). */
    likeComment: (documentId: string, readerKey?: string, init?: RequestInit) => setLike('POST', commentLikePath(documentId), readerKey, init),
    /** DELETE /comments/:documentId/like: a no-op when this reader never liked it. */
    unlikeComment: (documentId: string, readerKey?: string, init?: RequestInit) => setLike('DELETE', commentLikePath(documentId), readerKey, init),
    /** POST /reviews/:slug/like: the review document's like, whichever locale's slug names it. */
    likeReview: (slug: string, readerKey?: string, params: Pick<ReviewParams, 'locale'> = {}, init?: RequestInit) => setLike('POST', reviewLikePath(slug, params), readerKey, init),
    /** DELETE /reviews/:slug/like. */
    unlikeReview: (slug: string, readerKey?: string, params: Pick<ReviewParams, 'locale'> = {}, init?: RequestInit) => setLike('DELETE', reviewLikePath(slug, params), readerKey, init),

    /** POST /unsubscribe: the one-click unsubscribe of an email's link (`token` from its URL). A bad token throws (400). */
    unsubscribe: async (token: string, init?: RequestInit) =>
      expectOk<UnsubscribeResponse>(await send(`/unsubscribe${toQuery({ token })}`, { ...init, method: 'POST' })),

    /** The same reads and the comment post over GraphQL, every field selected. */
    graphql: graphqlCalls(graphqlRequest),
  };
};

export type FilmReviewsClient = ReturnType<typeof createFilmReviewsClient>;
