import type { ComponentType } from 'react';
import { Images } from '@strapi/icons';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { requiredFieldSection } from './advanced-options';

export const galleryField = {
  name: 'gallery',
  pluginId: PLUGIN_ID,
  type: 'json',
  // Typed as a plain component so the emitted declarations need not name the icon's props type.
  icon: Images as ComponentType,
  intlLabel: { id: getTranslation('gallery.label'), defaultMessage: 'Gallery' },
  intlDescription: {
    id: getTranslation('gallery.description'),
    defaultMessage: 'Ordered images from the media library, each with caption, alt text, credit and a spoiler flag',
  },
  components: {
    Input: async () => import('./GalleryInput').then((module) => ({ default: module.GalleryInput })),
  },
  options: {
    base: [
      {
        name: 'options.maxItems',
        type: 'number',
        defaultValue: 50,
        intlLabel: { id: getTranslation('gallery.options.maxItems'), defaultMessage: 'Maximum number of images' },
        description: { id: getTranslation('gallery.options.maxItems.description'), defaultMessage: 'Between 1 and 200 (default 50)' },
      },
    ],
    advanced: [requiredFieldSection],
  },
};
