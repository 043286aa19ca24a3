import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { lazyTable, retryingDeadlocks, unlessDuplicate } from '../database';
import { newDocumentId } from '../document-id';
import { commentStore } from '../comments/comment-store';
import { COMMENT_THREAD_UID, READER_COMMENT_UID, READER_LIKE_UID } from '../uids';

/** What a like is of: a comment (with its review, whose thread shows it) or a review. */
export type LikeTarget = { kind: 'comment'; documentId: string; reviewDocumentId: string } | { kind: 'review'; documentId: string };

/**
 * The like rows and the counts they move. A count lives beside what it counts (a comment's on
 * its row, a review's on its thread row), so reads never count like rows; it moves only when a
 * like row was inserted or deleted, in the same transaction, so concurrent likes count exactly.
 */
export const likeStore = (strapi: Core.Strapi) => {
  const likesTable = lazyTable(strapi, READER_LIKE_UID);
  const commentsTable = lazyTable(strapi, READER_COMMENT_UID);
  const threadsTable = lazyTable(strapi, COMMENT_THREAD_UID);
  const comments = commentStore(strapi);

  const likeRows = (trx: Knex.Transaction, target: LikeTarget, readerHash: string) => {
    const { name, column } = likesTable();
    return trx(name).where({ [column('targetKind')]: target.kind, [column('targetDocumentId')]: target.documentId, [column('readerHash')]: readerHash });
  };

  /**
   * Whether the row was new. The insert runs in a savepoint: a unique violation aborts a
   * PostgreSQL transaction, but only back to the savepoint.
   */
  const insertLike = async (trx: Knex.Transaction, target: LikeTarget, readerHash: string) => {
    const { name, column } = likesTable();
    const now = new Date();
    const row = {
      [column('documentId')]: newDocumentId(),
      [column('targetKind')]: target.kind,
      [column('targetDocumentId')]: target.documentId,
      [column('readerHash')]: readerHash,
      [column('createdAt')]: now,
      [column('updatedAt')]: now,
      [column('publishedAt')]: now,
    };
    return (await unlessDuplicate(() => trx.transaction((savepoint) => savepoint(name).insert(row)))) !== null;
  };

  /** The row holding the target's count, and what a change of it must lock or create first. */
  const counterOf = (trx: Knex.Transaction, target: LikeTarget) => {
    if (target.kind === 'comment') {
      const { name, column } = commentsTable();
      return { rows: () => trx(name).where(column('documentId'), target.documentId), column: column('likeCount'), prepare: () => comments.lockThreadIn(trx, target.reviewDocumentId) };
    }
    const { name, column } = threadsTable();
    return { rows: () => trx(name).where(column('reviewDocumentId'), target.documentId), column: column('likeCount'), prepare: () => comments.ensureThreadIn(trx, target.documentId) };
  };

  return {
    /** Likes (or stops liking) the target for this reader; answers its count afterwards, read in the same transaction. */
    setLiked(target: LikeTarget, readerHash: string, liked: boolean): Promise<number> {
      return retryingDeadlocks(async () => {
        // Strapi types the callback's promise as the transaction's result; awaiting unwraps it.
        const likes: number = await strapi.db.transaction(async ({ trx }) => {
          const changed = liked ? await insertLike(trx, target, readerHash) : Number(await likeRows(trx, target, readerHash).del()) > 0;
          const counter = counterOf(trx, target);
          if (changed) {
            await counter.prepare();
            await counter.rows().update({ [counter.column]: trx.raw('COALESCE(??, 0) + ?', [counter.column, liked ? 1 : -1]) });
          }
          const [row] = await counter.rows().select({ likes: counter.column });
          return Number(row?.likes ?? 0);
        });
        return likes;
      });
    },

    /** The likes of comments their authors deleted, in the deletion's transaction. */
    async forgetCommentsIn(trx: Knex.Transaction, documentIds: string[]) {
      const { name, column } = likesTable();
      await trx(name).where(column('targetKind'), 'comment').whereIn(column('targetDocumentId'), documentIds).del();
    },

    /** A deleted review's likes and its comments' likes: run before its comments go, since they name them. */
    async deleteForReview(reviewDocumentId: string) {
      const { name, column } = likesTable();
      const ofComments = commentsTable();
      const commentIds = strapi.db.connection(ofComments.name).select(ofComments.column('documentId')).where(ofComments.column('reviewDocumentId'), reviewDocumentId);
      await strapi.db
        .connection(name)
        .where((likes) =>
          likes
            .where({ [column('targetKind')]: 'review', [column('targetDocumentId')]: reviewDocumentId })
            .orWhere((ofComment) => ofComment.where(column('targetKind'), 'comment').whereIn(column('targetDocumentId'), commentIds))
        )
        .del();
    },
  };
};
