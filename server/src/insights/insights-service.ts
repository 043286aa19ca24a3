import type { Core } from '@strapi/strapi';
import { commentStore } from '../comments/comment-store';
import { reviewStore } from '../reviews/review-store';
import type { GetInsights } from '../../../shared/contracts/insights';
import { insightStore } from './insight-store';

const WEEKS = 12;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const MOST_DISCUSSED = 5;
const MOST_LIKED = 5;
const EXCERPT_CHARACTERS = 120;

/** By code points, so an emoji is never cut in half. */
const excerpt = (text: string) => {
  const characters = [...text];
  return characters.length > EXCERPT_CHARACTERS ? `${characters.slice(0, EXCERPT_CHARACTERS).join('').trimEnd()}…` : text;
};

/** Monday 00:00 UTC of the week holding `date`, as YYYY-MM-DD. */
export const weekStart = (date: Date) => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};

/** How reviews land: five grouped queries and two rankings, whatever the amount of content. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = reviewStore(strapi);
  const comments = commentStore(strapi);
  const insights = insightStore(strapi);

  return {
    async overview(): Promise<GetInsights.Response> {
      const since = new Date(Date.now() - WEEKS * WEEK_MS);
      const [reviewRatings, [readerRatings, recent, discussed], likedReviews, likedComments] = await Promise.all([
        reviews.ratingCounts(),
        comments.commentActivity(since, MOST_DISCUSSED),
        insights.mostLikedReviews(MOST_LIKED),
        insights.mostLikedComments(MOST_LIKED),
      ]);
      // One naming query for every review the lists show.
      const titles = await reviews.names([
        ...discussed.map((row: any) => row.review),
        ...likedReviews.map((row) => row.reviewDocumentId),
        ...likedComments.map((row) => row.reviewDocumentId),
      ]);
      const titleOf = (documentId: string) => titles.get(documentId)?.title ?? null;

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
            title: titleOf(row.review),
            comments: Number(row.n),
          })),
          mostLikedReviews: likedReviews.map((row) => ({ documentId: row.reviewDocumentId, title: titleOf(row.reviewDocumentId), likes: row.likes })),
          mostLikedComments: likedComments.map((row) => ({
            documentId: row.documentId,
            reviewDocumentId: row.reviewDocumentId,
            reviewTitle: titleOf(row.reviewDocumentId),
            authorName: row.authorName,
            excerpt: excerpt(row.content),
            likes: row.likes,
          })),
        },
      };
    },
  };
};
