import { EyeStriked } from '@strapi/icons';
import { customField } from './field-registration';

export const spoilerWarningField = customField({
  name: 'spoiler-warning',
  type: 'json',
  icon: EyeStriked,
  label: 'Spoiler warning',
  description: 'How much a text gives away, with a note for readers',
  loadInput: () => import('./SpoilerWarningInput').then((module) => ({ default: module.SpoilerWarningInput })),
});
