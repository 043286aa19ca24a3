import type { Core } from '@strapi/strapi';
import { checkStarRating, starRatingOptions } from './star-rating/rules';
import { checkSpoilerWarning } from './spoiler-warning/rules';
import type { FieldIssue } from './field-issue';
import { PLUGIN_ID } from '../uids';

/** Each custom field: its storage type and the rule every write of it must pass. */
export const CUSTOM_FIELDS = {
  'star-rating': {
    type: 'float',
    check: (value: unknown, options: unknown): FieldIssue[] => checkStarRating(value, starRatingOptions(options)),
  },
  'spoiler-warning': {
    type: 'json',
    check: (value: unknown): FieldIssue[] => checkSpoilerWarning(value),
  },
} as const;

export type CustomFieldName = keyof typeof CUSTOM_FIELDS;

export const customFieldUid = (name: CustomFieldName) => `plugin::${PLUGIN_ID}.${name}`;

export const registerCustomFields = (strapi: Core.Strapi) => {
  for (const [name, { type }] of Object.entries(CUSTOM_FIELDS)) {
    strapi.customFields.register({ name, plugin: PLUGIN_ID, type });
  }
};
