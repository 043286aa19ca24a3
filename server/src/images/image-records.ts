import type { Core } from '@strapi/strapi';
import { IMAGE_JOB_UID } from '../uids';
import { FILE_UID, UPLOAD_FILE_COLUMNS, type UploadFile } from './upload-file';
import type { ImageResult } from './variants';

export interface ImageRecord {
  file: UploadFile;
  /** Set once the image's job is done. */
  result: ImageResult | null;
}

/** Files and their job results for any number of ids: always exactly two queries. */
export const loadImageRecords = async (strapi: Core.Strapi, fileIds: number[]): Promise<Map<number, ImageRecord>> => {
  const ids = [...new Set(fileIds)].filter((id) => Number.isInteger(id));
  if (ids.length === 0) return new Map();
  const [files, jobs] = await Promise.all([
    strapi.db.query(FILE_UID).findMany({ select: UPLOAD_FILE_COLUMNS, where: { id: { $in: ids } } }) as Promise<UploadFile[]>,
    strapi.db.query(IMAGE_JOB_UID).findMany({
      select: ['fileId', 'result'],
      where: { fileId: { $in: ids }, state: 'done' },
    }) as Promise<Array<{ fileId: number; result: ImageResult | string | null }>>,
  ]);
  const results = new Map(
    jobs.map((job) => [job.fileId, typeof job.result === 'string' ? (JSON.parse(job.result) as ImageResult) : job.result])
  );
  return new Map(files.map((file) => [file.id, { file, result: results.get(file.id) ?? null }]));
};
