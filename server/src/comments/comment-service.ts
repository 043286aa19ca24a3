import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FILM_REVIEW_UID, READER_COMMENT_UID } from '../uids';
import { duplicateKey, privateHash } from './client-identity';
import { isUniqueViolation } from '../database-errors';
import type { CommentThreadResponse, CommentSubmission, PostedCommentResponse } from '../client-types';
import type { CommentListQuery } from './comment-input';
import { moderate } from './moderation-rules';
import { checkStarRating, starRatingOptions } from '../custom-fields/star-rating/rules';
import { nestPage, type ThreadRow } from './thread';
import { COMMENTS_TABLE, THREADS_TABLE } from './thread-bookkeeping';
import { createPageCache } from './page-cache';
import { resolveLocale } from '../reviews/locales';
import { getService } from '../get-service';

const REVIEWS_TABLE = 'film_reviews';

/**
 * @strapi/utils has no 409 error. Strapi's error middleware and the GraphQL plugin answer an
 * http-errors error in Strapi's shape when it is an instance of `errors.HttpError` of the app's
 * @strapi/utils, which pins its own http-errors: an app can hold a second copy (5.40 pins 2.0.0
 * beside a hoisted 2.0.1), so the plugin builds its 409 on that class rather than importing one.
 */
const alreadyPosted = () =>
  Object.setPrototypeOf(
    Object.assign(new Error('You already posted this comment on this review'), { name: 'ConflictError', status: 409, statusCode: 409, expose: true }),
    errors.HttpError.prototype
  ) as Error;
/** Up to ~100 KB each (100 roots with replies): a few MB at most. */
const PAGE_CACHE_ENTRIES = 100;
const PAGE_COLUMNS = ['document_id', 'thread_parent', 'thread_number', 'author_name', 'author_url', 'content', 'content_html', 'contains_spoilers', 'rating', 'is_editor_reply', 'created_at'];

export interface ThreadState {
  reviewDocumentId: string;
  /** Changes with every change to the review's public thread. */
  version: number;
  approvedCount: number;
  rootCount: number;
}

export interface Poster {
  ip: string;
  userAgent: string | null;
  /** A signed-in users-permissions user. */
  user?: { username?: string; email?: string } | null;
}

