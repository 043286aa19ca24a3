import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { jobWorker } from '../jobs/job-worker';
import type { JobQueue } from '../jobs/job-queue';
import { readOriginal } from './original-file';
import { makeVariants } from './variants';
import type { ImageJob } from './image-jobs';
import { imageJobStore } from './image-job-store';
import { uploadFileStore } from './upload-file-store';
import { getService } from '../get-service';

/**
 * Processes queued image jobs in the background of every instance (unless `images.worker` is
 * off). sharp does its work on libuv's thread pool, so requests keep being served meanwhile.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi);
  const jobs = () => getService(strapi, 'image-jobs');
  const files = uploadFileStore(strapi);
  const jobRows = imageJobStore(strapi);

  return jobWorker<ImageJob>(strapi, {
    name: 'image',
    queue: () => jobs() as JobQueue<ImageJob>,
    enabled: () => config().images.worker,
    concurrency: () => config().images.concurrency,
    pollIntervalMs: () => config().images.pollIntervalMs,
    async run(job, workerId) {
      const file = await files.find(job.fileId);
      // The file was deleted since: nothing to process.
      if (!file) return jobRows.delete(job.id);
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
