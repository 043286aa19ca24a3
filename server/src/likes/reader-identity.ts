import type { Core } from '@strapi/strapi';
import { privateHash } from '../comments/client-identity';
import type { HttpContext } from '../http/context';
import { invalidAt } from '../validation';

export const READER_KEY_HEADER = 'X-Reader-Key';

/** What a guest's browser keeps and sends: random, URL-safe, long enough not to be guessed. */
const READER_KEY = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Who likes, as a keyed hash (the key itself is never stored): a signed-in users-permissions
 * user by their id, so their likes follow them across browsers; a guest by their key.
 */
export const readerHashOf = (strapi: Core.Strapi, ctx: HttpContext): string => {
  const user = ctx.state.user as { id?: number | string } | undefined;
  if (user?.id !== undefined) return privateHash(strapi, 'reader', `user:${user.id}`);
  const key = ctx.request.get(READER_KEY_HEADER);
  if (!key) throw invalidAt([READER_KEY_HEADER], `${READER_KEY_HEADER} is required for a guest: a random key the browser keeps`);
  if (!READER_KEY.test(key)) throw invalidAt([READER_KEY_HEADER], `${READER_KEY_HEADER} must be 16 to 128 URL-safe characters (A-Z, a-z, 0-9, _ and -)`);
  return privateHash(strapi, 'reader', `key:${key}`);
};
