import type { Core } from '@strapi/strapi';
import { commentStore } from '../comments/comment-store';
import { reviewStore } from '../reviews/review-store';
import type { OutboxMessage } from './outbox';
import { commentUrl, replyEmail } from './reply-email';
import { sendEmail } from './send-email';
import { unsubscribeHeaders, unsubscribeUrl } from './unsubscribe-token';
import { getService } from '../get-service';

/**
 * Sends one reply notification, checking again what may have changed since it was queued: the
 * reply must still be approved and the reader still subscribed. Returns why it was not sent.
 */
export const sendReplyNotification = async (strapi: Core.Strapi, message: OutboxMessage): Promise<string | null> => {
  const comments = commentStore(strapi);
  const reply = await comments.find(message.commentDocumentId!, ['documentId', 'parentDocumentId', 'reviewDocumentId', 'authorName', 'authorEmail', 'content', 'containsSpoilers', 'moderationStatus']);
  if (!reply || reply.moderationStatus !== 'approved') return 'the reply is no longer approved';
  const parent = await comments.find(reply.parentDocumentId, ['documentId', 'authorName', 'authorEmail', 'notifyReplies']);
  if (!parent?.notifyReplies) return 'the reader unsubscribed';
  if (parent.authorEmail.toLowerCase() === reply.authorEmail.toLowerCase()) return 'the reader wrote the reply';
  const review = (await reviewStore(strapi).names([reply.reviewDocumentId])).get(reply.reviewDocumentId);
  const { commentUrlPattern } = await getService(strapi, 'settings').get();
  const unsubscribe = unsubscribeUrl(strapi, { kind: 'reply', commentDocumentId: parent.documentId });
  await sendEmail(strapi, {
    to: parent.authorEmail,
    ...replyEmail({
      recipientName: parent.authorName,
      replyAuthor: reply.authorName,
      replyContent: reply.content,
      replyHasSpoilers: Boolean(reply.containsSpoilers),
      reviewTitle: review?.title ?? 'a film review',
      link: commentUrl(commentUrlPattern, review?.slug ?? null, reply.documentId),
      unsubscribeUrl: unsubscribe,
    }),
    headers: unsubscribeHeaders(unsubscribe),
  });
  return null;
};
