import type { Core } from '@strapi/strapi';
import { THREADS_TABLE } from '../comments/thread-bookkeeping';

export interface CommentStats {
  commentCount: number;
  readerRating: { average: number | null; count: number };
}

export const NO_COMMENTS: CommentStats = { commentCount: 0, readerRating: { average: null, count: 0 } };

/**
 * Approved comments and reader ratings per review, from the counts each review's thread keeps
 * (see comments/thread-bookkeeping.ts): one query reading one row per review, however many
 * comments they have.
 */
export const commentStats = async (strapi: Core.Strapi, reviewDocumentIds: string[]): Promise<Map<string, CommentStats>> => {
  if (reviewDocumentIds.length === 0) return new Map();
  const rows: Array<{ review: string; comments: number; ratings: number; sum: number | string }> = await strapi.db
    .connection(THREADS_TABLE)
    .select({ review: 'review_document_id', comments: 'approved_count', ratings: 'rating_count', sum: 'rating_sum' })
    .whereIn('review_document_id', reviewDocumentIds);
  return new Map(
    rows.map((row) => [
      row.review,
      {
        commentCount: Number(row.comments),
        readerRating: {
          average: Number(row.ratings) === 0 ? null : Math.round((Number(row.sum) / Number(row.ratings)) * 10) / 10,
          count: Number(row.ratings),
        },
      },
    ])
  );
};
