import type { StarRatingOptions } from '../custom-fields/star-rating/rules';
import type { CommentStats } from './comment-stats';

interface ReviewForJsonLd {
  /** The version's language (Strapi i18n): schema.org inLanguage. */
  locale?: string | null;
  title: string;
  excerpt?: string | null;
  rating: number;
  reviewer: string;
  reviewerUrl?: string | null;
  publishedAt: string;
  film?: { title: string; releaseYear?: number | null; credits?: Array<{ name: string; job: string }> } | null;
}

const people = (credits: Array<{ name: string; job: string }>, job: string) =>
  credits.filter((credit) => credit.job === job).map((credit) => ({ '@type': 'Person', name: credit.name }));

const ratingBounds = ({ max, halfStars }: StarRatingOptions) => ({ bestRating: max, worstRating: halfStars ? 0.5 : 1 });

/**
 * schema.org Review JSON-LD following Google's review-snippet rules: a Movie as the item, a
 * numeric rating with its bounds, a Person as author, and a body taken from the spoiler-free
 * excerpt only (never the review body, which may hold spoilers).
 */
export const reviewJsonLd = (
  review: ReviewForJsonLd,
  options: { rating: StarRatingOptions; readerRating: StarRatingOptions; imageUrl: string | null; stats: CommentStats }
) => {
  const credits = review.film?.credits ?? [];
  const directors = people(credits, 'director');
  const actors = people(credits, 'actor');
  const { average, count } = options.stats.readerRating;
  return {
    '@context': 'https://schema.org',
    '@type': 'Review',
    name: review.title,
    itemReviewed: {
      '@type': 'Movie',
      name: review.film?.title ?? review.title,
      ...(review.film?.releaseYear ? { dateCreated: String(review.film.releaseYear) } : {}),
      ...(directors.length ? { director: directors } : {}),
      ...(actors.length ? { actor: actors } : {}),
      ...(options.imageUrl ? { image: options.imageUrl } : {}),
      ...(count > 0 && average !== null
        ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: average, ratingCount: count, ...ratingBounds(options.readerRating) } }
        : {}),
    },
    reviewRating: { '@type': 'Rating', ratingValue: Number(review.rating), ...ratingBounds(options.rating) },
    author: { '@type': 'Person', name: review.reviewer, ...(review.reviewerUrl ? { url: review.reviewerUrl } : {}) },
    datePublished: review.publishedAt,
    ...(review.locale ? { inLanguage: review.locale } : {}),
    ...(review.excerpt ? { reviewBody: review.excerpt } : {}),
  };
};
