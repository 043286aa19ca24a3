import type { Core } from '@strapi/strapi';
import type { GalleryItem } from '../custom-fields/gallery/rules';
import { galleryFieldsByModel } from './gallery-fields';
import { FILE_UID, isProcessableImage } from './upload-file';
import { deleteVariants } from './variants';
import { galleryStore } from './gallery-store';
import { getService } from '../get-service';

/** Removes a deleted file from every gallery that holds it, in every content type and component. */
export const pruneGalleries = async (strapi: Core.Strapi, fileId: number) => {
  const galleries = galleryStore(strapi);
  for (const { uid, fields } of galleryFieldsByModel(strapi)) {
    for await (const rows of galleries.rowsWithGalleries(uid, fields)) {
      for (const row of rows) {
        const changes: Record<string, GalleryItem[]> = {};
        for (const [field, items] of Object.entries(row.galleries)) {
          if (Array.isArray(items) && items.some((item) => item?.file === fileId)) changes[field] = items.filter((item) => item?.file !== fileId);
        }
        if (Object.keys(changes).length > 0) await galleries.write(uid, row.id, changes);
      }
    }
  }
};

/**
 * Uploads queue their image job (processing happens later, in the worker); deleting a file
 * removes it from galleries and deletes its variants through the provider. Strapi itself
 * unlinks media fields such as `cover`.
 */
export const subscribeToFileLifecycle = (strapi: Core.Strapi) => {
  const jobs = () => getService(strapi, 'image-jobs');
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    async afterCreate(event: any) {
      const file = event.result;
      if (file && isProcessableImage(file.mime)) {
        await jobs().enqueue([file.id]);
        getService(strapi, 'image-worker').wake();
      }
    },
    async afterUpdate(event: any) {
      // A replaced file has a new hash: its old variants no longer match it.
      const file = event.result;
      if (!file || !event.params?.data?.hash || !isProcessableImage(file.mime)) return;
      const previous = await jobs().remove(file.id);
      if (previous) await deleteVariants(strapi, previous.variants);
      await jobs().enqueue([file.id]);
    },
    async afterDelete(event: any) {
      const fileId = event.result?.id;
      if (!fileId) return;
      await pruneGalleries(strapi, fileId);
      const previous = await jobs().remove(fileId);
      if (previous) await deleteVariants(strapi, previous.variants).catch((error) => {
        strapi.log.warn(`[film-reviews] could not delete the variants of file ${fileId}: ${error.message}`);
      });
    },
  });
};
