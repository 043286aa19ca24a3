import type { AstroCookies } from 'astro';
import { failureOf, tooQuickly, type ActionFailure } from './action-failure';
import { rememberLike, type LikeTarget } from './liked';
import { readerKeyOf } from './reader-key';
import { setCommentLiked, setReviewLiked, type Reader } from './strapi';

export interface LikeRequest {
  target: LikeTarget;
  documentId: string;
  /** What the button asked for: like, or take the like back. */
  like: boolean;
}

export type LikeOutcome = { ok: true; likes: number; liked: boolean } | ActionFailure;

const GONE: Record<LikeTarget, string> = {
  comment: 'This comment is no longer available.',
  review: 'This review is no longer available.',
};

/** Likes (or unlikes) for the reader, under their key, and remembers it in their cookie. */
export const setLike = async (request: LikeRequest, page: { slug: string; cookies: AstroCookies; url: URL; reader: Reader }): Promise<LikeOutcome> => {
  const readerKey = readerKeyOf(page.cookies, page.url);
  let result;
  try {
    result =
      request.target === 'comment'
        ? await setCommentLiked(request.documentId, request.like, readerKey, page.reader)
        : await setReviewLiked(page.slug, request.like, readerKey, page.reader);
  } catch (error) {
    return failureOf(error, { 404: GONE[request.target] }, 'Your like could not be saved. Please try again later.');
  }
  if (!result.ok) return tooQuickly('liking', result.retryAfter);
  rememberLike(page.cookies, page.url, request.target, request.documentId, result.data.liked);
  return { ok: true, likes: result.data.likes, liked: result.data.liked };
};
