import type { BulkModerate, DismissReports, GetReviewSummary, GetThread, ListComments, ModerationAction, ReplyToComment } from '../../../shared/contracts/moderation';
import { PLUGIN_ID } from '../pluginId';
import { useAdminMutation } from './useAdminMutation';
import { useAdminQuery } from './useAdminQuery';

const COMMENTS = `/${PLUGIN_ID}/moderation/comments`;
export const PAGE_SIZE = 20;

/** The moderation queue for the current filters. */
export const useModerationList = ({ status, review, q, page }: Required<Pick<ListComments.Query, 'status' | 'page'>> & Pick<ListComments.Query, 'review' | 'q'>) =>
  useAdminQuery<ListComments.Response>(COMMENTS, { status, page, pageSize: PAGE_SIZE, ...(review ? { review } : {}), ...(q ? { q } : {}) });

export const useThread = (documentId: string) => useAdminQuery<GetThread.Response>(`${COMMENTS}/${documentId}/thread`);

export const useReviewSummary = (reviewDocumentId: string | null) => useAdminQuery<GetReviewSummary.Response>(reviewDocumentId && `/${PLUGIN_ID}/moderation/reviews/${reviewDocumentId}`);

export const useSetStatus = () =>
  useAdminMutation(async ({ post }, ids: string[], action: ModerationAction) => (await post<BulkModerate.Response>(`${COMMENTS}/bulk`, { ids, action } satisfies BulkModerate.Body)).data);

export const useReply = () =>
  useAdminMutation(async ({ post }, documentId: string, content: string) => (await post<ReplyToComment.Response>(`${COMMENTS}/${documentId}/reply`, { content } satisfies ReplyToComment.Body)).data);

export const useDismissReports = () =>
  useAdminMutation(async ({ post }, documentId: string) => (await post<DismissReports.Response>(`${COMMENTS}/${documentId}/reports/dismiss`, {})).data);

export const HOME_PENDING_COUNT = 5;

/** The comments that have waited longest, for the home page; `meta.counts.pending` counts them all. */
export const useOldestPending = () =>
  useAdminQuery<ListComments.Response>(COMMENTS, { status: 'pending', sort: 'oldest', page: 1, pageSize: HOME_PENDING_COUNT } satisfies ListComments.Query);
