import type { Core } from '@strapi/strapi';
import { commentStore } from '../comments/comment-store';
import { reviewStore } from '../reviews/review-store';
import { digestEmail } from './digest-email';
import { digestRecipients } from './moderator-recipients';
import type { OutboxMessage } from './outbox';
import { outboxStore, payloadOf } from './outbox-store';
import { sendEmail } from './send-email';
import { unsubscribeHeaders, unsubscribeUrl } from './unsubscribe-token';
import { linkSet } from '../moderation-links/link-token';
import { queueUrl } from '../http/public-urls';

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
export const sendDigest = async (strapi: Core.Strapi, message: OutboxMessage, settings: { digestRecipients: string[]; moderationLinkDays: number }): Promise<DigestResult> => {
  const comments = commentStore(strapi);
  const pending = await comments.pendingIds();
  if (pending.length === 0) return { skipped: 'no comment waits', covered: [], sentTo: [] };
  const recipients = await digestRecipients(strapi, settings.digestRecipients);
  if (recipients.length === 0) return { skipped: 'no recipient', covered: [], sentTo: [] };
  const latest = await comments.latestPending({ limit: LISTED });
  const titles = await reviewStore(strapi).names(latest.map((comment) => comment.reviewDocumentId));
  const listed = latest.map((comment) => ({ authorName: comment.authorName, content: comment.content, createdAt: comment.createdAt, reviewTitle: titles.get(comment.reviewDocumentId)?.title ?? null }));
  const sentTo: string[] = [...(payloadOf(message).sentTo ?? [])];
  const moderationUrl = queueUrl(strapi);
  const expiresAt = new Date(Date.now() + settings.moderationLinkDays * 86_400_000);
  for (const { email: to, adminId } of recipients.filter((recipient) => !sentTo.includes(recipient.email))) {
    const unsubscribe = unsubscribeUrl(strapi, { kind: 'digest', email: to });
    // Links act as the admin they are sent to: an address that is no moderator gets none.
    const withLinks = adminId === null ? listed : listed.map((comment, i) => ({ ...comment, links: linkSet(strapi, { commentDocumentId: latest[i].documentId, adminId, expiresAt }) }));
    await sendEmail(strapi, {
      to,
      ...digestEmail({ total: pending.length, comments: withLinks, moderationUrl, unsubscribeUrl: unsubscribe }),
      headers: unsubscribeHeaders(unsubscribe),
    });
    sentTo.push(to);
    await outboxStore(strapi).saveProgress(message, { sentTo });
  }
  return { skipped: null, covered: pending, sentTo };
};
