import type { AstroCookies } from 'astro';
import { ONE_YEAR, readerCookie } from './reader-cookies';

/**
 * What this reader likes, as the plugin never says who liked what: a cookie listing the liked
 * comments ("c-<documentId>") and reviews ("r-<documentId>"), the newest last, the oldest dropped
 * past MAX_KEPT so it stays far under a cookie's 4 KB.
 */
const COOKIE = 'liked';
const MAX_KEPT = 100;
const ENTRY = /^[cr]-[A-Za-z0-9]{1,64}$/;

export type LikeTarget = 'comment' | 'review';

const entryOf = (target: LikeTarget, documentId: string) => `${target === 'comment' ? 'c' : 'r'}-${documentId}`;

const entriesOf = (cookies: AstroCookies) => (cookies.get(COOKIE)?.value ?? '').split('.').filter((entry) => ENTRY.test(entry));

/** Whether this reader likes a comment or a review, as far as this browser remembers. */
export const likedBy = (cookies: AstroCookies) => {
  const entries = new Set(entriesOf(cookies));
  return (target: LikeTarget, documentId: string) => entries.has(entryOf(target, documentId));
};

export const hasLikes = (cookies: AstroCookies) => entriesOf(cookies).length > 0;

export const rememberLike = (cookies: AstroCookies, url: URL, target: LikeTarget, documentId: string, liked: boolean) => {
  const entry = entryOf(target, documentId);
  const kept = entriesOf(cookies).filter((other) => other !== entry);
  if (liked) kept.push(entry);
  if (kept.length === 0) cookies.delete(COOKIE, { path: '/' });
  else cookies.set(COOKIE, kept.slice(-MAX_KEPT).join('.'), readerCookie(url, ONE_YEAR));
};
