import type { AstroCookies } from 'astro';
import { config } from './config';
import { readerCookie } from './reader-cookies';

/**
 * The edit token of each comment this reader posted, one cookie a comment ("edit-<documentId>"),
 * each gone when the plugin's edit window passes: while it is there, the page shows that
 * comment's Edit and Delete controls.
 */
const cookieName = (documentId: string) => `edit-${documentId}`;

export const keepEditToken = (cookies: AstroCookies, url: URL, documentId: string, editToken: string) =>
  cookies.set(cookieName(documentId), editToken, readerCookie(url, config.editWindowMinutes * 60));

export const editTokenOf = (cookies: AstroCookies, documentId: string) => cookies.get(cookieName(documentId))?.value;

export const forgetEditToken = (cookies: AstroCookies, documentId: string) => cookies.delete(cookieName(documentId), { path: '/' });
