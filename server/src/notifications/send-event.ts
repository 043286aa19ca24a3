import type { Core } from '@strapi/strapi';
import type { ReviewName } from '../reviews/review-store';
import type { OutboxMessage } from './outbox';
import { payloadOf } from './outbox-store';

/**
 * Hands the event to Strapi's webhook runner, which POSTs `{ event, createdAt, review, comment? }`
 * to every enabled webhook subscribed to it (Settings → Webhooks). `names` are the reviews'
 * names read when the event is sent, from the version that names the review everywhere (see
 * reviewStore's `names`), so a frontend revalidates the page as it is addressed today.
 */
export const sendEvent = async (strapi: Core.Strapi, message: OutboxMessage, names: Map<string, ReviewName>) => {
  const { event, ...details } = payloadOf(message);
  const review = names.get(message.reviewDocumentId!);
  await strapi.eventHub.emit(event, {
    review: { documentId: message.reviewDocumentId, slug: review?.slug ?? null },
    ...(message.commentDocumentId ? { comment: { documentId: message.commentDocumentId, ...details } } : {}),
  });
};

/** Whether a later message of the batch tells the same thing: the same event about the same review, and no comment. */
export const toldLater = (message: OutboxMessage, batch: OutboxMessage[]) => {
  if (message.commentDocumentId) return false;
  const { event } = payloadOf(message);
  return batch.some((other) => other.id > message.id && !other.commentDocumentId && other.reviewDocumentId === message.reviewDocumentId && payloadOf(other).event === event);
};
