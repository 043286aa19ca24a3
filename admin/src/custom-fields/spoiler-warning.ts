import type { ComponentType } from 'react';
import { EyeStriked } from '@strapi/icons';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { requiredFieldSection } from './advanced-options';

export const spoilerWarningField = {
  name: 'spoiler-warning',
  pluginId: PLUGIN_ID,
  type: 'json',
  // Typed as a plain component so the emitted declarations need not name the icon's props type.
  icon: EyeStriked as ComponentType,
  intlLabel: { id: getTranslation('spoiler-warning.label'), defaultMessage: 'Spoiler warning' },
  intlDescription: {
    id: getTranslation('spoiler-warning.description'),
    defaultMessage: 'How much a text gives away, with a note for readers',
  },
  components: {
    Input: async () =>
      import('./SpoilerWarningInput').then((module) => ({ default: module.SpoilerWarningInput })),
  },
  options: {
    advanced: [requiredFieldSection],
  },
};
