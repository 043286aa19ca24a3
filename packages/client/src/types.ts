/**
 * What the plugin's public API (prefix /api/film-reviews) takes and answers. The plugin's server
 * is typed with these same declarations, so what it sends is checked against them when it compiles.
 * Data only: no runtime code and no DOM or Node types, so the server can compile this file too.
 */

export type SpoilerLevel = 'none' | 'mild' | 'major';

/** `hide` (the default) withholds inline spoilers, spoiler images and spoiler comments; `show` sends everything. */
export type SpoilerMode = 'hide' | 'show';

/** A tiny preview shown while the image loads. */
export interface ImagePlaceholder {
  /** A tiny blurred WebP as a data URI, at most 1 KB. */
  dataUri: string;
  /** thumbhash, base64. */
  thumbhash: string;
  /** Dominant colour, #rrggbb. */
  color: string;
}

/** An image ready for <picture>, srcset and a placeholder shown at once. */
export interface ImageObject {
  id: number;
  /** Relative to Strapi's origin with the local upload provider; absolute with S3 and friends. */
  url: string;
  width: number | null;
  height: number | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  spoiler: boolean;
  mime: string;
  bytes: number;
  placeholder: ImagePlaceholder | null;
  /** AVIF and WebP variants; empty until the image jobs have run (the original is served meanwhile). */
  sources: Array<{ type: string; srcset: string }>;
}

/** A gallery image whose spoiler is hidden: no url, no sources; its placeholder keeps the space. */
export interface HiddenSpoilerImage {
  id: number;
  width: number | null;
  height: number | null;
  spoiler: true;
  placeholder: ImagePlaceholder | null;
}

/** A review in lists: GET /reviews. */
export interface ReviewCard {
  documentId: string;
  slug: string;
  title: string;
  /** The locale this version is written in (Strapi i18n). */
  locale: string | null;
  film: { title: string | null; releaseYear: number | null };
  rating: { value: number; max: number };
  excerpt: string | null;
  spoilerWarning: { level: SpoilerLevel };
  /** The cover, or the first gallery image. */
  cover: ImageObject | null;
  /** Approved comments. */
  commentCount: number;
  /** Approved comments that carry a rating. */
  readerRating: { average: number | null; count: number };
  /** How many readers like the review (all its locales together). */
  likes: number;
  publishedAt: string;
}

/** The full review: GET /reviews/:slug. */
export interface ReviewDetail extends Omit<ReviewCard, 'film' | 'publishedAt'> {
  /** null in a draft read for a preview (`status=draft`). */
  publishedAt: string | null;
  /** Markdown; with spoilers=hide every ||span|| is replaced by the placeholder text. */
  body: string;
  film: {
    title: string | null;
    releaseYear: number | null;
    runtimeMinutes: number | null;
    basedOn: string | null;
    credits: Array<{ name: string; job: string; character: string | null }>;
  };
  reviewer: { name: string; url: string | null };
  gallery: Array<ImageObject | HiddenSpoilerImage>;
  advisories: {
    spoilers: { level: SpoilerLevel; note: string | null; hiddenSpans: number };
    images: { count: number; originalBytes: number; optimizedBytes: number };
  };
  /** schema.org Review JSON-LD, ready for <script type="application/ld+json">. */
  structuredData: Record<string, unknown>;
}

