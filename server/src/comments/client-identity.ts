import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * Keyed hashes of a client address, an email or a reader (see likes/reader-identity.ts), salted with the app keys: stable across
 * instances of one app, useless to anyone without its keys. The raw values are never stored.
 */
export const keyedHash = (strapi: Core.Strapi, text: string) => {
  const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
  return createHmac('sha256', `film-reviews:${keys.join(',')}`).update(text).digest('hex');
};

/** Addresses and emails are compared without case; a reader's key is random text whose case counts. */
export const privateHash = (strapi: Core.Strapi, kind: 'ip' | 'email' | 'reader', value: string) =>
  keyedHash(strapi, `${kind}:${kind === 'reader' ? value : value.trim().toLowerCase()}`);

/**
 * What makes two posts the same comment (same email, review and content: the rule that answers 409), as one value
 * a unique index holds: two identical posts at the same moment cannot both be stored, whichever
 * instance takes them.
 */
export const duplicateKey = (strapi: Core.Strapi, email: string, reviewDocumentId: string, content: string) =>
  keyedHash(strapi, JSON.stringify(['comment', email.trim().toLowerCase(), reviewDocumentId, content]));
