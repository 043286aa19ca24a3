import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID, READER_COMMENT_UID } from '../uids';
import { reviewNames } from '../reviews/review-names';

const WEEKS = 12;
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Monday 00:00 UTC of the week holding `date`, as YYYY-MM-DD. */
export const weekStart = (date: Date) => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};

/** How reviews land: five grouped queries, whatever the amount of content. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (uid: string) => {
    const { tableName, attributes } = strapi.db.metadata.get(uid as any);
    const column = (name: string) => (attributes[name] as { columnName?: string }).columnName ?? name;
    return { knex: () => strapi.db.connection(tableName), column };
  };

  return {
    async overview() {
      const reviews = table(FILM_REVIEW_UID);
      const comments = table(READER_COMMENT_UID);
      const since = new Date(Date.now() - WEEKS * WEEK_MS);
      const [reviewRatings, readerRatings, recent, discussed] = await Promise.all([
        // One count per review, whatever its number of locales.
        reviews.knex().select({ rating: reviews.column('rating') }).countDistinct({ n: reviews.column('documentId') }).whereNotNull(reviews.column('publishedAt')).groupBy(reviews.column('rating')),
        comments.knex().select({ rating: comments.column('rating') }).count({ n: '*' }).where(comments.column('moderationStatus'), 'approved').whereNotNull(comments.column('rating')).groupBy(comments.column('rating')),
        comments.knex().select({ createdAt: comments.column('createdAt') }).where(comments.column('createdAt'), '>=', since),
        comments.knex().select({ review: comments.column('reviewDocumentId') }).count({ n: '*' }).where(comments.column('moderationStatus'), 'approved').groupBy(comments.column('reviewDocumentId')).orderBy('n', 'desc').limit(5),
      ]);
      const titles = await reviewNames(strapi, discussed.map((row: any) => row.review));

      const perWeek = new Map<string, number>();
      for (let i = WEEKS - 1; i >= 0; i -= 1) perWeek.set(weekStart(new Date(Date.now() - i * WEEK_MS)), 0);
      for (const row of recent as Array<{ createdAt: string | number | Date }>) {
        const week = weekStart(new Date(row.createdAt));
        if (perWeek.has(week)) perWeek.set(week, perWeek.get(week)! + 1);
      }
      const distribution = (rows: any[]) =>
        rows.map((row) => ({ rating: Number(row.rating), count: Number(row.n) })).filter((row) => !Number.isNaN(row.rating)).sort((a, b) => a.rating - b.rating);

      return {
        data: {
          reviewRatings: distribution(reviewRatings),
          readerRatings: distribution(readerRatings),
          commentsPerWeek: [...perWeek].map(([week, count]) => ({ week, count })),
          mostDiscussed: discussed.map((row: any) => ({
            documentId: row.review,
            title: titles.get(row.review)?.title ?? null,
            comments: Number(row.n),
          })),
        },
      };
    },
  };
};
