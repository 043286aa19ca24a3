import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { privateHash } from '../comments/client-identity';
import { isUniqueViolation } from '../database-errors';
import { COMMENT_REPORT_UID, READER_COMMENT_UID } from '../uids';
import type { ReportReason as Reason, ReportResponse } from '../client-types';
import { getService } from '../get-service';

/**
 * Readers' reports of approved comments. One report per client address and comment counts;
 * when the open reports reach the threshold the comment goes back to the moderation queue,
 * or, when every one of them says "spoiler" (and the setting allows), it is only marked as
 * containing spoilers and stays up, hidden behind the spoiler switch.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => strapi.db.query(COMMENT_REPORT_UID);
  const comments = () => strapi.db.query(READER_COMMENT_UID);

  const enforce = async (comment: { documentId: string; containsSpoilers: boolean | null }) => {
    const settings = await getService(strapi, 'settings').get();
    const open: Array<{ reason: Reason }> = await reports().findMany({ select: ['reason'], where: { commentDocumentId: comment.documentId, dismissedAt: null } });
    if (open.length < settings.reportThreshold) return 'reported';
    // Moderation writes run in one transaction with the outbox rows their lifecycles write.
    return strapi.db.transaction(async () => {
      if (settings.spoilerReportsMark && open.every((report) => report.reason === 'spoiler')) {
        if (!comment.containsSpoilers) await comments().updateMany({ where: { documentId: comment.documentId, moderationStatus: 'approved' }, data: { containsSpoilers: true } });
        return 'marked-spoiler';
      }
      await comments().updateMany({
        where: { documentId: comment.documentId, moderationStatus: 'approved' },
        data: { moderationStatus: 'pending', moderatedAt: new Date(), moderatedBy: 'reader reports' },
      });
      return 'held';
    });
  };

  return {
    async report(documentId: string, reason: Reason, poster: { ip: string }): Promise<ReportResponse> {
      const comment = await comments().findOne({ select: ['documentId', 'containsSpoilers'], where: { documentId, moderationStatus: 'approved' } });
      if (!comment) throw new errors.NotFoundError(`No published comment ${documentId}`);
      const ipHash = privateHash(strapi, 'ip', poster.ip);
      const { rateLimit } = await getService(strapi, 'settings').get();
      const allowed = await getService(strapi, 'comment-limits').take(`report:${ipHash}`, rateLimit);
      if (!allowed.allowed) throw new errors.RateLimitError('Too many reports from this address; try again later', { retryAfter: allowed.retryAfter });
      try {
        await reports().create({ data: { commentDocumentId: documentId, reason, reporterKey: ipHash } });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // This client already reported the comment: answered alike, counted once.
        return { data: { documentId, counted: false } };
      }
      await enforce(comment);
      return { data: { documentId, counted: true } };
    },

    /** Open reports of these comments: count and count per reason, in one grouped query. */
    async summaries(documentIds: string[]) {
      const summaries = new Map<string, { count: number; reasons: Partial<Record<Reason, number>> }>();
      if (documentIds.length === 0) return summaries;
      const { tableName } = strapi.db.metadata.get(COMMENT_REPORT_UID);
      const rows: Array<{ comment_document_id: string; reason: Reason; n: number | string }> = await strapi.db
        .connection(tableName)
        .select('comment_document_id', 'reason')
        .count({ n: '*' })
        .whereIn('comment_document_id', documentIds)
        .whereNull('dismissed_at')
        .groupBy('comment_document_id', 'reason');
      for (const row of rows) {
        const summary = summaries.get(row.comment_document_id) ?? { count: 0, reasons: {} };
        summary.count += Number(row.n);
        summary.reasons[row.reason] = Number(row.n);
        summaries.set(row.comment_document_id, summary);
      }
      return summaries;
    },

    /** A moderator found the reports unfounded: they no longer count. */
    async dismiss(documentId: string) {
      const { count } = await reports().updateMany({ where: { commentDocumentId: documentId, dismissedAt: null }, data: { dismissedAt: new Date() } });
      return { data: { dismissed: count } };
    },
  };
};
