import type { FieldIssue } from '../field-issue';

export const STAR_RATING_MAX_RANGE = { min: 3, max: 10 } as const;
export const STAR_RATING_DEFAULTS = { max: 5, halfStars: true } as const;

export interface StarRatingOptions {
  max: number;
  halfStars: boolean;
}

/** Options as stored in a schema (the Content-Type Builder may store `max` as a string). */
export const starRatingOptions = (raw: unknown): StarRatingOptions => {
  const options = (raw ?? {}) as { max?: unknown; halfStars?: unknown };
  const max = Number(options.max ?? STAR_RATING_DEFAULTS.max);
  return {
    max:
      Number.isInteger(max) && max >= STAR_RATING_MAX_RANGE.min && max <= STAR_RATING_MAX_RANGE.max
        ? max
        : STAR_RATING_DEFAULTS.max,
    halfStars:
      options.halfStars === undefined ? STAR_RATING_DEFAULTS.halfStars : options.halfStars !== false && options.halfStars !== 'false',
  };
};

export const ratingStep = ({ halfStars }: StarRatingOptions) => (halfStars ? 0.5 : 1);

/** Empty values pass: whether a rating is required is the schema's `required`, checked on publish. */
export const checkStarRating = (value: unknown, options: StarRatingOptions): FieldIssue[] => {
  if (value === null || value === undefined) return [];
  const numeric = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof numeric !== 'number' || !Number.isFinite(numeric)) {
    return [{ path: [], message: 'must be a number' }];
  }
  const step = ratingStep(options);
  if (numeric < step || numeric > options.max) {
    return [{ path: [], message: `must be between ${step} and ${options.max}` }];
  }
  if (!Number.isInteger(numeric / step)) {
    return [
      {
        path: [],
        message: options.halfStars ? 'must be a whole or half star (a multiple of 0.5)' : 'must be a whole number of stars',
      },
    ];
  }
  return [];
};
