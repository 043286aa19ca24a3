export interface RatingScale {
  max: number;
  halfStars: boolean;
  step: number;
}

/** The field's options as the Content-Type Builder stores them (`max` may be a string). */
export const ratingScale = (options?: { max?: unknown; halfStars?: unknown }): RatingScale => {
  const max = Number(options?.max ?? 5);
  const halfStars = options?.halfStars !== false && options?.halfStars !== 'false';
  return { max: Number.isInteger(max) && max >= 3 && max <= 10 ? max : 5, halfStars, step: halfStars ? 0.5 : 1 };
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
