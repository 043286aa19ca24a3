/**
 * Compiled by `npm run typecheck` (never run): a frontend written for 0.1.0 still imports the
 * response types from the plugin's `strapi-server` entry. New code imports them from
 * strapi-plugin-film-reviews-client (tests/api/typed-client.ts compiles real answers against them).
 */
import type { ReviewCard, ReviewDetail } from 'strapi-plugin-film-reviews/strapi-server';

export const cardTitle = (card: ReviewCard): string => `${card.title} — ${card.rating.value}/${card.rating.max}`;

export const pictureSources = (review: ReviewDetail) =>
  review.gallery.map((image) => ('url' in image ? image.sources.map((source) => source.srcset) : image.placeholder?.dataUri));