/** Reading threads and taking reader comments: the thread's shape, the posting rules and the settings that tune them. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.db.query(READER_COMMENT_UID);
  const settings = () => getService(strapi, 'settings').get();
  const pages = createPageCache(PAGE_CACHE_ENTRIES);

  const publishedReview = async (slug: string, locale: string) => {
    const review = await strapi.db.query(FILM_REVIEW_UID).findOne({
      select: ['documentId', 'commentsOpen'],
      where: { slug, locale, publishedAt: { $notNull: true } },
    });
    if (!review) throw new errors.NotFoundError(`No published film review with the slug "${slug}"`);
    return review as { documentId: string; commentsOpen: boolean | null };
  };

  /**
   * One page of the thread in one query: the page's roots (by number) and every approved
   * comment under them, with their stored HTML, numbers and display parents. Nothing outside
   * the page is read or rendered.
   */
  const readPage = async (state: ThreadState, query: CommentListQuery): Promise<CommentThreadResponse> => {
    const { page, pageSize } = query.pagination;
    const knex = strapi.db.connection;
    const roots = knex(COMMENTS_TABLE)
      .select('document_id')
      .where({ review_document_id: state.reviewDocumentId, thread_parent: null })
      .whereNotNull('thread_number')
      .orderBy('thread_number', query.sort === 'newest' ? 'desc' : 'asc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .as('page_roots');
    const rows: ThreadRow[] = await knex(`${COMMENTS_TABLE} as c`)
      .join(roots, 'c.thread_root', 'page_roots.document_id')
      .select(PAGE_COLUMNS.map((column) => `c.${column}`))
      .whereNotNull('c.thread_number')
      .orderBy('c.thread_number', 'asc');
    return {
      data: nestPage(rows, { newestFirst: query.sort === 'newest', hideSpoilers: query.spoilers === 'hide' }),
      meta: {
        pagination: { page, pageSize, pageCount: Math.ceil(state.rootCount / pageSize), total: state.rootCount },
        totalComments: state.approvedCount,
      },
    };
  };

  return {
    /**
     * The review's thread state, in one query: what a conditional request needs (the version
     * behind the ETag) and the counts the page's meta shows. 404 for an unpublished review.
     */
    async threadState(slug: string, locale?: string): Promise<ThreadState> {
      const reviewLocale = await resolveLocale(strapi, locale);
      const [row] = await strapi.db
        .connection(REVIEWS_TABLE)
        .leftJoin(THREADS_TABLE, `${THREADS_TABLE}.review_document_id`, `${REVIEWS_TABLE}.document_id`)
        .select(`${REVIEWS_TABLE}.document_id as reviewDocumentId`, 'version', 'approved_count as approvedCount', 'root_count as rootCount')
        .where(`${REVIEWS_TABLE}.slug`, slug)
        .where(`${REVIEWS_TABLE}.locale`, reviewLocale)
        .whereNotNull(`${REVIEWS_TABLE}.published_at`)
        .limit(1);
      if (!row) throw new errors.NotFoundError(`No published film review with the slug "${slug}"`);
      return { reviewDocumentId: row.reviewDocumentId, version: Number(row.version ?? 0), approvedCount: Number(row.approvedCount ?? 0), rootCount: Number(row.rootCount ?? 0) };
    },

    /** The page as JSON, from the page cache while the thread's version stands. */
    async threadPage(state: ThreadState, query: CommentListQuery) {
      const key = [state.reviewDocumentId, state.version, query.sort, query.spoilers, query.pagination.page, query.pagination.pageSize].join(':');
      const cached = pages.get(key);
      if (cached !== undefined) return cached;
      const json = Buffer.from(JSON.stringify(await readPage(state, query)));
      pages.set(key, json);
      return json;
    },

    /** A comment belongs to the review document, whichever locale's slug it was posted under; it keeps that locale. */
    async submit(slug: string, input: CommentSubmission, poster: Poster, locale?: string): Promise<PostedCommentResponse> {
      const authorName = input.authorName ?? poster.user?.username;
      const authorEmail = (input.authorEmail ?? poster.user?.email)?.toLowerCase();
      const missing = [
        ...(authorName ? [] : [{ path: ['authorName'], message: 'authorName is required', name: 'ValidationError' }]),
        ...(authorEmail ? [] : [{ path: ['authorEmail'], message: 'authorEmail is required', name: 'ValidationError' }]),
      ];
      if (missing.length > 0) throw new errors.ValidationError(missing.map((m) => m.message).join('; '), { errors: missing });

      // The reader's own rating follows the field's rules; checked before any limit is spent.
      const ratingIssues = checkStarRating(input.rating, starRatingOptions((strapi.getModel(READER_COMMENT_UID).attributes as any).rating.options));
      if (ratingIssues.length > 0) {
        const message = `rating ${ratingIssues[0].message}`;
        throw new errors.ValidationError(message, { errors: [{ path: ['rating'], message, name: 'ValidationError' }] });
      }

      const reviewLocale = await resolveLocale(strapi, locale);
      const review = await publishedReview(slug, reviewLocale);
      if (review.commentsOpen === false) throw new errors.ForbiddenError('Comments are closed for this review');

      // A reply must hang from an approved comment of this review; checked before any limit is spent.
      if (input.parent && !(await comments().findOne({ select: ['id'], where: { documentId: input.parent, reviewDocumentId: review.documentId, moderationStatus: 'approved' } }))) {
        throw new errors.ValidationError('parent must be an approved comment of this review', {
          errors: [{ path: ['parent'], message: 'parent must be an approved comment of this review', name: 'ValidationError' }],
        });
      }

      const current = await settings();
      const limits = getService(strapi, 'comment-limits');
      const ipHash = privateHash(strapi, 'ip', poster.ip);
      const perAddress = await limits.take(`ip:${ipHash}`, current.rateLimit);
      if (!perAddress.allowed) throw new errors.RateLimitError('Too many comments from this address; try again later', { retryAfter: perAddress.retryAfter });

      const [duplicate, returning] = await Promise.all([
        comments().findOne({ select: ['id'], where: { authorEmail, reviewDocumentId: review.documentId, content: input.content } }),
        comments().findOne({ select: ['id'], where: { authorEmail, moderationStatus: 'approved' } }),
      ]);
      if (duplicate) throw alreadyPosted();

      if (current.floodIntervalSeconds > 0) {
        const flood = await limits.take(`email:${privateHash(strapi, 'email', authorEmail!)}`, { max: 1, windowSeconds: current.floodIntervalSeconds });
        if (!flood.allowed) throw new errors.RateLimitError('You are commenting too fast; wait a moment', { retryAfter: flood.retryAfter });
      }

      const { status } = moderate(
        { content: input.content, authorName: authorName!, authorUrl: input.authorUrl, honeypot: input.company, returning: Boolean(returning) },
        current
      );
      const create = strapi.documents(READER_COMMENT_UID).create({
        data: {
          reviewDocumentId: review.documentId,
          reviewLocale,
          parentDocumentId: input.parent ?? null,
          authorName,
          authorEmail,
          authorUrl: input.authorUrl || null,
          content: input.content,
          containsSpoilers: input.containsSpoilers ?? false,
          rating: input.rating ?? null,
          moderationStatus: status,
          isEditorReply: false,
          notifyReplies: (input.notifyReplies ?? false) && current.replyNotifications,
          ipHash,
          userAgent: poster.userAgent?.slice(0, 512) ?? null,
          contentKey: duplicateKey(strapi, authorEmail!, review.documentId, input.content),
        } as any,
      });
      // The lookup above answers the usual repeat; the unique key settles two at the same moment.
      const created = await create.catch((error) => {
        throw isUniqueViolation(error) ? alreadyPosted() : error;
      });
      // Spam is answered like any held comment, so a bot learns nothing.
      return { data: { documentId: created.documentId, moderationStatus: status === 'approved' ? 'approved' : 'pending' } };
    },
  };
};
