import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { publicUrl } from '../http/public-urls';
import { readSignedToken, signedToken } from '../signed-token';

/** The decisions an email offers; `restore` needs the admin. */
export const LINK_ACTIONS = ['approve', 'spam', 'reject'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

/** What a moderation link says: the comment, the decision, the admin it was sent to, its set and when it stops working. */
export interface LinkClaims {
  commentDocumentId: string;
  action: LinkAction;
  adminId: number;
  /** Shared by the approve, spam and reject links of one comment in one email: one of them acts, once. */
  nonce: string;
  expiresAt: Date;
}

const FIELDS = /^([A-Za-z0-9]{1,64}):(approve|spam|reject):(\d{1,12}):([A-Za-z0-9_-]{16,64}):(\d{1,13})$/;

export const moderationToken = (strapi: Core.Strapi, claims: LinkClaims) =>
  signedToken(strapi, 'moderate', [claims.commentDocumentId, claims.action, claims.adminId, claims.nonce, Math.floor(claims.expiresAt.getTime() / 1000)].join(':'));

/** The claims of a genuine token, or null for anything else; expiry is the caller's to check. */
export const readModerationToken = (strapi: Core.Strapi, token: string): LinkClaims | null => {
  const fields = FIELDS.exec(readSignedToken(strapi, 'moderate', token) ?? '');
  if (!fields) return null;
  const [, commentDocumentId, action, adminId, nonce, expires] = fields;
  return { commentDocumentId, action: action as LinkAction, adminId: Number(adminId), nonce, expiresAt: new Date(Number(expires) * 1000) };
};

export const moderationUrl = (strapi: Core.Strapi, token: string) => `${publicUrl(strapi)}/api/film-reviews/moderate?token=${token}`;

/** The approve, spam and reject links of one comment for one admin, sharing a fresh nonce. */
export const linkSet = (strapi: Core.Strapi, { commentDocumentId, adminId, expiresAt }: { commentDocumentId: string; adminId: number; expiresAt: Date }) => {
  const nonce = randomBytes(18).toString('base64url');
  return Object.fromEntries(
    LINK_ACTIONS.map((action) => [action, moderationUrl(strapi, moderationToken(strapi, { commentDocumentId, action, adminId, nonce, expiresAt }))])
  ) as Record<LinkAction, string>;
};
