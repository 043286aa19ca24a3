import type { Core } from '@strapi/strapi';
import { commentStore } from '../comments/comment-store';

export interface CommentStats {
  commentCount: number;
  readerRating: { average: number | null; count: number };
  /** The review's likes, kept on its thread row too. */
  likes: number;
}

export const NO_COMMENTS: CommentStats = { commentCount: 0, readerRating: { average: null, count: 0 }, likes: 0 };

/**
 * Approved comments, reader ratings and likes per review, from the counts each review's thread keeps
 * (see comments/thread-bookkeeping.ts): one query reading one row per review, however many
 * comments they have.
 */
export const commentStats = async (strapi: Core.Strapi, reviewDocumentIds: string[]): Promise<Map<string, CommentStats>> => {
  if (reviewDocumentIds.length === 0) return new Map();
  const rows = await commentStore(strapi).threadCounts(reviewDocumentIds);
  return new Map(
    rows.map((row) => [
      row.reviewDocumentId,
      {
        commentCount: row.shownCount,
        readerRating: {
          average: row.ratingCount === 0 ? null : Math.round((row.ratingSum / row.ratingCount) * 10) / 10,
          count: row.ratingCount,
        },
        likes: row.likeCount,
      },
    ])
  );
};
