import type { Core } from '@strapi/strapi';
import { commentStore, type CommentStore } from '../comments/comment-store';
import { reviewStore } from '../reviews/review-store';
import type { EraseRequest } from './privacy-input';
import { likeStore } from '../likes/like-store';
import { historyStore } from '../moderation/history-store';
import { decodeJson } from '../database';

/**
 * What an anonymized comment keeps as its email: the column is required, and `.invalid` is
 * reserved (RFC 2606) so nothing is ever sent there. It has no dot in the domain, so the public
 * comment form (which wants one) refuses it: nobody can post as "the erased reader" and be taken
 * for a returning commenter.
 */
export const ERASED_EMAIL = 'erased@invalid';
export const ANONYMOUS_NAME = 'Anonymous';

type CommentRef = { id: number; documentId: string; parentDocumentId: string | null };

/**
 * Deletes the comments after moving each reply that stays to the nearest ancestor that stays
 * (the deleted comment's parent, or further up when that one goes too, or none). Answers how
 * many replies moved.
 */
const deleteKeepingReplies = async (comments: CommentStore, leavingRows: CommentRef[]) => {
  const leaving = new Map(leavingRows.map((row) => [row.documentId, row]));
  const keptAncestor = (documentId: string): string | null => {
    let parent = leaving.get(documentId)!.parentDocumentId;
    while (parent && leaving.has(parent)) parent = leaving.get(parent)!.parentDocumentId;
    return parent;
  };
  const replies = await comments.repliesTo([...leaving.keys()]);
  const byNewParent = new Map<string | null, number[]>();
  for (const reply of replies) {
    const target = keptAncestor(reply.parentDocumentId);
    byNewParent.set(target, [...(byNewParent.get(target) ?? []), reply.id]);
  }
  for (const [parentDocumentId, ids] of byNewParent) await comments.reparent(ids, parentDocumentId);
  await comments.deleteByIds(leavingRows.map((row) => row.id));
  return replies.length;
};

/**
 * A reader's personal data on request (export and erasure). Every write goes through the query
 * engine, so the comment lifecycles (comments/comment-writes.ts) recompute the threads of the
 * reviews touched: numbering, display parents and counts stay those of the public thread.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = commentStore(strapi);
  const reviews = reviewStore(strapi);
  const likes = likeStore(strapi);
  const history = historyStore(strapi);

  return {
    /** Every comment stored for the email, oldest first, with the review it was left on. */
    async export(email: string) {
      const rows = await comments.byEmail(email);
      const reviewOf = await reviews.names(rows.map((row) => row.reviewDocumentId));
      return {
        email,
        exportedAt: new Date().toISOString(),
        comments: rows.map((row) => ({
          documentId: row.documentId,
          review: { documentId: row.reviewDocumentId, title: reviewOf.get(row.reviewDocumentId)?.title ?? null, slug: reviewOf.get(row.reviewDocumentId)?.slug ?? null },
          parent: row.parentDocumentId,
          authorName: row.authorName,
          authorEmail: row.authorEmail,
          authorUrl: row.authorUrl,
          content: row.content,
          containsSpoilers: row.containsSpoilers,
          rating: row.rating,
          moderationStatus: row.moderationStatus,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          editedAt: row.editedAt ?? null,
          earlierVersions: decodeJson(row.earlierVersions) ?? [],
        })),
      };
    },

    async erase({ email, mode }: EraseRequest) {
      const rows = await comments.refsByEmail(email);
      if (rows.length === 0) return { email, mode, comments: 0, repliesReattached: 0 };
      if (mode === 'anonymize') {
        // contentHtml renders the content alone (no name), so nothing needs rendering again.
        // In one transaction with the outbox rows (webhook events) the change writes; no reply email reaches an erased reader.
        await comments.anonymize(rows.map((row) => row.id), { authorName: ANONYMOUS_NAME, authorEmail: ERASED_EMAIL });
        return { email, mode, comments: rows.length, repliesReattached: 0 };
      }
      return strapi.db.transaction(async ({ trx }) => {
        const repliesReattached = await deleteKeepingReplies(comments, rows);
        await likes.forgetCommentsIn(trx, rows.map((row) => row.documentId));
        await history.forget(rows.map((row) => row.documentId));
        return { email, mode, comments: rows.length, repliesReattached };
      });
    },
  };
};
