import type { ReportReason } from '../../packages/client/src/types';
import type { Paginated } from './pagination';

/** Where a reader comment stands; the reader-comment schema's enumeration holds the same values. */
export const MODERATION_STATUSES = ['pending', 'approved', 'spam', 'rejected'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** `restore` puts a comment back in the queue. */
export const MODERATION_ACTIONS = ['approve', 'spam', 'reject', 'restore'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** The queue's order by posting time; `oldest` is what has waited longest. */
export const MODERATION_SORTS = ['newest', 'oldest'] as const;
export type ModerationSort = (typeof MODERATION_SORTS)[number];

export type StatusCounts = Record<ModerationStatus, number>;

export interface SentNotification {
  kind: 'reply' | 'event';
  event: string | null;
  state: 'queued' | 'running' | 'done' | 'skipped' | 'failed';
  attempts: number;
  error: string | null;
  sentAt: string | null;
}

/** A comment's text before one of its author's edits, and when the edit replaced it. */
export interface EarlierVersion {
  content: string;
  containsSpoilers: boolean;
  replacedAt: string;
}

/** Where a moderator decided: in the admin, or through a link in a moderation email. */
export const MODERATION_CHANNELS = ['admin', 'email'] as const;
export type ModerationChannel = (typeof MODERATION_CHANNELS)[number];

/** One decision in a comment's moderation history. */
export interface ModerationEvent {
  action: ModerationAction;
  moderationStatus: ModerationStatus;
  via: ModerationChannel;
  actorEmail: string | null;
  actorName: string | null;
  createdAt: string;
}

/** A comment as moderators see it: with the reader's email, which the content API never shows. */
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
  /** How many readers like it. */
  likes: number;
  /** Why the moderation rules held it (e.g. "links", "first comment"); null when they approved it. */
  heldReason: string | null;
  /** When its author last edited it; null when never edited. */
  editedAt: string | null;
  /** The texts it had before its author's edits, oldest first. */
  earlierVersions: EarlierVersion[];
  /** When its author deleted it (it stays, emptied, only to hold approved replies); null otherwise. */
  deletedAt: string | null;
  review?: { title: string; slug: string } | null;
  /** In a thread: replies below the conversation's first comment. */
  depth?: number;
  /** Readers' open reports (moderation list only). */
  reports?: { count: number; reasons: Partial<Record<ReportReason, number>> };
  /** What the outbox sent, or failed to send, about this comment (moderation list only). */
  notifications?: SentNotification[];
}

/** GET /moderation/comments */
export declare namespace ListComments {
  interface Query {
    status?: ModerationStatus;
    review?: string;
    q?: string;
    sort?: ModerationSort;
    page?: number;
    pageSize?: number;
  }
  type Response = Paginated<ModeratedComment> & { meta: { counts: StatusCounts } };
}

/** POST /moderation/comments/bulk */
export declare namespace BulkModerate {
  interface Body {
    ids: string[];
    action: ModerationAction;
  }
  interface Response {
    data: { count: number; moderationStatus: ModerationStatus };
  }
}

/** GET /moderation/comments/:id/thread: the whole conversation, every status, in posting order, each comment with its moderation history (oldest first). */
export declare namespace GetThread {
  interface Response {
    data: Array<ModeratedComment & { depth: number; history: ModerationEvent[] }>;
  }
}

/** POST /moderation/comments/:id/reply: the editor's answer, approved at once. */
export declare namespace ReplyToComment {
  interface Body {
    content: string;
  }
  interface Response {
    data: { documentId: string };
  }
}

/** POST /moderation/comments/:id/reports/dismiss */
export declare namespace DismissReports {
  interface Response {
    data: { dismissed: number };
  }
}

/** GET /moderation/reviews/:documentId: what the content manager's side panel shows. */
export declare namespace GetReviewSummary {
  interface Response {
    data: {
      counts: StatusCounts;
      pending: ModeratedComment[];
      images: { count: number; originalBytes: number; optimizedBytes: number };
    };
  }
}

/** GET /moderation/review-options: the moderation page's review filter, every review by title. */
export declare namespace ListReviewOptions {
  interface Query {
    q?: string;
    page?: number;
    pageSize?: number;
  }
  /** The slug tells apart reviews of the same title (an imported copy, a remake). */
  type Response = Paginated<{ documentId: string; title: string; slug: string }>;
}
