import type { Core } from '@strapi/strapi';
import { storedTime } from '../database';
import { ratingScaleOf } from '../custom-fields/star-rating/rules';
import { commentStats } from '../reviews/comment-stats';
import { reviewStore } from '../reviews/review-store';
import { FILM_REVIEW_UID } from '../uids';
import type { ListRecentReviews, RecentReviewStatus } from '../../../shared/contracts/homepage';

const RECENT_REVIEWS = 5;

/** The content manager's rule: a draft changed after its published version is `modified`. */
const statusOf = (draftUpdatedAt: unknown, publishedUpdatedAt: unknown): RecentReviewStatus => {
  if (publishedUpdatedAt === undefined) return 'draft';
  return storedTime(draftUpdatedAt) > storedTime(publishedUpdatedAt) ? 'modified' : 'published';
};

/** What the admin home page's widgets read: three queries, whatever the content. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = reviewStore(strapi);

  return {
    async recentReviews(): Promise<ListRecentReviews.Response> {
      const drafts = await reviews.latestDrafts(RECENT_REVIEWS);
      const documentIds = [...new Set(drafts.map((draft) => draft.documentId))];
      const [published, stats] = await Promise.all([reviews.publishedTimes(documentIds), commentStats(strapi, documentIds)]);
      const publishedAt = new Map(published.map((row) => [`${row.documentId}:${row.locale}`, row.updatedAt]));
      const ratingMax = ratingScaleOf(strapi, FILM_REVIEW_UID).max;
      return {
        data: drafts.map((draft) => ({
          documentId: draft.documentId,
          locale: draft.locale,
          title: draft.title,
          rating: draft.rating === null || draft.rating === undefined ? null : Number(draft.rating),
          status: statusOf(draft.updatedAt, publishedAt.get(`${draft.documentId}:${draft.locale}`)),
          comments: stats.get(draft.documentId)?.commentCount ?? 0,
          updatedAt: new Date(storedTime(draft.updatedAt)).toISOString(),
        })),
        meta: { ratingMax },
      };
    },
  };
};
