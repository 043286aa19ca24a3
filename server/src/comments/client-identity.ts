import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * Keyed hashes of a client address or an email, salted with the app keys: stable across
 * instances of one app, useless to anyone without its keys. The raw values are never stored.
 */
export const privateHash = (strapi: Core.Strapi, kind: 'ip' | 'email', value: string) => {
  const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
  return createHmac('sha256', `film-reviews:${keys.join(',')}`).update(`${kind}:${value.trim().toLowerCase()}`).digest('hex');
};
