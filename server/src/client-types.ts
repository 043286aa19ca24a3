/**
 * What the public API answers, for frontends: `import type { … } from 'strapi-plugin-film-reviews/strapi-server'`.
 * The API tests compile the real REST and GraphQL responses against these types.
 */
import type { HiddenSpoilerImage, ImageObject, ReviewCard, ReviewDetail } from './reviews/types';
import type { PublicComment } from './comments/thread';

export type { HiddenSpoilerImage, ImageObject, ReviewCard, ReviewDetail, PublicComment };

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** GET /api/film-reviews/reviews */
export interface ReviewListResponse {
  data: ReviewCard[];
  meta: { pagination: Pagination };
}

/** GET /api/film-reviews/reviews/:slug */
export interface ReviewDetailResponse {
  data: ReviewDetail;
}

/** GET /api/film-reviews/reviews/:slug/comments: approved comments, replies nested. */
export interface CommentThreadResponse {
  data: PublicComment[];
  /** pagination counts root comments; totalComments every approved one. */
  meta: { pagination: Pagination; totalComments: number };
}

/** POST /api/film-reviews/reviews/:slug/comments, as `{ data: CommentSubmission }`. */
export interface CommentSubmission {
  authorName?: string;
  authorEmail?: string;
  authorUrl?: string | null;
  content: string;
  /** documentId of an approved comment of the same review. */
  parent?: string | null;
  containsSpoilers?: boolean;
  /** Email me when an approved reply to this comment appears (setting `replyNotifications`). */
  notifyReplies?: boolean;
  rating?: number | null;
  /** The honeypot: render it hidden, send it empty. */
  company?: string;
}

export interface PostedComment {
  documentId: string;
  moderationStatus: 'approved' | 'pending';
}

/** 201 of the POST above. */
export interface PostedCommentResponse {
  data: PostedComment;
}

/**
 * GraphQL answers every field it is asked for: what REST leaves out of a withheld spoiler
 * image (url, mime, bytes) is null there, and a comment's spoilerHidden is always a boolean.
 * These describe a selection of every field; Pick<> what a query selects.
 */
export type GraphqlImage = Omit<ImageObject, 'url' | 'mime' | 'bytes'> & { url: string | null; mime: string | null; bytes: number | null };

export type GraphqlReviewCard = Omit<ReviewCard, 'cover'> & { cover: GraphqlImage | null };

export type GraphqlReview = Omit<ReviewDetail, 'cover' | 'gallery'> & { cover: GraphqlImage | null; gallery: GraphqlImage[] };

export type GraphqlComment = Omit<PublicComment, 'spoilerHidden' | 'replies'> & { spoilerHidden: boolean; replies: GraphqlComment[] };

/** Query.filmReviews */
export interface GraphqlReviewList {
  data: GraphqlReviewCard[];
  meta: { pagination: Pagination };
}

/** Query.filmReviewComments */
export interface GraphqlCommentThread {
  data: GraphqlComment[];
  meta: { pagination: Pagination; totalComments: number };
}
