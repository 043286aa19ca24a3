import { timingSafeEqual } from 'node:crypto';
import { errors } from '@strapi/utils';
import type { HttpContext } from '../http/context';

const PREVIEW_SECRET_HEADER = 'x-film-reviews-preview-secret';

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Strapi's content API token strategy: 'api-token' up to 5.4x, 'content-api-token' since. */
const API_TOKEN_STRATEGIES = new Set(['api-token', 'content-api-token']);

/**
 * Drafts are for editors' previews, never for the public: a request may read one only with the
 * configured preview secret in its header, or authenticated by a Strapi API token (which Strapi
 * has already checked against this route's action). A reader's users-permissions login is not enough.
 */
export const assertMayReadDrafts = (ctx: HttpContext, secret: string) => {
  const header = ctx.get(PREVIEW_SECRET_HEADER);
  if (secret && header && sameSecret(header, secret)) return;
  if (API_TOKEN_STRATEGIES.has(ctx.state.auth?.strategy?.name ?? '')) return;
  throw new errors.UnauthorizedError('Drafts need a valid preview secret or an API token');
};
