import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { keyedHash } from './comments/client-identity';

/** What a token is for: a token minted for one purpose never passes as another's. */
export type TokenPurpose = 'unsubscribe' | 'moderate';

const signature = (strapi: Core.Strapi, purpose: TokenPurpose, payload: string) => Buffer.from(keyedHash(strapi, `${purpose}:${payload}`), 'hex').toString('base64url');

/** `<payload>.<signature>`, both base64url: signed with the app keys, so only this app mints them. */
export const signedToken = (strapi: Core.Strapi, purpose: TokenPurpose, text: string) => {
  const payload = Buffer.from(text).toString('base64url');
  return `${payload}.${signature(strapi, purpose, payload)}`;
};

/** The text a genuine token of this purpose carries, or null for anything else (compared in constant time). */
export const readSignedToken = (strapi: Core.Strapi, purpose: TokenPurpose, token: string): string | null => {
  const [payload, given, ...rest] = token.split('.');
  if (!payload || !given || rest.length > 0) return null;
  const expected = Buffer.from(signature(strapi, purpose, payload));
  if (Buffer.byteLength(given) !== expected.length || !timingSafeEqual(Buffer.from(given), expected)) return null;
  return Buffer.from(payload, 'base64url').toString('utf8');
};
