import { timingSafeEqual } from 'node:crypto';
import { errors } from '@strapi/utils';

const PREVIEW_SECRET_HEADER = 'x-film-reviews-preview-secret';

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Drafts are for editors' previews, never for the public: a request may read one only with the
 * configured preview secret in its header, or authenticated by a Strapi API token (which Strapi
 * has already checked against this route's action). A reader's users-permissions login is not enough.
 */
export const assertMayReadDrafts = (ctx: any, secret: string) => {
  const header = ctx.get(PREVIEW_SECRET_HEADER);
  if (secret && header && sameSecret(header, secret)) return;
  // Strapi 5.54 names its content API token strategy 'content-api-token'.
  if (ctx.state.auth?.strategy?.name === 'content-api-token') return;
  throw new errors.UnauthorizedError('Drafts need a valid preview secret or an API token');
};
