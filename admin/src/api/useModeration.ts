import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

export type ModerationStatus = 'pending' | 'approved' | 'spam' | 'rejected';
export type ModerationAction = 'approve' | 'spam' | 'reject' | 'restore';

export interface ModeratedComment {
  documentId: string;
  reviewDocumentId: string;
  parentDocumentId: string | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  content: string;
  containsSpoilers: boolean | null;
  rating: number | null;
  moderationStatus: ModerationStatus;
  isEditorReply: boolean | null;
  createdAt: string;
  review?: { title: string; slug: string } | null;
  depth?: number;
  /** Readers' open reports (moderation list only). */
  reports?: { count: number; reasons: Partial<Record<ReportReason, number>> };
  /** What the outbox sent, or failed to send, about this comment (moderation list only). */
  notifications?: SentNotification[];
}

export type ReportReason = 'spoiler' | 'spam' | 'abuse' | 'off-topic';

export interface SentNotification {
  kind: 'reply' | 'event';
  event: string | null;
  state: 'queued' | 'running' | 'done' | 'skipped' | 'failed';
  attempts: number;
  error: string | null;
  sentAt: string | null;
}

export interface ModerationFilters {
  status: ModerationStatus;
  review?: string;
  q?: string;
  page: number;
}

/** The moderation queue for the current filters, refetched on demand. */
export const useModerationList = (filters: ModerationFilters) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{
    loading: boolean;
    error: unknown;
    comments: ModeratedComment[];
    counts: Record<ModerationStatus, number> | null;
    pageCount: number;
  }>({ loading: true, error: null, comments: [], counts: null, pageCount: 1 });

  const load = React.useCallback(async () => {
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const { data } = await get<{ data: ModeratedComment[]; meta: { counts: Record<ModerationStatus, number>; pagination: { pageCount: number } } }>(`/${PLUGIN_ID}/moderation/comments`, {
        params: { status: filters.status, page: filters.page, pageSize: 20, ...(filters.review ? { review: filters.review } : {}), ...(filters.q ? { q: filters.q } : {}) },
      });
      setState({ loading: false, error: null, comments: data.data, counts: data.meta.counts, pageCount: Math.max(1, data.meta.pagination.pageCount) });
    } catch (error) {
      setState((previous) => ({ ...previous, loading: false, error }));
    }
  }, [get, filters.status, filters.page, filters.review, filters.q]);

  React.useEffect(() => {
    load();
  }, [load]);

  return { ...state, reload: load };
};

export interface ReviewSummary {
  counts: Record<ModerationStatus, number>;
  pending: ModeratedComment[];
  images: { count: number; originalBytes: number; optimizedBytes: number };
}

export const useModerationActions = () => {
  const { get, post } = useFetchClient();
  return {
    setStatus: (ids: string[], action: ModerationAction) => post(`/${PLUGIN_ID}/moderation/comments/bulk`, { ids, action }),
    thread: async (documentId: string): Promise<ModeratedComment[]> =>
      (await get<{ data: ModeratedComment[] }>(`/${PLUGIN_ID}/moderation/comments/${documentId}/thread`)).data.data,
    reply: (documentId: string, content: string) => post(`/${PLUGIN_ID}/moderation/comments/${documentId}/reply`, { content }),
    dismissReports: (documentId: string) => post(`/${PLUGIN_ID}/moderation/comments/${documentId}/reports/dismiss`, {}),
    reviewSummary: async (reviewDocumentId: string) =>
      (await get<{ data: ReviewSummary }>(`/${PLUGIN_ID}/moderation/reviews/${reviewDocumentId}`)).data.data,
  };
};
