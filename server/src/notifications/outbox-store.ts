import type { Core } from '@strapi/strapi';
import { decodeJson, lazyTable } from '../database';
import { newDocumentId } from '../document-id';
import { OUTBOX_UID } from '../uids';

export type OutboxKind = 'reply' | 'digest' | 'event';

export interface NewMessage {
  kind: OutboxKind;
  /** Unique: a message with a key already in the outbox is not written again. */
  dedupeKey: string;
  commentDocumentId?: string | null;
  reviewDocumentId?: string | null;
  payload?: Record<string, unknown>;
  runAfter?: Date;
}

/** One message as the moderation view lists it. */
export interface MessageSummary {
  commentDocumentId: string;
  kind: OutboxKind;
  event: string | null;
  state: string;
  attempts: number;
  error: string | null;
  sentAt: string | null;
}

/** The outbox table; its lease columns are the job queue's (jobs/job-store.ts). */
export const outboxStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(OUTBOX_UID);
  const table = lazyTable(strapi, OUTBOX_UID);

  return {
    /**
     * Inserts in the caller's transaction (or its own), then `afterCommit`; a key already present
     * is skipped, never an error that would abort the caller's transaction.
     */
    async add(messages: NewMessage[], afterCommit: () => void) {
      const { name, column } = table();
      const now = new Date();
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        await trx(name)
          .insert(
            messages.map((message) => ({
              [column('documentId')]: newDocumentId(),
              [column('kind')]: message.kind,
              [column('dedupeKey')]: message.dedupeKey,
              [column('commentDocumentId')]: message.commentDocumentId ?? null,
              [column('reviewDocumentId')]: message.reviewDocumentId ?? null,
              [column('payload')]: JSON.stringify(message.payload ?? {}),
              [column('state')]: 'queued',
              [column('attempts')]: 0,
              [column('runAfter')]: message.runAfter ?? now,
              [column('createdAt')]: now,
              [column('updatedAt')]: now,
              [column('publishedAt')]: now,
            }))
          )
          .onConflict(column('dedupeKey'))
          .ignore();
        onCommit(afterCommit);
      });
    },

    /** The row of a key, with what re-arming it needs. */
    findByKey: (dedupeKey: string): Promise<{ id: number; state: string; sentAt: string | null } | null> =>
      rows().findOne({ select: ['id', 'state', 'sentAt'], where: { dedupeKey } }),

    /** Queues the row again from scratch, unless its state changed since it was read. */
    async requeue(row: { id: number; state: string }, runAfter: Date) {
      await rows().updateMany({
        where: { id: row.id, state: row.state },
        data: { state: 'queued', attempts: 0, runAfter, error: null, lockedBy: null, lockedAt: null, payload: {} },
      });
    },

    /** Keeps a message's progress (its payload) while this worker holds it. */
    async saveProgress(message: { id: number; lockedBy: string | null }, payload: Record<string, unknown>) {
      await rows().updateMany({ where: { id: message.id, lockedBy: message.lockedBy }, data: { payload } });
    },

    /** Deletes sent or skipped webhook events last changed before `before`; answers how many. */
    async deleteEventsBefore(before: Date): Promise<number> {
      return (await rows().deleteMany({ where: { kind: 'event', state: { $in: ['done', 'skipped'] }, updatedAt: { $lt: before } } })).count;
    },

    /** What was sent (or failed) about these comments, oldest first. */
    async aboutComments(documentIds: string[]): Promise<MessageSummary[]> {
      const found: Array<Record<string, any>> = await rows().findMany({
        select: ['commentDocumentId', 'kind', 'state', 'attempts', 'error', 'sentAt', 'payload', 'createdAt'],
        where: { commentDocumentId: { $in: documentIds } },
        orderBy: { id: 'asc' },
      });
      return found.map((row) => ({
        commentDocumentId: row.commentDocumentId,
        kind: row.kind,
        event: decodeJson<{ event?: string }>(row.payload)?.event ?? null,
        state: row.state,
        attempts: row.attempts,
        error: row.error,
        sentAt: row.sentAt,
      }));
    },
  };
};

/** A claimed message's payload, decoded. */
export const payloadOf = (message: { payload: unknown }): Record<string, any> => decodeJson<Record<string, any>>(message.payload) ?? {};
