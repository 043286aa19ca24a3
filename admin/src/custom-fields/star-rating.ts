import { Star } from '@strapi/icons';
import { getTranslation } from '../utils/getTranslation';
import { STAR_RATING_DEFAULTS, STAR_RATING_MAX_RANGE } from '../../../shared/star-rating-scale';
import { customField } from './field-registration';

const { min, max: highest } = STAR_RATING_MAX_RANGE;
const maxChoices = Array.from({ length: highest - min + 1 }, (_, i) => min + i);

export const starRatingField = customField({
  name: 'star-rating',
  type: 'float',
  icon: Star,
  label: 'Star rating',
  description: `A rating out of ${min} to ${highest} stars, half stars allowed`,
  loadInput: () => import('./StarRatingInput').then((module) => ({ default: module.StarRatingInput })),
  baseOptions: [
    {
      name: 'options.max',
      type: 'select',
      defaultValue: String(STAR_RATING_DEFAULTS.max),
      intlLabel: { id: getTranslation('star-rating.options.max'), defaultMessage: 'Number of stars' },
      description: { id: getTranslation('star-rating.options.max.description'), defaultMessage: 'The best possible rating' },
      options: maxChoices.map((max) => ({
        key: String(max),
        value: String(max),
        metadatas: {
          intlLabel: { id: getTranslation(`star-rating.options.max.${max}`), defaultMessage: `${max} stars` },
        },
      })),
    },
    {
      name: 'options.halfStars',
      type: 'checkbox',
      defaultValue: STAR_RATING_DEFAULTS.halfStars,
      intlLabel: { id: getTranslation('star-rating.options.halfStars'), defaultMessage: 'Allow half stars' },
      description: {
        id: getTranslation('star-rating.options.halfStars.description'),
        defaultMessage: 'Ratings may end in .5 (the lowest rating is then half a star)',
      },
    },
  ],
});
