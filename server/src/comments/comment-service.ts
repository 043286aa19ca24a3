import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import { FILM_REVIEW_UID, PLUGIN_ID, READER_COMMENT_UID } from '../uids';
import { privateHash } from './client-identity';
import type { CommentListQuery, CommentSubmission } from './comment-input';
import { moderate } from './moderation-rules';
import { checkStarRating, starRatingOptions } from '../custom-fields/star-rating/rules';
import { buildThread, type StoredComment } from './thread';

const PUBLIC_COLUMNS = ['documentId', 'parentDocumentId', 'authorName', 'authorUrl', 'content', 'containsSpoilers', 'rating', 'isEditorReply', 'createdAt'];


export interface Poster {
  ip: string;
  userAgent: string | null;
  /** A signed-in users-permissions user. */
  user?: { username?: string; email?: string } | null;
}

/** Reading threads and taking reader comments: every rule of SPEC §5 and §8. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.db.query(READER_COMMENT_UID);
  const settings = () => strapi.plugin(PLUGIN_ID).service('settings').get();

  const publishedReview = async (slug: string) => {
    const review = await strapi.db.query(FILM_REVIEW_UID).findOne({
      select: ['documentId', 'commentsOpen'],
      where: { slug, publishedAt: { $notNull: true } },
    });
    if (!review) throw new errors.NotFoundError(`No published film review with the slug "${slug}"`);
    return review as { documentId: string; commentsOpen: boolean | null };
  };

  return {
    /** Approved comments as a tree: two queries (review, comments) plus the settings read. */
    async thread(slug: string, query: CommentListQuery) {
      const [review, current] = await Promise.all([publishedReview(slug), settings()]);
      const approved: StoredComment[] = await comments().findMany({
        select: PUBLIC_COLUMNS,
        where: { reviewDocumentId: review.documentId, moderationStatus: 'approved' },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const roots = buildThread(approved, { maxDepth: current.maxThreadDepth, hideSpoilers: query.spoilers === 'hide' });
      if (query.sort === 'newest') roots.reverse();
      const { page, pageSize } = query.pagination;
      return {
        data: roots.slice((page - 1) * pageSize, page * pageSize),
        meta: {
          pagination: { page, pageSize, pageCount: Math.ceil(roots.length / pageSize), total: roots.length },
          totalComments: approved.length,
        },
      };
    },

    async submit(slug: string, input: CommentSubmission, poster: Poster) {
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

      const review = await publishedReview(slug);
      if (review.commentsOpen === false) throw new errors.ForbiddenError('Comments are closed for this review');

      const current = await settings();
      const limits = strapi.plugin(PLUGIN_ID).service('comment-limits');
      const ipHash = privateHash(strapi, 'ip', poster.ip);
      const perAddress = await limits.take(`ip:${ipHash}`, current.rateLimit);
      if (!perAddress.allowed) throw new errors.RateLimitError('Too many comments from this address; try again later', { retryAfter: perAddress.retryAfter });

      const [duplicate, returning, parent] = await Promise.all([
        comments().findOne({ select: ['id'], where: { authorEmail, reviewDocumentId: review.documentId, content: input.content } }),
        comments().findOne({ select: ['id'], where: { authorEmail, moderationStatus: 'approved' } }),
        input.parent
          ? comments().findOne({ select: ['id'], where: { documentId: input.parent, reviewDocumentId: review.documentId, moderationStatus: 'approved' } })
          : Promise.resolve(true),
      ]);
      if (!parent) {
        throw new errors.ValidationError('parent must be an approved comment of this review', {
          errors: [{ path: ['parent'], message: 'parent must be an approved comment of this review', name: 'ValidationError' }],
        });
      }
      // @strapi/utils has no 409 error; Strapi answers http-errors' ones in its error shape.
      if (duplicate) throw new createHttpError.Conflict('You already posted this comment on this review');

      if (current.floodIntervalSeconds > 0) {
        const flood = await limits.take(`email:${privateHash(strapi, 'email', authorEmail!)}`, { max: 1, windowSeconds: current.floodIntervalSeconds });
        if (!flood.allowed) throw new errors.RateLimitError('You are commenting too fast; wait a moment', { retryAfter: flood.retryAfter });
      }

      const { status } = moderate(
        { content: input.content, authorName: authorName!, authorUrl: input.authorUrl, honeypot: input.company, returning: Boolean(returning) },
        current
      );
      const created = await strapi.documents(READER_COMMENT_UID).create({
        data: {
          reviewDocumentId: review.documentId,
          parentDocumentId: input.parent ?? null,
          authorName,
          authorEmail,
          authorUrl: input.authorUrl || null,
          content: input.content,
          containsSpoilers: input.containsSpoilers ?? false,
          rating: input.rating ?? null,
          moderationStatus: status,
          isEditorReply: false,
          ipHash,
          userAgent: poster.userAgent?.slice(0, 512) ?? null,
        } as any,
      });
      // Spam is answered like any held comment, so a bot learns nothing.
      return { data: { documentId: created.documentId, moderationStatus: status === 'approved' ? 'approved' : 'pending' } };
    },
  };
};
