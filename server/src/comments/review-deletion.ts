import type { Core, Modules } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';
import { reviewStore } from '../reviews/review-store';
import { commentStore } from './comment-store';
import { likeStore } from '../likes/like-store';
import { historyStore } from '../moderation/history-store';

/**
 * Deleting a review deletes its comments, their moderation history and the likes of both (unpublishing keeps them). Comments point at
 * the review by documentId, so they go once no version of that document is left.
 */
export const deleteCommentsWithReview = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const reviews = reviewStore(strapi);
  const comments = commentStore(strapi);
  const likes = likeStore(strapi);
  const history = historyStore(strapi);
  return async (context, next) => {
    const result = await next();
    const documentId = (context.params as { documentId?: string } | undefined)?.documentId;
    if (context.uid === FILM_REVIEW_UID && context.action === 'delete' && documentId && (await reviews.countVersions(documentId)) === 0) {
      await likes.deleteForReview(documentId);
      await history.forgetForReview(documentId);
      await comments.deleteForReview(documentId);
    }
    return result;
  };
};
