/** What the outbox needs to know of a comment before and after a write. */
export interface CommentState {
  documentId: string;
  reviewDocumentId: string;
  moderationStatus: string;
  parentDocumentId?: string | null;
  authorEmail?: string | null;
}

/** Fields whose change shows on the public thread. */
const VISIBLE_FIELDS = ['content', 'authorName', 'authorUrl', 'containsSpoilers', 'rating', 'parentDocumentId'];

export const touchesVisibleFields = (data: Record<string, unknown> | undefined) => VISIBLE_FIELDS.some((field) => data && field in data);

/** Whether an update can change anything the outbox tells about (the retention sweep's cannot). */
export const mayNotify = (data: Record<string, unknown> | undefined) =>
  touchesVisibleFields(data) || ['moderationStatus', 'reviewDocumentId'].some((field) => data && field in data);

export interface CommentChanges {
  /** Comments that became public. */
  approved: CommentState[];
  /** Public comments that left the thread: spam, rejected, pending again, or deleted. */
  removed: Array<CommentState & { reason: string }>;
  /** Reviews whose public thread changed: one event each, however many comments changed. */
  reviews: string[];
  /** A comment started waiting for a moderator. */
  becamePending: boolean;
}

/**
 * Compares the comments a write touched before and after it (`after` lacks deleted ones,
 * `before` lacks created ones). Only changes a reader of the public thread could see count.
 */
export const commentChanges = (before: CommentState[], after: CommentState[], visibleEdit: boolean): CommentChanges => {
  const previous = new Map(before.map((state) => [state.documentId, state]));
  const current = new Map(after.map((state) => [state.documentId, state]));
  const changes: CommentChanges = { approved: [], removed: [], reviews: [], becamePending: false };
  const reviews = new Set<string>();
  for (const documentId of new Set([...previous.keys(), ...current.keys()])) {
    const was = previous.get(documentId);
    const now = current.get(documentId);
    const wasPublic = was?.moderationStatus === 'approved';
    const isPublic = now?.moderationStatus === 'approved';
    if (now?.moderationStatus === 'pending' && was?.moderationStatus !== 'pending') changes.becamePending = true;
    if (!wasPublic && isPublic) changes.approved.push(now!);
    if (wasPublic && !isPublic) changes.removed.push({ ...was!, reason: now ? now.moderationStatus : 'deleted' });
    if (wasPublic || isPublic) {
      if (wasPublic !== isPublic || visibleEdit || was?.reviewDocumentId !== now?.reviewDocumentId) {
        if (was) reviews.add(was.reviewDocumentId);
        if (now) reviews.add(now.reviewDocumentId);
      }
    }
  }
  changes.reviews = [...reviews];
  return changes;
};
