import type { Core } from '@strapi/strapi';
import { publicUrl } from '../http/public-urls';
import { readSignedToken, signedToken } from '../signed-token';

/** What a token unsubscribes: replies to a reader's comments, or a moderator's digest. */
export type UnsubscribeSubject = { kind: 'reply'; commentDocumentId: string } | { kind: 'digest'; email: string };

export const unsubscribeToken = (strapi: Core.Strapi, subject: UnsubscribeSubject) =>
  signedToken(strapi, 'unsubscribe', subject.kind === 'reply' ? `reply:${subject.commentDocumentId}` : `digest:${subject.email}`);

/** The subject of a genuine token, or null for anything else. */
export const readUnsubscribeToken = (strapi: Core.Strapi, token: string): UnsubscribeSubject | null => {
  const text = readSignedToken(strapi, 'unsubscribe', token);
  if (text === null) return null;
  const [kind, value] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (kind === 'reply' && value) return { kind, commentDocumentId: value };
  if (kind === 'digest' && value) return { kind, email: value };
  return null;
};

/** The link an email carries; also its RFC 8058 one-click `List-Unsubscribe` target. */
export const unsubscribeUrl = (strapi: Core.Strapi, subject: UnsubscribeSubject) =>
  `${publicUrl(strapi)}/api/film-reviews/unsubscribe?token=${unsubscribeToken(strapi, subject)}`;

/** RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to the URL. */
export const unsubscribeHeaders = (url: string) => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'Auto-Submitted': 'auto-generated',
});
