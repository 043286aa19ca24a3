import { errors } from '@strapi/utils';
import { invalidAt } from '../validation';
import type { HttpContext } from './context';

/** Who sent a public write, as the services see them: never stored as is (see comments/client-identity.ts). */
export interface Poster {
  ip: string;
  userAgent: string | null;
  /** A signed-in users-permissions user. */
  user?: { id?: number; username?: string; email?: string } | null;
  /** Sent with a Strapi API token: a frontend posting for its readers. */
  viaApiToken?: boolean;
}

/** Strapi's API token strategy: `api-token` in earlier Strapi 5 releases, `content-api-token` in recent ones. */
const API_TOKEN_STRATEGIES = ['api-token', 'content-api-token'];

/** From a Koa context: the REST controllers' and the GraphQL resolvers' (its `koaContext`). */
export const posterOf = (ctx: HttpContext): Poster => ({
  ip: ctx.request.ip,
  userAgent: ctx.request.get('user-agent') || null,
  user: ctx.state.user ?? null,
  viaApiToken: API_TOKEN_STRATEGIES.includes(ctx.state.auth?.strategy?.name ?? ''),
});

/**
 * Public writes take JSON only: an HTML form on any site could otherwise post from its
 * visitors' browsers (a form cannot send application/json without CORS agreeing).
 */
export const requireJson = (ctx: HttpContext, what: string) => {
  if (!ctx.is('application/json')) throw invalidAt([], `${what} must be sent as application/json`);
};

/** A 429 tells the client when to try again, in `Retry-After` as well as in the error's details. */
export const withRetryAfter = async <T>(ctx: HttpContext, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof errors.RateLimitError) ctx.set('Retry-After', String((error.details as { retryAfter: number }).retryAfter));
    throw error;
  }
};
