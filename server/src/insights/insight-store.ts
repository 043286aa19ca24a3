import type { Core } from '@strapi/strapi';
import { lazyTable } from '../database';
import { COMMENT_THREAD_UID, READER_COMMENT_UID } from '../uids';

/** A liked comment as the insights rank it: approved, not deleted by its author. */
export interface LikedComment {
  documentId: string;
  reviewDocumentId: string;
  authorName: string;
  content: string;
  likes: number;
}

/**
 * The like rankings, each one query with a LIMIT over the counts stored beside what they count
 * (a review's on its thread row, a comment's on its row): no like row is counted here.
 */
export const insightStore = (strapi: Core.Strapi) => {
  const threadsTable = lazyTable(strapi, COMMENT_THREAD_UID);
  const commentsTable = lazyTable(strapi, READER_COMMENT_UID);
  const knex = () => strapi.db.connection;

  return {
    /** The most liked reviews, most first (the older thread row first on a tie). */
    async mostLikedReviews(limit: number): Promise<Array<{ reviewDocumentId: string; likes: number }>> {
      const { name, column } = threadsTable();
      const found = await knex()(name)
        .select({ reviewDocumentId: column('reviewDocumentId'), likes: column('likeCount') })
        .where(column('likeCount'), '>', 0)
        .orderBy([{ column: column('likeCount'), order: 'desc' }, { column: column('id'), order: 'asc' }])
        .limit(limit);
      return found.map((row: any) => ({ reviewDocumentId: row.reviewDocumentId, likes: Number(row.likes) }));
    },

    /** The most liked comments readers can see, most first (the older comment first on a tie). */
    async mostLikedComments(limit: number): Promise<LikedComment[]> {
      const { name, column } = commentsTable();
      const found = await knex()(name)
        .select({
          documentId: column('documentId'),
          reviewDocumentId: column('reviewDocumentId'),
          authorName: column('authorName'),
          content: column('content'),
          likes: column('likeCount'),
        })
        .where(column('moderationStatus'), 'approved')
        .whereNull(column('deletedAt'))
        .where(column('likeCount'), '>', 0)
        .orderBy([{ column: column('likeCount'), order: 'desc' }, { column: column('id'), order: 'asc' }])
        .limit(limit);
      return found.map((row: any) => ({ ...row, likes: Number(row.likes) }));
    },
  };
};
