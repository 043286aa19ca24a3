import type { Core } from '@strapi/strapi';
import { commentStore } from '../comments/comment-store';
import { reviewStore } from '../reviews/review-store';

const WEEKS = 12;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const MOST_DISCUSSED = 5;

/** Monday 00:00 UTC of the week holding `date`, as YYYY-MM-DD. */
export const weekStart = (date: Date) => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};

/** How reviews land: five grouped queries, whatever the amount of content. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = reviewStore(strapi);
  const comments = commentStore(strapi);

  return {
    async overview() {
      const since = new Date(Date.now() - WEEKS * WEEK_MS);
      const [reviewRatings, [readerRatings, recent, discussed]] = await Promise.all([reviews.ratingCounts(), comments.commentActivity(since, MOST_DISCUSSED)]);
      const titles = await reviews.names(discussed.map((row: any) => row.review));

      const perWeek = new Map<string, number>();
      for (let i = WEEKS - 1; i >= 0; i -= 1) perWeek.set(weekStart(new Date(Date.now() - i * WEEK_MS)), 0);
      for (const row of recent) {
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
