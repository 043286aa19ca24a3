import { Images } from '@strapi/icons';
import { getTranslation } from '../utils/getTranslation';
import { customField } from './field-registration';

export const galleryField = customField({
  name: 'gallery',
  type: 'json',
  icon: Images,
  label: 'Gallery',
  description: 'Ordered images from the media library, each with caption, alt text, credit and a spoiler flag',
  loadInput: () => import('./GalleryInput').then((module) => ({ default: module.GalleryInput })),
  baseOptions: [
    {
      name: 'options.maxItems',
      type: 'number',
      defaultValue: 50,
      intlLabel: { id: getTranslation('gallery.options.maxItems'), defaultMessage: 'Maximum number of images' },
      description: { id: getTranslation('gallery.options.maxItems.description'), defaultMessage: 'Between 1 and 200 (default 50)' },
    },
  ],
});
