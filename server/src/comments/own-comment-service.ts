import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentEdit, DeletedCommentResponse, EditedCommentResponse } from '../client-types';
import type { EarlierVersion } from '../../../shared/contracts/moderation';
import { commentStore, type OwnComment } from './comment-store';
import { likeStore } from '../likes/like-store';
import { historyStore } from '../moderation/history-store';
import { decodeJson, storedTime } from '../database';
import { duplicateKey, privateHash } from './client-identity';
import { tokenMatches } from './edit-token';
import { moderate } from './moderation-rules';
import { alreadyPosted, forbidden } from './comment-errors';
import { DELETED_AUTHOR } from './thread';
import { ERASED_EMAIL } from '../privacy/privacy-service';
import { getService } from '../get-service';

/** Who asks to change a comment: the token its POST answered, and the signed-in user, if any. */
export interface CommentAuthorProof {
  editToken?: string;
  userId?: number;
  ip: string;
}

/** A rule the moderators set stays: an edit does not bring back a comment they took for spam or rejected. */
const DECIDED_AGAINST = ['spam', 'rejected'];

/**
 * A reader's edits and deletes of their own comment, for the edit window's minutes after
 * posting: proven by the comment's edit token, or by being its signed-in author.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = commentStore(strapi);
  const likes = likeStore(strapi);
  const history = historyStore(strapi);

  /** The comment, once the request has shown it may change it. */
  const ownedComment = async (documentId: string, proof: CommentAuthorProof) => {
    const comment = await comments.ownComment(documentId);
    if (!comment) throw new errors.NotFoundError(`No comment ${documentId}`);
    const settings = await getService(strapi, 'settings').get();
    const byAuthor = proof.userId !== undefined && comment.authorUserId !== null && Number(comment.authorUserId) === proof.userId;
    if (!byAuthor && !tokenMatches(strapi, proof.editToken, comment.editTokenHash)) throw forbidden('This edit token does not belong to this comment');
    const closesAt = storedTime(comment.createdAt) + settings.editWindowMinutes * 60_000;
    if (Date.now() >= closesAt) throw forbidden(settings.editWindowMinutes === 0 ? 'Comments cannot be edited on this site' : `Comments can be edited for ${settings.editWindowMinutes} minutes after posting`);
    return { comment, settings };
  };

  /** The rules that held or passed the text at posting judge the new one. */
  const judged = async (comment: OwnComment, content: string, ip: string, settings: Awaited<ReturnType<typeof ownedComment>>['settings']) => {
    if (DECIDED_AGAINST.includes(comment.moderationStatus)) return { status: comment.moderationStatus, reason: null };
    const blocks = getService(strapi, 'blocks');
    const { returning, blocked } = await comments.postingHistory({
      authorEmail: comment.authorEmail,
      reviewDocumentId: comment.reviewDocumentId,
      content,
      blocks: blocks.holding(blocks.hashesOf({ email: comment.authorEmail, ip })),
    });
    const { status, reason } = moderate({ content, authorName: comment.authorName, authorUrl: comment.authorUrl, returning, blocked }, settings);
    return { status, reason: status === 'approved' ? null : reason };
  };

  return {
    /** The new text replaces the old, which moderators keep seeing; the number stays; the rules run again. */
    async edit(documentId: string, edit: CommentEdit, proof: CommentAuthorProof): Promise<EditedCommentResponse> {
      const { comment, settings } = await ownedComment(documentId, proof);
      await getService(strapi, 'posting-limits').spend(`ip:${privateHash(strapi, 'ip', proof.ip)}`, settings.rateLimit, 'Too many comments from this address; try again later');
      const { status, reason } = await judged(comment, edit.content, proof.ip, settings);
      const editedAt = new Date();
      const earlier: EarlierVersion = { content: comment.content, containsSpoilers: Boolean(comment.containsSpoilers), replacedAt: editedAt.toISOString() };
      const stored = await comments.updateOwn(comment.id, {
        content: edit.content,
        containsSpoilers: edit.containsSpoilers ?? Boolean(comment.containsSpoilers),
        moderationStatus: status,
        heldReason: reason,
        editedAt,
        earlierVersions: [...(decodeJson<EarlierVersion[]>(comment.earlierVersions) ?? []), earlier],
        contentKey: duplicateKey(strapi, comment.authorEmail, comment.reviewDocumentId, edit.content),
      });
      if (!stored) throw alreadyPosted();
      return { data: { documentId, moderationStatus: status === 'approved' ? 'approved' : 'pending', editedAt: editedAt.toISOString() } };
    },

    /**
     * A comment the thread numbered keeps its place, emptied of everything its author wrote and
     * of who they are, so the numbers of the others stay and its replies keep their parent; the
     * thread shows it only while such a reply is shown. One the thread never showed goes.
     */
    async remove(documentId: string, proof: CommentAuthorProof): Promise<DeletedCommentResponse> {
      const { comment } = await ownedComment(documentId, proof);
      if (comment.threadNumber === null) {
        await comments.deleteOwn(comment.id);
        await history.forget([documentId]);
        return { data: { documentId, kept: false } };
      }
      const kept = await comments.hasShownReplies(documentId);
      await comments.updateOwn(
        comment.id,
        {
          deletedAt: new Date(),
          content: '',
          containsSpoilers: false,
          rating: null,
          authorName: DELETED_AUTHOR,
          authorEmail: ERASED_EMAIL,
          authorUrl: null,
          authorUserId: null,
          ipHash: null,
          userAgent: null,
          contentKey: null,
          notifyReplies: false,
          editTokenHash: null,
          earlierVersions: null,
          likeCount: 0,
        },
        (trx) => likes.forgetCommentsIn(trx, [documentId])
      );
      return { data: { documentId, kept } };
    },
  };
};
