import type { Core } from '@strapi/strapi';
import { reviewStore } from '../reviews/review-store';
import type { OutboxMessage } from './outbox';
import { payloadOf } from './outbox-store';

/**
 * Hands the event to Strapi's webhook runner, which POSTs `{ event, createdAt, review, comment? }`
 * to every enabled webhook subscribed to it (Settings → Webhooks). The review's slug is read
 * now, from the version that names the review everywhere (see reviewStore's `names`), so a
 * frontend revalidates the page as it is addressed today.
 */
export const sendEvent = async (strapi: Core.Strapi, message: OutboxMessage) => {
  const { event, ...details } = payloadOf(message);
  const review = (await reviewStore(strapi).names([message.reviewDocumentId])).get(message.reviewDocumentId!);
  await strapi.eventHub.emit(event, {
    review: { documentId: message.reviewDocumentId, slug: review?.slug ?? null },
    ...(message.commentDocumentId ? { comment: { documentId: message.commentDocumentId, ...details } } : {}),
  });
};
