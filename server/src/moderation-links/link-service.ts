import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { commentStore } from '../comments/comment-store';
import { forbidden, httpError } from '../comments/comment-errors';
import { unlessDuplicate } from '../database';
import { getService } from '../get-service';
import { historyStore } from '../moderation/history-store';
import { moderatorById } from '../notifications/moderator-recipients';
import { reviewStore } from '../reviews/review-store';
import { invalidAt } from '../validation';
import type { ModerationEvent, ModerationStatus } from '../../../shared/contracts/moderation';
import { readModerationToken, type LinkAction, type LinkClaims } from './link-token';

/** What a moderation link's confirmation page shows. */
export interface LinkPreview {
  action: LinkAction;
  comment: { documentId: string; authorName: string; content: string; moderationStatus: ModerationStatus; reviewTitle: string | null };
  /** The decision this link's set already made; null while it may act. */
  spent: ModerationEvent | null;
}

/**
 * Moderation from an email: a link names a comment, a decision and the admin it was sent to.
 * Everything is checked again each time it is used: its signature and expiry, that the admin may
 * still moderate, that the comment is there, and (when acting) that its set has not acted yet.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = commentStore(strapi);
  const history = historyStore(strapi);

  const claimsOf = (token: string): LinkClaims => {
    const claims = readModerationToken(strapi, token);
    if (!claims) throw invalidAt(['token'], 'This moderation link is not valid');
    if (claims.expiresAt.getTime() <= Date.now()) throw httpError(410, 'GoneError', 'This moderation link has expired: moderate the comment in the admin');
    return claims;
  };

  const moderatorOf = async (claims: LinkClaims) => {
    const admin = await moderatorById(strapi, claims.adminId);
    if (!admin) throw forbidden('The admin this link was sent to may no longer moderate comments');
    return admin;
  };

  const commentOf = async (claims: LinkClaims) => {
    const comment = await comments.find(claims.commentDocumentId, ['documentId', 'reviewDocumentId', 'authorName', 'content', 'moderationStatus', 'deletedAt']);
    if (!comment || comment.deletedAt) throw new errors.NotFoundError('The comment is gone');
    return comment;
  };

  return {
    /** Reads only: mail scanners and link previews open links, and must change nothing. */
    async preview(token: string): Promise<LinkPreview> {
      const claims = claimsOf(token);
      await moderatorOf(claims);
      const comment = await commentOf(claims);
      const [names, spent] = await Promise.all([reviewStore(strapi).names([comment.reviewDocumentId]), history.byLink(claims.nonce)]);
      return {
        action: claims.action,
        comment: { documentId: comment.documentId, authorName: comment.authorName, content: comment.content, moderationStatus: comment.moderationStatus, reviewTitle: names.get(comment.reviewDocumentId)?.title ?? null },
        spent,
      };
    },

    /** The link's decision, as its admin, once: a second use of any link of its set is a 409. */
    async act(token: string): Promise<{ documentId: string; moderationStatus: ModerationStatus }> {
      const claims = claimsOf(token);
      const admin = await moderatorOf(claims);
      await commentOf(claims);
      const done = await unlessDuplicate(() => getService(strapi, 'moderation').setStatus({ ids: [claims.commentDocumentId], action: claims.action }, admin, claims.nonce));
      if (done === null) throw httpError(409, 'ConflictError', 'This moderation link was already used');
      if (done.count === 0) throw new errors.NotFoundError('The comment is gone');
      return { documentId: claims.commentDocumentId, moderationStatus: done.moderationStatus };
    },
  };
};