/** An approved comment of a thread, its approved replies nested. */
export interface PublicComment {
  documentId: string;
  /** 1-based position among the approved comments in posting order (the "3." a blog shows). */
  number: number;
  /** "[deleted]" (url null) once its author deleted it. */
  author: { name: string; url: string | null };
  /** null when spoilers=hide withholds a spoiler comment, or when its author deleted it. */
  content: string | null;
  /** Escaped text, links rel="nofollow ugc noopener", paragraphs. */
  contentHtml: string | null;
  containsSpoilers: boolean;
  spoilerHidden?: true;
  rating: number | null;
  isEditorReply: boolean;
  createdAt: string;
  /** When its author last edited it; null when never edited. */
  editedAt: string | null;
  /** Its author deleted it: it stays only to hold its approved replies. */
  deleted: boolean;
  /** How many readers like it. */
  likes: number;
  replies: PublicComment[];
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** GET /reviews */
export interface ReviewListResponse {
  data: ReviewCard[];
  meta: { pagination: Pagination };
}

/** GET /reviews/:slug */
export interface ReviewDetailResponse {
  data: ReviewDetail;
}

/** GET /reviews/:slug/comments: approved comments, replies nested. */
export interface CommentThreadResponse {
  data: PublicComment[];
  /** pagination counts root comments; totalComments every approved one. */
  meta: { pagination: Pagination; totalComments: number };
}

/** POST and DELETE /comments/:documentId/like and /reviews/:slug/like: the count after the change, and whether this reader likes it now. */
export interface LikeResponse {
  data: { likes: number; liked: boolean };
}

/** GET /challenge: a proof-of-work challenge, as altcha-lib creates it, for the altcha widget. */
export interface ProofOfWorkChallenge {
  parameters: {
    algorithm: string;
    nonce: string;
    salt: string;
    cost: number;
    keyLength: number;
    keyPrefix: string;
    keySignature?: string;
    /** Unix time, in seconds. */
    expiresAt?: number;
  };
  signature?: string;
}

/** POST /reviews/:slug/comments, as `{ data: CommentSubmission }`. */
export interface CommentSubmission {
  /** Optional for a signed-in users-permissions user (their username is used). */
  authorName?: string;
  /** Never published. Optional for a signed-in user (their email is used). */
  authorEmail?: string;
  authorUrl?: string | null;
  content: string;
  /** documentId of an approved comment of the same review. */
  parent?: string | null;
  containsSpoilers?: boolean;
  /** Email me when an approved reply to this comment appears (REST only). */
  notifyReplies?: boolean;
  rating?: number | null;
  /** The honeypot: render it hidden, send it empty. */
  company?: string;
  /** The altcha widget's payload (a solved `GET /challenge`): required from guests while the plugin requires proof of work. */
  altcha?: string;
}

export interface PostedComment {
  documentId: string;
  moderationStatus: 'approved' | 'pending';
  /**
   * While the edit window is on: the secret that edits and deletes this comment for the edit
   * window's minutes, sent back as the `X-Edit-Token` header. Shown only here; the server keeps
   * only its hash.
   */
  editToken?: string;
  /** With `editToken`: when the edit window closes (ISO 8601), e.g. to keep the token only that long. */
  editableUntil?: string;
}

/** 201 of the POST above. */
export interface PostedCommentResponse {
  data: PostedComment;
}

/** PUT /comments/:documentId, as `{ data: CommentEdit }`, with `X-Edit-Token` (or as the signed-in author). */
export interface CommentEdit {
  content: string;
  containsSpoilers?: boolean;
}

/** 200 of the PUT above: the moderation rules ran again on the new text. */
export interface EditedCommentResponse {
  data: { documentId: string; moderationStatus: 'approved' | 'pending'; editedAt: string };
}

/** 200 of DELETE /comments/:documentId: `kept` when approved replies hold it in the thread as deleted. */
export interface DeletedCommentResponse {
  data: { documentId: string; kept: boolean };
}

export type ReportReason = 'spoiler' | 'spam' | 'abuse' | 'off-topic';

/** POST /comments/:documentId/report, as `{ data: ReportSubmission }`. */
export interface ReportSubmission {
  reason: ReportReason;
}

/** 201 when the report counted, 200 when this client had already reported the comment. */
export interface ReportResponse {
  data: { documentId: string; counted: boolean };
}

/** POST /unsubscribe?token=…: what the token stopped (reply emails or the moderator digest). */
export interface UnsubscribeResponse {
  data: { unsubscribed: 'reply' | 'digest' };
}

/** One entry of a 400's `error.details.errors`: the field's path in the request and what is wrong with it. */
export interface FieldError {
  path: string[];
  message: string;
}

/** Strapi's error body: `{ data: null, error: StrapiError }`. */
export interface StrapiError {
  status: number;
  name: string;
  message: string;
  details?: { errors?: FieldError[]; retryAfter?: number; [key: string]: unknown };
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

/** Mutation.postFilmReviewComment's `data` (FilmReviewsCommentInput): the same fields as REST. */
export type GraphqlCommentSubmission = CommentSubmission;

/** GET /reviews: Strapi's query syntax, sent in its bracket form (filters[rating][$gte]=4). */
export interface ReviewListParams {
  /** e.g. `{ rating: { $gte: 4 } }`, `{ film: { credits: { name: { $eq: 'Carey Mulligan' } } } }`. Private fields and comments answer 400. */
  filters?: Record<string, unknown>;
  /** e.g. `'rating:desc'` or `['rating:desc', 'title:asc']`. */
  sort?: string | string[];
  /** pageSize is capped at 100. */
  pagination?: { page?: number; pageSize?: number };
  locale?: string;
}

/** GET /reviews/:slug */
export interface ReviewParams {
  spoilers?: SpoilerMode;
  locale?: string;
}

/** GET /reviews/:slug/comments */
export interface CommentThreadParams {
  /** Root comments: 20 a page by default, at most 100. */
  pagination?: { page?: number; pageSize?: number };
  /** Order of the root comments (`top`: most liked first, then oldest); replies are always oldest first. */
  sort?: 'oldest' | 'newest' | 'top';
  spoilers?: SpoilerMode;
  locale?: string;
}
