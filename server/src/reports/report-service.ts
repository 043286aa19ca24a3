import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { privateHash } from '../comments/client-identity';
import { commentStore } from '../comments/comment-store';
import type { ReportReason as Reason, ReportResponse } from '../client-types';
import { reportStore } from './report-store';
import { getService } from '../get-service';

/**
 * Readers' reports of approved comments. One report per client address and comment counts;
 * when the open reports reach the threshold the comment goes back to the moderation queue,
 * or, when every one of them says "spoiler" (and the setting allows), it is only marked as
 * containing spoilers and stays up, hidden behind the spoiler switch.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = reportStore(strapi);
  const comments = commentStore(strapi);
  const settings = () => getService(strapi, 'settings').get();

  const enforce = async (comment: { documentId: string; containsSpoilers: boolean | null }) => {
    const { reportThreshold, spoilerReportsMark } = await settings();
    const open = await reports.openReasons(comment.documentId);
    if (open.length < reportThreshold) return 'reported';
    // Moderation writes run in one transaction with the outbox rows their lifecycles write.
    if (spoilerReportsMark && open.every((reason) => reason === 'spoiler')) {
      if (!comment.containsSpoilers) await comments.markSpoilers(comment.documentId);
      return 'marked-spoiler';
    }
    await comments.holdApproved(comment.documentId, 'reader reports');
    return 'held';
  };

  return {
    async report(documentId: string, reason: Reason, poster: { ip: string }): Promise<ReportResponse> {
      const comment = await comments.findApproved(documentId);
      if (!comment) throw new errors.NotFoundError(`No published comment ${documentId}`);
      const ipHash = privateHash(strapi, 'ip', poster.ip);
      const { rateLimit } = await settings();
      await getService(strapi, 'posting-limits').spend(`report:${ipHash}`, rateLimit, 'Too many reports from this address; try again later');
      const spam = await getService(strapi, 'blocks').holds({ emailHash: null, ipHash });
      // This client already reported the comment: answered alike, counted once.
      if (!(await reports.add({ commentDocumentId: documentId, reason, reporterKey: ipHash, spam }))) return { data: { documentId, counted: false } };
      // A blocked reader's report is answered as any other, and moves nothing.
      if (!spam) await enforce(comment);
      return { data: { documentId, counted: true } };
    },

    /** Open reports of these comments: count and count per reason, in one grouped query. */
    async summaries(documentIds: string[]) {
      const summaries = new Map<string, { count: number; reasons: Partial<Record<Reason, number>> }>();
      if (documentIds.length === 0) return summaries;
      for (const { commentDocumentId, reason, count } of await reports.openCounts(documentIds)) {
        const summary = summaries.get(commentDocumentId) ?? { count: 0, reasons: {} };
        summary.count += count;
        summary.reasons[reason] = count;
        summaries.set(commentDocumentId, summary);
      }
      return summaries;
    },

    /** A moderator found the reports unfounded: they no longer count. */
    async dismiss(documentId: string) {
      return { data: { dismissed: await reports.dismiss(documentId) } };
    },
  };
};
