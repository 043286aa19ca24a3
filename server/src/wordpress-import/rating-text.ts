import { ratingStep, type StarRatingOptions } from '../custom-fields/star-rating/rules';

export type RatingReading = { value: number; note?: string } | { problem: string };

const FULL = /[★⭐]/gu;
const EMPTY = /[☆]/gu;
const HALF = /½|⯪|⯨/u;
const STARS_ONLY = /^[★⭐☆½⯪⯨\s]+$/u;
const FRACTION = /^(\d+(?:[.,]\d+)?)\s*(?:\/|out of|of)\s*(\d+)$/i;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

const number = (text: string) => Number(text.replace(',', '.'));

/** Rounds onto the field's step; says so when the blog's value was not on it. */
const onScale = (value: number, scale: StarRatingOptions, source: string): RatingReading => {
  const step = ratingStep(scale);
  const rounded = Math.round(value / step) * step;
  if (rounded < step) return { problem: `rating "${source}" is below the lowest rating (${step})` };
  if (rounded > scale.max) return { problem: `rating "${source}" is above the highest rating (${scale.max})` };
  return Math.abs(rounded - value) < 1e-9 ? { value: rounded } : { value: rounded, note: `rating "${source}" rounded to ${rounded} of ${scale.max}` };
};

/**
 * A rating as film blogs write one: `★★★★☆` (out of the stars shown), `★★★½` (out of the
 * field's max), `4/5`, `8/10`, `4 out of 5` (scaled to the field's max), or a bare number on
 * the field's own scale. Anything else is a problem to report, never a guess.
 */
export const readRating = (raw: string, scale: StarRatingOptions): RatingReading => {
  const source = raw.trim();
  const text = source.replace(/\s+/g, ' ');
  if (STARS_ONLY.test(text)) {
    const full = text.match(FULL)?.length ?? 0;
    const half = HALF.test(text) ? 0.5 : 0;
    const empty = text.match(EMPTY)?.length ?? 0;
    const shown = full + Math.ceil(half) + empty;
    const outOf = empty > 0 ? shown : scale.max;
    return onScale(((full + half) / outOf) * scale.max, scale, source);
  }
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [value, outOf] = [number(fraction[1]), number(fraction[2])];
    if (outOf <= 0) return { problem: `rating "${source}" is out of ${outOf}` };
    return onScale((value / outOf) * scale.max, scale, source);
  }
  if (NUMBER.test(text)) return onScale(number(text), scale, source);
  return { problem: `rating "${source}" is not a rating this import understands` };
};

/** A paragraph that is only a rating: `Rating: ★★★★☆`, `My rating – 8/10`, `★★★½`. */
const RATING_LINE = /^(?:(?:my\s+|our\s+|film\s+|movie\s+)?(?:rating|score|verdict)\s*[:\-–—]\s*)(.+)$/iu;

export const ratingLine = (paragraph: string): string | undefined => {
  const text = paragraph.trim().replace(/\s+/g, ' ');
  const value = RATING_LINE.exec(text)?.[1].replace(/\s*stars?\.?$/i, '').trim() ?? text;
  // "Verdict: a masterpiece" is prose: only a value in a rating's shape makes the line a rating.
  const starred = STARS_ONLY.test(value) && (value.match(FULL)?.length ?? 0) > 0;
  const labelled = value !== text;
  return starred || FRACTION.test(value) || (labelled && NUMBER.test(value)) ? value : undefined;
};

/** Post meta keys rating plugins and themes store a review's score under. */
export const RATING_META_KEYS = ['rating', '_rating', 'review_rating', '_review_rating', 'film_rating', 'movie_rating', 'star_rating', 'stars'];
