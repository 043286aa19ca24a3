import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { jobWorker } from '../jobs/job-worker';
import type { JobQueue } from '../jobs/job-queue';
import { IMAGE_JOB_UID } from '../uids';
import { readOriginal } from './original-file';
import { makeVariants } from './variants';
import { FILE_UID, UPLOAD_FILE_COLUMNS, type UploadFile } from './upload-file';
import type { ImageJob } from './image-jobs';
import { getService } from '../get-service';

/**
 * Processes queued image jobs in the background of every instance (unless `images.worker` is
 * off). sharp does its work on libuv's thread pool, so requests keep being served meanwhile.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi);
  const jobs = () => getService(strapi, 'image-jobs');

  return jobWorker<ImageJob>(strapi, {
    name: 'image',
    queue: () => jobs() as JobQueue<ImageJob>,
    enabled: () => config().images.worker,
    concurrency: () => config().images.concurrency,
    pollIntervalMs: () => config().images.pollIntervalMs,
    async run(job, workerId) {
      const file: UploadFile | null = await strapi.db.query(FILE_UID).findOne({ select: UPLOAD_FILE_COLUMNS, where: { id: job.fileId } });
      if (!file) {
        await strapi.db.query(IMAGE_JOB_UID).delete({ where: { id: job.id } });
        return;
      }
      // Widths and formats are settings an editor may change; the encoder effort is config.
      const { imageWidths, imageFormats } = await getService(strapi, 'settings').get();
      const result = await makeVariants(strapi, file, await readOriginal(strapi, file), {
        widths: imageWidths,
        formats: imageFormats,
        avifEffort: config().images.avifEffort,
      });
      await jobs().complete(job, workerId, { result });
    },
  });
};
