import type { Core } from '@strapi/strapi';
import { lazyTable, storedTime } from '../database';
import { newDocumentId } from '../document-id';
import { MODERATION_EVENT_UID, READER_COMMENT_UID } from '../uids';
import type { ModerationAction, ModerationChannel, ModerationEvent, ModerationStatus } from '../../../shared/contracts/moderation';

/** A decision to record: `linkNonce` is the emailed link set it came through, which acts once. */
export interface NewModerationEvent {
  commentDocumentId: string;
  action: ModerationAction;
  moderationStatus: ModerationStatus;
  via: ModerationChannel;
  actorEmail: string;
  actorName: string | null;
  linkNonce?: string;
}

const HISTORY_COLUMNS = ['commentDocumentId', 'action', 'moderationStatus', 'via', 'actorEmail', 'actorName', 'createdAt'];

const toEvent = ({ commentDocumentId, createdAt, ...event }: Record<string, any>): ModerationEvent =>
  ({ ...event, createdAt: new Date(storedTime(createdAt)).toISOString() }) as ModerationEvent;

/** Moderators' decisions, one row each, read a conversation at a time. */
export const historyStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(MODERATION_EVENT_UID);
  const events = lazyTable(strapi, MODERATION_EVENT_UID);
  const commentsTable = lazyTable(strapi, READER_COMMENT_UID);

  /** In the caller's transaction, if any. A link nonce already recorded throws a unique violation. */
  const record = async (events: NewModerationEvent[]) => {
    if (events.length === 0) return;
    const now = new Date();
    await rows().createMany({ data: events.map((event) => ({ ...event, documentId: newDocumentId(), publishedAt: now })) });
  };

  return {
    record,

    /** The decision a link set made, or null while it is unspent. */
    async byLink(linkNonce: string): Promise<ModerationEvent | null> {
      const found = await rows().findOne({ select: HISTORY_COLUMNS, where: { linkNonce } });
      return found ? toEvent(found) : null;
    },

    /** Each comment's decisions, oldest first: one query for the whole conversation. */
    async ofComments(commentDocumentIds: string[]): Promise<Map<string, ModerationEvent[]>> {
      const history = new Map<string, ModerationEvent[]>();
      if (commentDocumentIds.length === 0) return history;
      const found: Array<Record<string, any>> = await rows().findMany({
        select: HISTORY_COLUMNS,
        where: { commentDocumentId: { $in: commentDocumentIds } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      for (const row of found) history.set(row.commentDocumentId, [...(history.get(row.commentDocumentId) ?? []), toEvent(row)]);
      return history;
    },

    /** The history of comments that are gone, in the caller's transaction. */
    async forget(commentDocumentIds: string[]) {
      if (commentDocumentIds.length > 0) await rows().deleteMany({ where: { commentDocumentId: { $in: commentDocumentIds } } });
    },

    /** A deleted review's comments' history: run before its comments go, since it names them. */
    async forgetForReview(reviewDocumentId: string) {
      const { name, column } = events();
      const comments = commentsTable();
      const commentIds = strapi.db.connection(comments.name).select(comments.column('documentId')).where(comments.column('reviewDocumentId'), reviewDocumentId);
      await strapi.db.connection(name).whereIn(column('commentDocumentId'), commentIds).del();
    },
  };
};
