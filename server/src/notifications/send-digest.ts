import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID, OUTBOX_UID, READER_COMMENT_UID } from '../uids';
import { digestEmail } from './digest-email';
import { digestRecipients } from './moderator-recipients';
import type { OutboxMessage } from './outbox';
import { sendEmail } from './send-email';
import { unsubscribeHeaders, unsubscribeUrl } from './unsubscribe-token';

const LISTED = 20;

export interface DigestResult {
  skipped: string | null;
  /** The pending comments the digest covered: one pending later asks for the next digest. */
  covered: string[];
  sentTo: string[];
}

/**
 * Sends the digest to each recipient once: the addresses already served are kept on the row,
 * so a retry after a failure part-way does not email the first ones twice.
 */
export const sendDigest = async (strapi: Core.Strapi, message: OutboxMessage, settings: { digestRecipients: string[] }): Promise<DigestResult> => {
  const comments = strapi.db.query(READER_COMMENT_UID);
  const pending: Array<{ documentId: string }> = await comments.findMany({ select: ['documentId'], where: { moderationStatus: 'pending' } });
  if (pending.length === 0) return { skipped: 'no comment waits', covered: [], sentTo: [] };
  const recipients = await digestRecipients(strapi, settings.digestRecipients);
  if (recipients.length === 0) return { skipped: 'no recipient', covered: [], sentTo: [] };
  const latest: Array<{ authorName: string; content: string; reviewDocumentId: string; createdAt: string }> = await comments.findMany({
    select: ['authorName', 'content', 'reviewDocumentId', 'createdAt'],
    where: { moderationStatus: 'pending' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    limit: LISTED,
  });
  const reviews: Array<{ documentId: string; title: string }> = await strapi.db
    .query(FILM_REVIEW_UID)
    .findMany({ select: ['documentId', 'title'], where: { documentId: { $in: latest.map((comment) => comment.reviewDocumentId) } } });
  const titles = new Map(reviews.map((review) => [review.documentId, review.title]));
  const payload = typeof message.payload === 'string' ? JSON.parse(message.payload) : (message.payload ?? {});
  const sentTo: string[] = [...(payload.sentTo ?? [])];
  const moderationUrl = `${String(strapi.config.get('admin.absoluteUrl')).replace(/\/$/, '')}/plugins/film-reviews/moderation`;
  for (const to of recipients.filter((recipient) => !sentTo.includes(recipient))) {
    const unsubscribe = unsubscribeUrl(strapi, { kind: 'digest', email: to });
    await sendEmail(strapi, {
      to,
      ...digestEmail({
        total: pending.length,
        comments: latest.map((comment) => ({ ...comment, reviewTitle: titles.get(comment.reviewDocumentId) ?? null })),
        moderationUrl,
        unsubscribeUrl: unsubscribe,
      }),
      headers: unsubscribeHeaders(unsubscribe),
    });
    sentTo.push(to);
    await strapi.db.query(OUTBOX_UID).updateMany({ where: { id: message.id, lockedBy: message.lockedBy }, data: { payload: { sentTo } } });
  }
  return { skipped: null, covered: pending.map((comment) => comment.documentId), sentTo };
};
