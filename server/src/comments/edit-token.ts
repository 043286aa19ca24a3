import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { keyedHash } from './client-identity';

export const EDIT_TOKEN_HEADER = 'X-Edit-Token';

/** 256 random bits, URL-safe: what the comment POST answers once. */
export const newEditToken = () => randomBytes(32).toString('base64url');

/** What is stored of a token: its keyed hash, so a read of the database edits nothing. */
export const editTokenHash = (strapi: Core.Strapi, token: string) => keyedHash(strapi, `edit:${token}`);

/** Whether the token is the one whose hash was stored, compared in constant time. */
export const tokenMatches = (strapi: Core.Strapi, token: string | undefined, storedHash: string | null | undefined) => {
  if (!token || !storedHash) return false;
  const given = Buffer.from(editTokenHash(strapi, token));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
};
