import type { Core } from '@strapi/strapi';
import { checkStarRating, starRatingOptions } from './star-rating/rules';
import { checkSpoilerWarning } from './spoiler-warning/rules';
import { checkGallery, fileIdsOf, galleryOptions } from './gallery/rules';
import type { FieldIssue } from './field-issue';
import { PLUGIN_ID } from '../uids';

export interface CustomFieldRules {
  type: 'float' | 'json';
  check(value: unknown, options: unknown): FieldIssue[];
  /** Upload files a valid value refers to; the write is refused unless each exists and is an image. */
  files?(value: unknown): Array<{ path: string[]; id: number }>;
}

/** Each custom field: its storage type and the rules every write of it must pass. */
export const CUSTOM_FIELDS: Record<'star-rating' | 'spoiler-warning' | 'gallery', CustomFieldRules> = {
  'star-rating': {
    type: 'float',
    check: (value, options) => checkStarRating(value, starRatingOptions(options)),
  },
  'spoiler-warning': {
    type: 'json',
    check: (value) => checkSpoilerWarning(value),
  },
  gallery: {
    type: 'json',
    check: (value, options) => checkGallery(value, galleryOptions(options)),
    files: fileIdsOf,
  },
};

export type CustomFieldName = keyof typeof CUSTOM_FIELDS;

export const customFieldUid = (name: CustomFieldName) => `plugin::${PLUGIN_ID}.${name}`;

export const GALLERY_FIELD_UID = customFieldUid('gallery');

export const registerCustomFields = (strapi: Core.Strapi) => {
  for (const [name, { type }] of Object.entries(CUSTOM_FIELDS)) {
    strapi.customFields.register({ name, plugin: PLUGIN_ID, type });
  }
};
