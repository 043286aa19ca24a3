import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { privateHash } from '../comments/client-identity';
import { commentStore } from '../comments/comment-store';
import { reviewStore } from '../reviews/review-store';
import { resolveLocale } from '../http/locale';
import type { LikeResponse } from '../client-types';
import { getService } from '../get-service';
import { likeStore, type LikeTarget } from './like-store';

/** Who likes: the reader (see reader-identity.ts) and the address the rate limit counts. */
export interface Liker {
  readerHash: string;
  ip: string;
}

/** Readers' likes of approved comments and published reviews: once per reader, counted exactly. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const likes = likeStore(strapi);
  const comments = commentStore(strapi);
  const reviews = reviewStore(strapi);

  /** Likes spend a budget of their own (the comment rate limit's size), so they never eat the comment budget. */
  const setLiked = async (target: LikeTarget, liker: Liker, liked: boolean): Promise<LikeResponse> => {
    const { rateLimit } = await getService(strapi, 'settings').get();
    await getService(strapi, 'posting-limits').spend(`like-ip:${privateHash(strapi, 'ip', liker.ip)}`, rateLimit, 'Too many likes from this address; try again later');
    return { data: { likes: await likes.setLiked(target, liker.readerHash, liked), liked } };
  };

  return {
    async setCommentLiked(documentId: string, liker: Liker, liked: boolean): Promise<LikeResponse> {
      const comment = await comments.find(documentId, ['reviewDocumentId', 'moderationStatus', 'deletedAt']);
      if (comment?.moderationStatus !== 'approved' || comment.deletedAt !== null) throw new errors.NotFoundError(`No published comment ${documentId}`);
      return setLiked({ kind: 'comment', documentId, reviewDocumentId: comment.reviewDocumentId }, liker, liked);
    },

    /** A like belongs to the review document, whichever locale's slug it came through. */
    async setReviewLiked(slug: string, locale: string | undefined, liker: Liker, liked: boolean): Promise<LikeResponse> {
      const review = await reviews.findAt({ slug, locale: await resolveLocale(strapi, locale), status: 'published' }, 'commenting');
      if (!review) throw new errors.NotFoundError(`No published film review with the slug "${slug}"`);
      return setLiked({ kind: 'review', documentId: review.documentId }, liker, liked);
    },
  };
};
