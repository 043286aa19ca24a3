import type { Core } from '@strapi/strapi';
import type { UploadFile } from './upload-file';
import type { ImageResult } from './variants';
import { imageJobStore } from './image-job-store';
import { uploadFileStore } from './upload-file-store';

export interface ImageRecord {
  file: UploadFile;
  /** Set once the image's job is done. */
  result: ImageResult | null;
}

/** Files and their job results for any number of ids: always exactly two queries. */
export const loadImageRecords = async (strapi: Core.Strapi, fileIds: number[]): Promise<Map<number, ImageRecord>> => {
  const ids = [...new Set(fileIds)].filter((id) => Number.isInteger(id));
  if (ids.length === 0) return new Map();
  const [files, results] = await Promise.all([uploadFileStore(strapi).byIds(ids), imageJobStore(strapi).results(ids)]);
  return new Map(files.map((file) => [file.id, { file, result: results.get(file.id) ?? null }]));
};
