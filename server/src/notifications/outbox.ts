import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { newDocumentId } from '../document-id';
import { jobQueue, type Job } from '../jobs/job-queue';
import { OUTBOX_UID, READER_COMMENT_UID } from '../uids';
import type { CommentChanges } from './comment-changes';
import { getService } from '../get-service';

export type OutboxKind = 'reply' | 'digest' | 'event';
export const OUTBOX_STATES = ['queued', 'running', 'done', 'skipped', 'failed'] as const;

export interface OutboxMessage extends Job {
  kind: OutboxKind;
  dedupeKey: string;
  commentDocumentId: string | null;
  reviewDocumentId: string | null;
  payload: Record<string, any> | null;
  sentAt: string | null;
}

interface NewMessage {
  kind: OutboxKind;
  /** Unique: a message with a key already in the outbox is not written again. */
  dedupeKey: string;
  commentDocumentId?: string | null;
  reviewDocumentId?: string | null;
  payload?: Record<string, unknown>;
  runAfter?: Date;
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
  const config = () => pluginConfig(strapi).notifications;
  const table = () => strapi.db.metadata.get(OUTBOX_UID).tableName;
  const queue = jobQueue<OutboxMessage>(strapi, {
    uid: OUTBOX_UID,
    maxAttempts: () => config().maxAttempts,
    leaseSeconds: () => config().leaseSeconds,
    retryBaseMs: () => config().retrySeconds * 1000,
  });
  const wakeWorker = () => getService(strapi, 'outbox-worker').wake();

  /** Inserts in the caller's transaction (or its own); a key already present is skipped, never an error that would abort the caller's transaction. */
  const write = async (messages: NewMessage[]) => {
    if (messages.length === 0) return;
    const now = new Date();
    await strapi.db.transaction(async ({ trx, onCommit }) => {
      await trx(table())
        .insert(
          messages.map((message) => ({
            document_id: newDocumentId(),
            kind: message.kind,
            dedupe_key: message.dedupeKey,
            comment_document_id: message.commentDocumentId ?? null,
            review_document_id: message.reviewDocumentId ?? null,
            payload: JSON.stringify(message.payload ?? {}),
            state: 'queued',
            attempts: 0,
            run_after: message.runAfter ?? now,
            created_at: now,
            updated_at: now,
            published_at: now,
          }))
        )
        .onConflict('dedupe_key')
        .ignore();
      onCommit(wakeWorker);
    });
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
    const parents: Array<{ documentId: string; authorEmail: string }> = await strapi.db.query(READER_COMMENT_UID).findMany({
      select: ['documentId', 'authorEmail'],
      where: { documentId: { $in: replies.map((reply) => reply.parentDocumentId) }, notifyReplies: true },
    });
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
    counts: () => queue.counts(OUTBOX_STATES),

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
      const row: OutboxMessage | null = await strapi.db.query(OUTBOX_UID).findOne({ select: ['id', 'state', 'sentAt'], where: { dedupeKey: DIGEST_KEY } });
      if (!row) return write([{ kind: 'digest', dedupeKey: DIGEST_KEY }]);
      if (row.state === 'queued' || (row.state === 'running' && !afterSentAt)) return;
      const lastSent = afterSentAt ?? (row.sentAt ? new Date(row.sentAt) : null);
      const runAfter = new Date(Math.max(Date.now(), lastSent ? lastSent.getTime() + interval : 0));
      await strapi.db.query(OUTBOX_UID).updateMany({
        where: { id: row.id, state: row.state },
        data: { state: 'queued', attempts: 0, runAfter, error: null, lockedBy: null, lockedAt: null, payload: {} },
      });
    },

    /** Sent webhook events are of no use after a week; reply rows stay, as the record of what was sent and the key that stops a second email. */
    async prune(now = new Date()) {
      const { count } = await strapi.db.query(OUTBOX_UID).deleteMany({
        where: { kind: 'event', state: { $in: ['done', 'skipped'] }, updatedAt: { $lt: new Date(now.getTime() - 7 * 86_400_000) } },
      });
      return count;
    },

    /** What was sent (or failed) about these comments, for the moderation view. */
    async forComments(documentIds: string[]) {
      if (documentIds.length === 0) return new Map<string, unknown[]>();
      const rows: OutboxMessage[] = await strapi.db.query(OUTBOX_UID).findMany({
        select: ['commentDocumentId', 'kind', 'state', 'attempts', 'error', 'sentAt', 'payload', 'createdAt'],
        where: { commentDocumentId: { $in: documentIds } },
        orderBy: { id: 'asc' },
      });
      const byComment = new Map<string, unknown[]>();
      for (const row of rows) {
        const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
        const summary = { kind: row.kind, event: payload?.event ?? null, state: row.state, attempts: row.attempts, error: row.error, sentAt: row.sentAt };
        byComment.set(row.commentDocumentId!, [...(byComment.get(row.commentDocumentId!) ?? []), summary]);
      }
      return byComment;
    },
  };
};
