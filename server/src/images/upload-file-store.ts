import type { Core } from '@strapi/strapi';
import { FILE_UID, UPLOAD_FILE_COLUMNS, type UploadFile } from './upload-file';

/** The media library's files (the upload plugin's table), as the plugin reads them; it never writes them here. */
export const uploadFileStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(FILE_UID);
  const byIds = <T>(ids: number[], select: string[]): Promise<T[]> => rows().findMany({ select, where: { id: { $in: ids } } });
  return {
    byIds: (ids: number[]) => byIds<UploadFile>(ids, UPLOAD_FILE_COLUMNS),
    find: (id: number): Promise<UploadFile | null> => rows().findOne({ select: UPLOAD_FILE_COLUMNS, where: { id } }),
    names: (ids: number[]) => byIds<{ id: number; name: string }>(ids, ['id', 'name']),
    mimes: (ids: number[]) => byIds<{ id: number; mime: string | null }>(ids, ['id', 'mime']),
    urls: (ids: number[]) => byIds<{ id: number; url: string }>(ids, ['id', 'url']),

    /** A page of the ids of raster images (the ones with variants), in id order. */
    async rasterImageIds(offset: number, limit: number): Promise<number[]> {
      const files: Array<{ id: number }> = await rows().findMany({ select: ['id'], where: { mime: { $startsWith: 'image/', $ne: 'image/svg+xml' } }, orderBy: { id: 'asc' }, offset, limit });
      return files.map((file) => file.id);
    },
  };
};
