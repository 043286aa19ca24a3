import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { FILM_REVIEW_UID, READER_COMMENT_UID } from '../uids';
import { reviewNames } from '../reviews/review-names';
import { ACTION_STATUS, MODERATION_STATUSES, type bulkAction, type moderationListQuery } from './moderation-input';
import { getService } from '../get-service';
import type { AdminUser } from '../http/context';
import type { ReviewImageRefs } from '../images/page-weight-service';

const COLUMNS = ['documentId', 'reviewDocumentId', 'parentDocumentId', 'authorName', 'authorEmail', 'authorUrl', 'content', 'containsSpoilers', 'rating', 'moderationStatus', 'isEditorReply', 'createdAt', 'moderatedAt', 'moderatedBy'];

/** The moderators' view of comments: emails included, never exposed to the content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.db.query(READER_COMMENT_UID);

  const countsByStatus = async (where: Record<string, unknown>) => {
    const rows = await Promise.all(MODERATION_STATUSES.map((status) => comments().count({ where: { ...where, moderationStatus: status } })));
    return Object.fromEntries(MODERATION_STATUSES.map((status, i) => [status, rows[i]])) as Record<(typeof MODERATION_STATUSES)[number], number>;
  };

  const reviewTitles = async (documentIds: string[]) =>
    new Map([...(await reviewNames(strapi, documentIds))].map(([documentId, { title, slug }]) => [documentId, { title, slug }]));

  return {
    async list({ status, review, q, page, pageSize }: z.infer<typeof moderationListQuery>) {
      const scope: Record<string, unknown> = {
        ...(review ? { reviewDocumentId: review } : {}),
        ...(q ? { $or: [{ content: { $containsi: q } }, { authorName: { $containsi: q } }, { authorEmail: { $containsi: q } }] } : {}),
      };
      const where = { ...scope, ...(status ? { moderationStatus: status } : {}) };
      const [rows, total, counts] = await Promise.all([
        comments().findMany({ select: COLUMNS, where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        comments().count({ where }),
        countsByStatus(scope),
      ]);
      const pageIds = rows.map((row: any) => row.documentId);
      const [titles, reports, notifications] = await Promise.all([
        reviewTitles(rows.map((row: any) => row.reviewDocumentId)),
        getService(strapi, 'reports').summaries(pageIds),
        getService(strapi, 'outbox').forComments(pageIds),
      ]);
      return {
        data: rows.map((row: any) => ({
          ...row,
          review: titles.get(row.reviewDocumentId) ?? null,
          reports: reports.get(row.documentId) ?? { count: 0, reasons: {} },
          notifications: notifications.get(row.documentId) ?? [],
        })),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, counts },
      };
    },

    async setStatus({ ids, action }: z.infer<typeof bulkAction>, admin: AdminUser) {
      // One transaction with the outbox rows the change writes: events and emails exist only if it commits.
      const { count } = await strapi.db.transaction(() =>
        comments().updateMany({
          where: { documentId: { $in: ids } },
          data: { moderationStatus: ACTION_STATUS[action], moderatedAt: new Date(), moderatedBy: admin.email },
        })
      );
      return { count, moderationStatus: ACTION_STATUS[action] };
    },

    /** The whole conversation a comment belongs to, every status, in posting order with depth. */
    async thread(documentId: string) {
      const target = await comments().findOne({ select: ['reviewDocumentId'], where: { documentId } });
      if (!target) throw new errors.NotFoundError(`No comment ${documentId}`);
      const all: any[] = await comments().findMany({ select: COLUMNS, where: { reviewDocumentId: target.reviewDocumentId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      const byId = new Map(all.map((comment) => [comment.documentId, comment]));
      let root = byId.get(documentId);
      while (root?.parentDocumentId && byId.has(root.parentDocumentId)) root = byId.get(root.parentDocumentId);
      const depthOf = new Map<string, number>([[root.documentId, 0]]);
      const thread = all.filter((comment) => {
        if (comment.documentId === root.documentId) return true;
        const parentDepth = comment.parentDocumentId ? depthOf.get(comment.parentDocumentId) : undefined;
        if (parentDepth === undefined) return false;
        depthOf.set(comment.documentId, parentDepth + 1);
        return true;
      });
      return { data: thread.map((comment) => ({ ...comment, depth: depthOf.get(comment.documentId) })) };
    },

    /** An editor's answer: approved at once and marked as the editor's, threaded under the comment. */
    async reply(documentId: string, content: string, admin: AdminUser) {
      const parent = await comments().findOne({ select: ['reviewDocumentId', 'moderationStatus'], where: { documentId } });
      if (!parent) throw new errors.NotFoundError(`No comment ${documentId}`);
      if (parent.moderationStatus !== 'approved') throw new errors.ValidationError('Approve the comment before answering it publicly');
      const name = [admin.firstname, admin.lastname].filter(Boolean).join(' ') || admin.email;
      const created = await strapi.documents(READER_COMMENT_UID).create({
        data: {
          reviewDocumentId: parent.reviewDocumentId,
          parentDocumentId: documentId,
          authorName: name.slice(0, 80),
          authorEmail: admin.email,
          content,
          moderationStatus: 'approved',
          isEditorReply: true,
          moderatedAt: new Date(),
          moderatedBy: admin.email,
        } as any,
      });
      return { data: { documentId: created.documentId } };
    },

    /** For the edit-view side panel: counts, the latest pending comments, the draft's image weight. */
    async reviewSummary(reviewDocumentId: string) {
      const [counts, pending, draft] = await Promise.all([
        countsByStatus({ reviewDocumentId }),
        comments().findMany({ select: COLUMNS, where: { reviewDocumentId, moderationStatus: 'pending' }, orderBy: [{ createdAt: 'desc' }], limit: 5 }),
        strapi.documents(FILM_REVIEW_UID).findOne({ documentId: reviewDocumentId, fields: ['gallery'] as any, populate: { cover: { fields: ['id'] } } as any }),
      ]);
      const images = draft
        ? // The plugin's own content types are not in the app's generated document types.
          await getService(strapi, 'page-weight').forReview(draft as ReviewImageRefs)
        : { count: 0, originalBytes: 0, optimizedBytes: 0 };
      return { data: { counts, pending, images } };
    },
  };
};
