import type { Core } from '@strapi/strapi';
import { READER_COMMENT_UID } from '../uids';

export interface CommentStats {
  commentCount: number;
  readerRating: { average: number | null; count: number };
}

export const NO_COMMENTS: CommentStats = { commentCount: 0, readerRating: { average: null, count: 0 } };

/** Approved comments and reader ratings per review: one grouped query for any number of reviews. */
export const commentStats = async (strapi: Core.Strapi, reviewDocumentIds: string[]): Promise<Map<string, CommentStats>> => {
  if (reviewDocumentIds.length === 0) return new Map();
  const { tableName, attributes } = strapi.db.metadata.get(READER_COMMENT_UID);
  const column = (name: string) => (attributes[name] as { columnName?: string }).columnName ?? name;
  const review = column('reviewDocumentId');
  const rating = column('rating');
  const rows: Array<{ review: string; comments: number | string; ratings: number | string; average: number | string | null }> =
    await strapi.db
      .connection(tableName)
      .select({ review })
      .count({ comments: '*' })
      .count({ ratings: rating })
      .avg({ average: rating })
      .whereIn(review, reviewDocumentIds)
      .andWhere(column('moderationStatus'), 'approved')
      .groupBy(review);
  return new Map(
    rows.map((row) => [
      row.review,
      {
        commentCount: Number(row.comments),
        readerRating: {
          average: row.average === null ? null : Math.round(Number(row.average) * 10) / 10,
          count: Number(row.ratings),
        },
      },
    ])
  );
};
