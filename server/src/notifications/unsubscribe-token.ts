import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { keyedHash } from '../comments/client-identity';

/** What a token unsubscribes: replies to a reader's comments, or a moderator's digest. */
export type UnsubscribeSubject = { kind: 'reply'; commentDocumentId: string } | { kind: 'digest'; email: string };

const signature = (strapi: Core.Strapi, payload: string) => Buffer.from(keyedHash(strapi, `unsubscribe:${payload}`), 'hex').toString('base64url');

/** `<payload>.<signature>`, both base64url: signed with the app keys, so only this app mints them. */
export const unsubscribeToken = (strapi: Core.Strapi, subject: UnsubscribeSubject) => {
  const payload = Buffer.from(subject.kind === 'reply' ? `reply:${subject.commentDocumentId}` : `digest:${subject.email}`).toString('base64url');
  return `${payload}.${signature(strapi, payload)}`;
};

/** The subject of a genuine token, or null for anything else. */
export const readUnsubscribeToken = (strapi: Core.Strapi, token: string): UnsubscribeSubject | null => {
  const [payload, given, ...rest] = token.split('.');
  if (!payload || !given || rest.length > 0) return null;
  const expected = Buffer.from(signature(strapi, payload));
  if (Buffer.byteLength(given) !== expected.length || !timingSafeEqual(Buffer.from(given), expected)) return null;
  const text = Buffer.from(payload, 'base64url').toString('utf8');
  const [kind, value] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (kind === 'reply' && value) return { kind, commentDocumentId: value };
  if (kind === 'digest' && value) return { kind, email: value };
  return null;
};

/** The link an email carries; also its RFC 8058 one-click `List-Unsubscribe` target. */
export const unsubscribeUrl = (strapi: Core.Strapi, subject: UnsubscribeSubject) =>
  `${String(strapi.config.get('server.absoluteUrl')).replace(/\/$/, '')}/api/film-reviews/unsubscribe?token=${unsubscribeToken(strapi, subject)}`;

/** RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to the URL. */
export const unsubscribeHeaders = (url: string) => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'Auto-Submitted': 'auto-generated',
});
