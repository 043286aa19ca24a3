import type { Core, UID } from '@strapi/strapi';
import { ratingStep, starRatingOptions, type StarRatingOptions } from '../../../../shared/star-rating-scale';
import type { FieldIssue } from '../field-issue';

// The scale is shared with the admin's star input; server code reads it from here.
export { ratingStep, starRatingOptions, type StarRatingOptions } from '../../../../shared/star-rating-scale';

/** The scale a content type's `rating` star-rating attribute declares (its custom field options, defaults filled in). */
export const ratingScaleOf = (strapi: Core.Strapi, uid: UID.ContentType): StarRatingOptions =>
  starRatingOptions((strapi.getModel(uid).attributes as any).rating.options);

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
