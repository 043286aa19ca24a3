/** The star-rating field's rules: the server validates with them, the admin's input draws with them. */
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

/** The smallest difference between two ratings, and the lowest rating. */
export const ratingStep = ({ halfStars }: StarRatingOptions) => (halfStars ? 0.5 : 1);
