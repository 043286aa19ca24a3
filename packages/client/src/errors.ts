import type { StrapiError } from './types.js';

/**
 * An answer a call has no typed result for (a 404, 403 on closed comments, 413, 5xx…): the HTTP
 * status and Strapi's error body, or null when the body was not Strapi's JSON (a proxy's page, say).
 */
export class FilmReviewsError extends Error {
  constructor(
    readonly status: number,
    readonly error: StrapiError | null
  ) {
    super(error?.message ?? `Strapi answered ${status}`);
    this.name = 'FilmReviewsError';
  }
}

/**
 * One entry of a GraphQL answer's `errors`. Strapi's errors carry a code (`BAD_USER_INPUT`,
 * `STRAPI_CONFLICT_ERROR`, `STRAPI_RATE_LIMIT_ERROR`…) and Strapi's error with its details.
 */
export interface GraphqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; error?: Omit<StrapiError, 'status'>; [key: string]: unknown };
}

/** A GraphQL answer that carries `errors` (GraphQL reports most of them with HTTP 200). */
export class FilmReviewsGraphqlError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphqlError[]
  ) {
    super(errors.map((error) => error.message).join('; ') || `GraphQL answered ${status}`);
    this.name = 'FilmReviewsGraphqlError';
  }
}
