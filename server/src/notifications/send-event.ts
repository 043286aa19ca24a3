import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';
import type { OutboxMessage } from './outbox';

/**
 * Hands the event to Strapi's webhook runner, which POSTs `{ event, createdAt, review, comment? }`
 * to every enabled webhook subscribed to it (Settings → Webhooks). The slug is read now, so a
 * frontend revalidates the page as it is named today.
 */
export const sendEvent = async (strapi: Core.Strapi, message: OutboxMessage) => {
  const payload = typeof message.payload === 'string' ? JSON.parse(message.payload) : (message.payload ?? {});
  const { event, ...details } = payload;
  const review = await strapi.db
    .query(FILM_REVIEW_UID)
    .findOne({ select: ['slug'], where: { documentId: message.reviewDocumentId }, orderBy: { publishedAt: 'asc' } });
  await strapi.eventHub.emit(event, {
    review: { documentId: message.reviewDocumentId, slug: review?.slug ?? null },
    ...(message.commentDocumentId ? { comment: { documentId: message.commentDocumentId, ...details } } : {}),
  });
};
