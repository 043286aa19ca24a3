import type { Core } from '@strapi/strapi';
import { slugParam } from '../http/params';
import { posterOf, withRetryAfter } from '../http/request';
import { documentIdParam, invalidAt, noInput, parseInput } from '../validation';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';
import { reviewLikeQuery } from './like-input';
import { readerHashOf } from './reader-identity';
import type { Liker } from './like-service';

/** HTTP in, service calls out: a like takes no body, and the reader comes from the request's user or X-Reader-Key. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const likes = () => getService(strapi, 'likes');
  /**
   * Who is liking, once the request is known to carry no body: the body parser reads none for a
   * DELETE, so the request's own length says whether one was sent.
   */
  const likerOf = (ctx: HttpContext): Liker => {
    if (ctx.request.length || ctx.request.get('transfer-encoding')) throw invalidAt([], 'A like takes no body');
    return { readerHash: readerHashOf(strapi, ctx), ip: posterOf(ctx).ip };
  };
  const comment = (liked: boolean) => async (ctx: HttpContext) => {
    const documentId = parseInput(documentIdParam, ctx.params.documentId, 'documentId');
    parseInput(noInput, ctx.query, 'query');
    const liker = likerOf(ctx);
    ctx.body = await withRetryAfter(ctx, () => likes().setCommentLiked(documentId, liker, liked));
  };
  const review = (liked: boolean) => async (ctx: HttpContext) => {
    const slug = parseInput(slugParam, ctx.params.slug, 'slug');
    const { locale } = parseInput(reviewLikeQuery, ctx.query, 'query');
    const liker = likerOf(ctx);
    ctx.body = await withRetryAfter(ctx, () => likes().setReviewLiked(slug, locale, liker, liked));
  };
  return { likeComment: comment(true), unlikeComment: comment(false), likeReview: review(true), unlikeReview: review(false) };
};
