import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { commentStore } from '../comments/comment-store';
import { reviewStore } from '../reviews/review-store';
import { ACTION_STATUS, type bulkAction, type moderationListQuery, type reviewOptionsQuery } from './moderation-input';
import { getService } from '../get-service';
import type { AdminUser } from '../http/context';
import type { ListReviewOptions } from '../../../shared/contracts/moderation';
import { historyStore } from './history-store';
import { toModeratedComment, type ModerationRow } from './moderated-comment';

/** The comment and every reply under it, in posting order, each with its depth below it. */
const conversationOf = (all: ModerationRow[], documentId: string) => {
  const byId = new Map(all.map((comment) => [comment.documentId, comment]));
  let root = byId.get(documentId)!;
  while (root.parentDocumentId && byId.has(root.parentDocumentId)) root = byId.get(root.parentDocumentId)!;
  const depthOf = new Map<string, number>([[root.documentId, 0]]);
  const thread = all.filter((comment) => {
    if (comment.documentId === root.documentId) return true;
    const parentDepth = comment.parentDocumentId ? depthOf.get(comment.parentDocumentId) : undefined;
    if (parentDepth === undefined) return false;
    depthOf.set(comment.documentId, parentDepth + 1);
    return true;
  });
  return thread.map((comment) => ({ ...comment, depth: depthOf.get(comment.documentId) }));
};

/** How an admin signs: their name, or null when they gave none. */
const nameOf = (admin: AdminUser) => [admin.firstname, admin.lastname].filter(Boolean).join(' ') || null;

/** The moderators' view of comments: emails included, never exposed to the content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = commentStore(strapi);
  const reviews = reviewStore(strapi);
  const history = historyStore(strapi);

  const reviewTitles = async (documentIds: string[]) =>
    new Map([...(await reviews.names(documentIds))].map(([documentId, { title, slug }]) => [documentId, { title, slug }]));

  return {
    async list({ status, review, q, sort, page, pageSize }: z.infer<typeof moderationListQuery>) {
      const [{ rows, total }, counts] = await Promise.all([
        comments.moderationPage({ status, review, q, sort, offset: (page - 1) * pageSize, limit: pageSize }),
        comments.countsByStatus({ review, q }),
      ]);
      const pageIds = rows.map((row) => row.documentId);
      const [titles, reports, notifications] = await Promise.all([
        reviewTitles(rows.map((row) => row.reviewDocumentId)),
        getService(strapi, 'reports').summaries(pageIds),
        getService(strapi, 'outbox').forComments(pageIds),
      ]);
      return {
        data: rows.map((row) => ({
          ...toModeratedComment(row as ModerationRow),
          review: titles.get(row.reviewDocumentId) ?? null,
          reports: reports.get(row.documentId) ?? { count: 0, reasons: {} },
          notifications: notifications.get(row.documentId) ?? [],
        })),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, counts },
      };
    },

    /**
     * One transaction with the history rows and the outbox rows the change writes: events and
     * emails exist only if it commits. A decision through an emailed link carries the link's
     * nonce, whose unique index refuses it a second time (a unique violation, and nothing changed).
     */
    async setStatus({ ids, action }: z.infer<typeof bulkAction>, admin: AdminUser, linkNonce?: string) {
      const moderationStatus = ACTION_STATUS[action];
      const via = linkNonce ? 'email' : 'admin';
      const changed = await strapi.db.transaction(async () => {
        const found = await comments.setStatus(ids, moderationStatus, admin.email);
        await history.record(found.map((commentDocumentId) => ({ commentDocumentId, action, moderationStatus, via, actorEmail: admin.email, actorName: nameOf(admin), linkNonce })));
        return found;
      });
      return { count: changed.length, moderationStatus };
    },

    /** The whole conversation a comment belongs to, every status, in posting order with depth. */
    async thread(documentId: string) {
      const target = await comments.find(documentId, ['reviewDocumentId']);
      if (!target) throw new errors.NotFoundError(`No comment ${documentId}`);
      const conversation = (await comments.conversation(target.reviewDocumentId)) as ModerationRow[];
      const thread = conversationOf(conversation.map(toModeratedComment), documentId);
      const decisions = await history.ofComments(thread.map((comment) => comment.documentId));
      return { data: thread.map((comment) => ({ ...comment, history: decisions.get(comment.documentId) ?? [] })) };
    },

    /** An editor's answer: approved at once and marked as the editor's, threaded under the comment. */
    async reply(documentId: string, content: string, admin: AdminUser) {
      const parent = await comments.find(documentId, ['reviewDocumentId', 'moderationStatus']);
      if (!parent) throw new errors.NotFoundError(`No comment ${documentId}`);
      if (parent.moderationStatus !== 'approved') throw new errors.ValidationError('Approve the comment before answering it publicly');
      const name = nameOf(admin) ?? admin.email;
      const created = await comments.create({
        reviewDocumentId: parent.reviewDocumentId,
        parentDocumentId: documentId,
        authorName: name.slice(0, 80),
        authorEmail: admin.email,
        content,
        moderationStatus: 'approved',
        isEditorReply: true,
        moderatedAt: new Date(),
        moderatedBy: admin.email,
      });
      return { data: { documentId: created!.documentId } };
    },

    /** The review filter's options: titles, searched and paged. */
    async reviewOptions({ q, page, pageSize }: z.infer<typeof reviewOptionsQuery>): Promise<ListReviewOptions.Response> {
      const { rows, total } = await reviews.titles({ q, start: (page - 1) * pageSize, limit: pageSize });
      return { data: rows, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },

    /** For the edit-view side panel: counts, the latest pending comments, the draft's image weight. */
    async reviewSummary(reviewDocumentId: string) {
      const [counts, pending, draft] = await Promise.all([
        comments.countsByStatus({ review: reviewDocumentId }),
        comments.latestPending({ reviewDocumentId, limit: 5 }),
        reviews.draftImages(reviewDocumentId),
      ]);
      const images = draft
        ? await getService(strapi, 'page-weight').forReview(draft)
        : { count: 0, originalBytes: 0, optimizedBytes: 0 };
      return { data: { counts, pending: (pending as ModerationRow[]).map(toModeratedComment), images } };
    },
  };
};
