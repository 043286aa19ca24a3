/**
 * Compiled by `npm run typecheck` (never run): a frontend imports the response types from the
 * package the way the README shows, and they describe what the API returns.
 */
import type { ReviewCard, ReviewDetail } from 'strapi-plugin-film-reviews/strapi-server';

export const cardTitle = (card: ReviewCard): string => `${card.title} — ${card.rating.value}/${card.rating.max}`;

export const pictureSources = (review: ReviewDetail) =>
  review.gallery.map((image) => ('url' in image ? image.sources.map((source) => source.srcset) : image.placeholder?.dataUri));
