import { config } from './config';

/** The plugin's Atom feeds, at the address readers' feed readers reach Strapi on. */
const feedUrl = (path: string) => `${config.publicStrapiUrl}/api/film-reviews/feeds/${path}`;

export interface Feed {
  title: string;
  href: string;
}

export const reviewsFeed = (): Feed => ({ title: 'Film Reviews: new reviews', href: feedUrl('reviews.atom') });

export const commentsFeed = (review: { slug: string; title: string }): Feed => ({
  title: `Comments on “${review.title}”`,
  href: feedUrl(`reviews/${encodeURIComponent(review.slug)}/comments.atom`),
});
