import type { Core } from '@strapi/strapi';
import { GALLERY_FIELD_UID } from '../custom-fields';

/** Every content type and component with gallery fields, and the names of those fields. */
export const galleryFieldsByModel = (strapi: Core.Strapi): Array<{ uid: string; fields: string[] }> =>
  [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)]
    .map((model: any) => ({
      uid: model.uid as string,
      fields: Object.entries(model.attributes as Record<string, { customField?: string }>)
        .filter(([, attribute]) => attribute.customField === GALLERY_FIELD_UID)
        .map(([name]) => name),
    }))
    .filter(({ fields }) => fields.length > 0);
