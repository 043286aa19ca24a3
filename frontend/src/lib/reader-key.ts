import { randomBytes } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { ONE_YEAR, readerCookie } from './reader-cookies';

const COOKIE = 'reader';
/** What the plugin accepts as X-Reader-Key. */
const READER_KEY = /^[A-Za-z0-9_-]{16,128}$/;

/** This browser's random key, the guest's name for the plugin's likes; made when the reader first likes something. */
export const readerKeyOf = (cookies: AstroCookies, url: URL) => {
  const kept = cookies.get(COOKIE)?.value;
  if (kept && READER_KEY.test(kept)) return kept;
  const key = randomBytes(24).toString('base64url');
  cookies.set(COOKIE, key, readerCookie(url, ONE_YEAR));
  return key;
};
