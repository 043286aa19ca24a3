import type { AstroCookies } from 'astro';
import { readerCookie } from './reader-cookies';

/**
 * The edit token of each comment this reader posted, one cookie a comment ("edit-<documentId>"),
 * each gone when the plugin's edit window closes: while it is there, the page shows that
 * comment's Edit and Delete controls.
 */
const cookieName = (documentId: string) => `edit-${documentId}`;

/** Kept until the plugin's edit window closes, as its answer to the post says. */
export const keepEditToken = (cookies: AstroCookies, url: URL, documentId: string, editToken: string, editableUntil: string) =>
  cookies.set(cookieName(documentId), editToken, readerCookie(url, Math.max(0, Math.floor((Date.parse(editableUntil) - Date.now()) / 1000))));

export const editTokenOf = (cookies: AstroCookies, documentId: string) => cookies.get(cookieName(documentId))?.value;

export const forgetEditToken = (cookies: AstroCookies, documentId: string) => cookies.delete(cookieName(documentId), { path: '/' });
