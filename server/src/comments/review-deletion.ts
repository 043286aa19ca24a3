import type { Core, Modules } from '@strapi/strapi';
import { COMMENT_THREAD_UID, FILM_REVIEW_UID, READER_COMMENT_UID } from '../uids';

/**
 * Deleting a review deletes its comments (unpublishing keeps them). Comments point at
 * the review by documentId, so they go once no version of that document is left.
 */
export const deleteCommentsWithReview =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const result = await next();
    const documentId = (context.params as { documentId?: string } | undefined)?.documentId;
    if (context.uid === FILM_REVIEW_UID && context.action === 'delete' && documentId) {
      const remaining = await strapi.db.query(FILM_REVIEW_UID).count({ where: { documentId } });
      if (remaining === 0) {
        await strapi.db.query(READER_COMMENT_UID).deleteMany({ where: { reviewDocumentId: documentId } });
        await strapi.db.query(COMMENT_THREAD_UID).deleteMany({ where: { reviewDocumentId: documentId } });
      }
    }
    return result;
  };
