import type { Core } from '@strapi/strapi';
import { slugParam } from '../http/params';
import { posterOf, withRetryAfter } from '../http/request';
import { documentIdParam, noInput, parseInput } from '../validation';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';
import { reviewLikeQuery } from './like-input';
import { readerHashOf } from './reader-identity';
import type { Liker } from './like-service';

/** HTTP in, service calls out: a like takes no body, and the reader comes from the request's user or X-Reader-Key. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const likes = () => getService(strapi, 'likes');
  /** The inputs every like route refuses alike, then who is liking. */
  const likerOf = (ctx: HttpContext): Liker => {
    parseInput(noInput, ctx.request.body, 'body');
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
