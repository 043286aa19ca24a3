import type { Core, Modules, UID } from '@strapi/strapi';
import { GALLERY_FIELD_UID } from '../custom-fields';
import type { GalleryItem } from '../custom-fields/gallery/rules';
import { loadImageRecords } from './image-records';
import { toImageObject } from './image-object';
import { PLUGIN_ID } from '../uids';

const READ_ACTIONS = new Set(['findOne', 'findFirst', 'findMany', 'create', 'update', 'publish', 'clone']);

type Holder = { target: Record<string, unknown>; field: string; items: GalleryItem[] };

/** Finds gallery values in documents (and the components they carry) of any content type. */
const collect = (strapi: Core.Strapi, uid: UID.Schema, value: unknown, holders: Holder[]) => {
  if (Array.isArray(value)) {
    value.forEach((entry) => collect(strapi, uid, entry, holders));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const model = strapi.getModel(uid);
  if (!model) return;
  const record = value as Record<string, unknown>;
  for (const [name, attribute] of Object.entries(model.attributes as Record<string, any>)) {
    const field = record[name];
    if (field === undefined || field === null) continue;
    if (attribute.customField === GALLERY_FIELD_UID && Array.isArray(field)) {
      holders.push({ target: record, field: name, items: field as GalleryItem[] });
    } else if (attribute.type === 'component') {
      collect(strapi, attribute.component, field, holders);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(field)) {
      field.forEach((item: any) => item?.__component && collect(strapi, item.__component, item, holders));
    }
  }
};

/** Replaces every gallery's stored references with image objects; two queries for any number. */
export const hydrateGalleries = async (strapi: Core.Strapi, uid: UID.Schema, documents: unknown) => {
  const holders: Holder[] = [];
  collect(strapi, uid, documents, holders);
  if (holders.length === 0) return;
  const records = await loadImageRecords(
    strapi,
    holders.flatMap((holder) => holder.items.map((item) => item.file))
  );
  for (const { target, field, items } of holders) {
    target[field] = items.flatMap((item) => {
      const record = records.get(item.file);
      return record ? [toImageObject(record, item)] : [];
    });
  }
};

/** Standard content API routes; the plugin's own routes build their image objects themselves. */
const isOtherContentApiRequest = (strapi: Core.Strapi) => {
  const info = (strapi.requestContext.get() as any)?.state?.route?.info;
  return info?.type === 'content-api' && info?.pluginName !== PLUGIN_ID;
};

/**
 * The standard REST output of any content type with a gallery field carries image objects,
 * not file ids. Admin requests keep the stored references the editor works on.
 */
export const galleryOutput =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const result = await next();
    if (READ_ACTIONS.has(context.action) && isOtherContentApiRequest(strapi)) {
      // publish and friends answer { documentId, entries }; find* answer documents.
      const documents = result && !Array.isArray(result) && typeof result === 'object' && 'entries' in result ? (result as any).entries : result;
      await hydrateGalleries(strapi, context.uid, documents);
    }
    return result;
  };
