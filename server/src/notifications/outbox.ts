import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { newDocumentId } from '../document-id';
import { commentStore } from '../comments/comment-store';
import { jobQueue, type Job } from '../jobs/job-queue';
import { OUTBOX_UID } from '../uids';
import type { CommentChanges } from './comment-changes';
import { outboxStore, type NewMessage, type OutboxKind } from './outbox-store';
import { getService } from '../get-service';

export interface OutboxMessage extends Job {
  kind: OutboxKind;
  dedupeKey: string;
  commentDocumentId: string | null;
  reviewDocumentId: string | null;
  payload: Record<string, any> | null;
  sentAt: string | null;
}

/** The one digest row: re-armed each time comments start waiting, so there is at most one queued. */
export const DIGEST_KEY = 'moderator-digest';

export const WEBHOOK_EVENTS = {
  FILM_REVIEWS_COMMENT_APPROVED: 'comment.approved',
  FILM_REVIEWS_COMMENT_REMOVED: 'comment.removed',
  FILM_REVIEWS_REVIEW_COMMENTS_CHANGED: 'review.comments-changed',
} as const;

/**
 * Notifications are rows of the outbox table, written in the transaction of the change they
 * tell about (a comment stored, a moderation decision), then sent by the outbox worker: a dead
 * SMTP server or webhook receiver never fails or slows the request, a rolled-back change sends
 * nothing, and the lease-based queue (jobs/job-queue) sends each row from one instance only.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi);
  const messages = outboxStore(strapi);
  const comments = commentStore(strapi);
  const queue = jobQueue<OutboxMessage>(strapi, {
    uid: OUTBOX_UID,
    maxAttempts: () => config().notifications.maxAttempts,
    leaseSeconds: () => config().notifications.leaseSeconds,
    retryBaseMs: () => config().notifications.retrySeconds * 1000,
  });
  const wakeWorker = () => getService(strapi, 'outbox-worker').wake();
  const write = async (list: NewMessage[]) => {
    if (list.length > 0) await messages.add(list, wakeWorker);
  };

  const event = (name: string, reviewDocumentId: string, commentDocumentId?: string, payload: Record<string, unknown> = {}): NewMessage => ({
    kind: 'event',
    dedupeKey: `event:${newDocumentId()}`,
    reviewDocumentId,
    commentDocumentId: commentDocumentId ?? null,
    payload: { event: name, ...payload },
  });

  /** Approved replies whose parent's author asked to hear about replies, and is not their author. */
  const replyMessages = async (approved: CommentChanges['approved']): Promise<NewMessage[]> => {
    const replies = approved.filter((comment) => comment.parentDocumentId);
    if (replies.length === 0 || !(await getService(strapi, 'settings').get()).replyNotifications) return [];
    const parents = await comments.subscribedAuthors(replies.map((reply) => reply.parentDocumentId!));
    const subscribed = new Map(parents.map((parent) => [parent.documentId, parent.authorEmail.toLowerCase()]));
    return replies
      .filter((reply) => subscribed.has(reply.parentDocumentId!) && subscribed.get(reply.parentDocumentId!) !== reply.authorEmail?.toLowerCase())
      .map((reply) => ({
        kind: 'reply',
        dedupeKey: `reply:${reply.documentId}`,
        commentDocumentId: reply.documentId,
        reviewDocumentId: reply.reviewDocumentId,
        payload: { parentDocumentId: reply.parentDocumentId },
      }));
  };

  return {
    ...queue,

    /** Called from the comment lifecycles, inside the write's transaction. */
    async recordCommentChanges(changes: CommentChanges) {
      await write([
        ...changes.approved.map((comment) => event(WEBHOOK_EVENTS.FILM_REVIEWS_COMMENT_APPROVED, comment.reviewDocumentId, comment.documentId)),
        ...changes.removed.map((comment) =>
          event(WEBHOOK_EVENTS.FILM_REVIEWS_COMMENT_REMOVED, comment.reviewDocumentId, comment.documentId, { reason: comment.reason })
        ),
        ...changes.reviews.map((review) => event(WEBHOOK_EVENTS.FILM_REVIEWS_REVIEW_COMMENTS_CHANGED, review)),
        ...(await replyMessages(changes.approved)),
      ]);
      if (changes.becamePending) await this.armDigest();
    },

    /**
     * Queues the moderators' digest unless one is already queued: due at once, or one interval
     * after the last one sent, so moderators get at most one per interval.
     */
    async armDigest(afterSentAt?: Date) {
      const settings = await getService(strapi, 'settings').get();
      if (!settings.moderatorDigest) return;
      const interval = settings.digestIntervalMinutes * 60_000;
      const row = await messages.findByKey(DIGEST_KEY);
      if (!row) return write([{ kind: 'digest', dedupeKey: DIGEST_KEY }]);
      if (row.state === 'queued' || (row.state === 'running' && !afterSentAt)) return;
      const lastSent = afterSentAt ?? (row.sentAt ? new Date(row.sentAt) : null);
      await messages.requeue(row, new Date(Math.max(Date.now(), lastSent ? lastSent.getTime() + interval : 0)));
    },

    /** Sent webhook events are of no use after a week; reply rows stay, as the record of what was sent and the key that stops a second email. */
    prune: (now = new Date()) => messages.deleteEventsBefore(new Date(now.getTime() - 7 * 86_400_000)),

    /** What was sent (or failed) about these comments, for the moderation view. */
    async forComments(documentIds: string[]) {
      const byComment = new Map<string, unknown[]>();
      if (documentIds.length === 0) return byComment;
      for (const { commentDocumentId, ...summary } of await messages.aboutComments(documentIds)) {
        byComment.set(commentDocumentId, [...(byComment.get(commentDocumentId) ?? []), summary]);
      }
      return byComment;
    },
  };
};
