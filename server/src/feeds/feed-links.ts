import type { Core } from '@strapi/strapi';
import { commentUrl } from '../notifications/reply-email';

/**
 * Where feed entries point. The `commentUrlPattern` setting is the plugin's one knowledge of the
 * frontend (`https://example.com/reviews/{slug}#comment-{documentId}`): comments link through it,
 * and reviews through its part before the `#` when that names the review by its slug alone.
 * Without it, entries link to the content API. The feeds' own addresses are always the API's.
 */
export const feedLinks = (strapi: Core.Strapi, { pattern, locale }: { pattern: string; locale: string }) => {
  const api = `${strapi.config.get('server.absoluteUrl')}/api/film-reviews`;
  const inLocale = `?locale=${encodeURIComponent(locale)}`;
  const reviewPattern = pattern.split('#')[0];
  const reviewsOnFrontend = reviewPattern.includes('{slug}') && !reviewPattern.includes('{documentId}');
  const slugPath = (slug: string) => `${api}/reviews/${encodeURIComponent(slug)}`;
  return {
    review: (slug: string) => (reviewsOnFrontend ? commentUrl(reviewPattern, slug, '')! : `${slugPath(slug)}${inLocale}`),
    comment: (slug: string, documentId: string) => commentUrl(pattern, slug, documentId) ?? `${slugPath(slug)}/comments${inLocale}#comment-${documentId}`,
    reviewsFeed: `${api}/feeds/reviews.atom${inLocale}`,
    commentsFeed: (slug: string) => `${api}/feeds/reviews/${encodeURIComponent(slug)}/comments.atom${inLocale}`,
  };
};
