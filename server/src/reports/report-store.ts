import type { Core } from '@strapi/strapi';
import { lazyTable, unlessDuplicate } from '../database';
import type { ReportReason } from '../client-types';
import { COMMENT_REPORT_UID } from '../uids';

/** Readers' reports of comments: one row per client and comment; dismissed ones stay, no longer open. */
export const reportStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(COMMENT_REPORT_UID);
  const table = lazyTable(strapi, COMMENT_REPORT_UID);
  /** Reports stored before the spam flag have none. */
  const counting = { $or: [{ spam: false }, { spam: null }] };
  return {
    /** False when this client already reported the comment. A blocked reader's report is stored as spam: it never counts. */
    async add(report: { commentDocumentId: string; reason: ReportReason; reporterKey: string; spam: boolean }): Promise<boolean> {
      return (await unlessDuplicate(() => rows().create({ data: report }))) !== null;
    },

    async openReasons(commentDocumentId: string): Promise<ReportReason[]> {
      const open: Array<{ reason: ReportReason }> = await rows().findMany({ select: ['reason'], where: { commentDocumentId, dismissedAt: null, ...counting } });
      return open.map((report) => report.reason);
    },

    /** Open reports of these comments per comment and reason, in one grouped query. */
    async openCounts(commentDocumentIds: string[]): Promise<Array<{ commentDocumentId: string; reason: ReportReason; count: number }>> {
      const { name, column } = table();
      const found: Array<{ commentDocumentId: string; reason: ReportReason; n: number | string }> = await strapi.db
        .connection(name)
        .select({ commentDocumentId: column('commentDocumentId'), reason: column('reason') })
        .count({ n: '*' })
        .whereIn(column('commentDocumentId'), commentDocumentIds)
        .whereNull(column('dismissedAt'))
        .where((notSpam) => notSpam.whereNull(column('spam')).orWhere(column('spam'), false))
        .groupBy(column('commentDocumentId'), column('reason'));
      return found.map(({ n, ...row }) => ({ ...row, count: Number(n) }));
    },

    /** Answers how many open reports were dismissed. */
    async dismiss(commentDocumentId: string): Promise<number> {
      return (await rows().updateMany({ where: { commentDocumentId, dismissedAt: null }, data: { dismissedAt: new Date() } })).count;
    },
  };
};
