import { ratingStep, starRatingOptions, type StarRatingOptions } from '../../../shared/star-rating-scale';

export type RatingScale = StarRatingOptions & { step: number };

/** The field's options read as the server validates them. */
export const ratingScale = (options?: unknown): RatingScale => {
  const scale = starRatingOptions(options);
  return { ...scale, step: ratingStep(scale) };
};

/** The rating a key press leads to, or undefined when the key does nothing. */
export const nextRating = (current: number | null, key: string, { max, step }: RatingScale): number | null | undefined => {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(max, (current ?? 0) + step);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? null : Math.max(step, current - step);
    case 'Home':
      return step;
    case 'End':
      return max;
    case 'Delete':
    case 'Backspace':
      return null;
    default:
      return undefined;
  }
};
