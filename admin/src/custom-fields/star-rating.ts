import type { ComponentType } from 'react';
import { Star } from '@strapi/icons';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { STAR_RATING_DEFAULTS, STAR_RATING_MAX_RANGE } from '../../../shared/star-rating-scale';
import { requiredFieldSection } from './advanced-options';

const { min, max: highest } = STAR_RATING_MAX_RANGE;
const maxChoices = Array.from({ length: highest - min + 1 }, (_, i) => min + i);

export const starRatingField = {
  name: 'star-rating',
  pluginId: PLUGIN_ID,
  type: 'float',
  // Typed as a plain component so the emitted declarations need not name the icon's props type.
  icon: Star as ComponentType,
  intlLabel: { id: getTranslation('star-rating.label'), defaultMessage: 'Star rating' },
  intlDescription: {
    id: getTranslation('star-rating.description'),
    defaultMessage: `A rating out of ${min} to ${highest} stars, half stars allowed`,
  },
  components: {
    Input: async () => import('./StarRatingInput').then((module) => ({ default: module.StarRatingInput })),
  },
  options: {
    base: [
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
    advanced: [requiredFieldSection],
  },
};
