import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { IMAGE_JOB_UID, PLUGIN_ID } from '../uids';
import { readOriginal } from './original-file';
import { makeVariants } from './variants';
import { FILE_UID, UPLOAD_FILE_COLUMNS, type UploadFile } from './upload-file';
import type { ImageJob } from './image-jobs';

/**
 * Processes queued image jobs in the background of every instance (unless `images.worker` is
 * off). sharp does its work on libuv's thread pool, so requests keep being served meanwhile.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const config = () => pluginConfig(strapi);
  const jobs = () => strapi.plugin(PLUGIN_ID).service('image-jobs');
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;
  const inFlight = new Set<Promise<void>>();

  const runJob = async (job: ImageJob) => {
    try {
      const file: UploadFile | null = await strapi.db.query(FILE_UID).findOne({ select: UPLOAD_FILE_COLUMNS, where: { id: job.fileId } });
      if (!file) {
        await strapi.db.query(IMAGE_JOB_UID).delete({ where: { id: job.id } });
        return;
      }
      // Widths and formats are settings an editor may change; the encoder effort is config.
      const { imageWidths, imageFormats } = await strapi.plugin(PLUGIN_ID).service('settings').get();
      const result = await makeVariants(strapi, file, await readOriginal(strapi, file), {
        widths: imageWidths,
        formats: imageFormats,
        avifEffort: config().images.avifEffort,
      });
      await jobs().complete(job, workerId, result);
    } catch (error) {
      strapi.log.warn(`[film-reviews] image job ${job.id} (file ${job.fileId}) failed: ${(error as Error).message}`);
      await jobs().fail(job, workerId, error);
    }
  };

  /** Claims jobs up to the concurrency limit; returns when none is left to claim. */
  const fill = async () => {
    if (running) return;
    running = true;
    try {
      await jobs().releaseStale();
      while (!stopped && inFlight.size < config().images.concurrency) {
        const job = await jobs().claim(workerId);
        if (!job) break;
        const task = runJob(job).finally(() => {
          inFlight.delete(task);
          schedule(0);
        });
        inFlight.add(task);
      }
    } catch (error) {
      strapi.log.error(`[film-reviews] image worker: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await fill();
      schedule(config().images.pollIntervalMs);
    }, delay);
  };

  return {
    workerId,
    start() {
      if (!config().images.worker || !stopped) return;
      stopped = false;
      schedule(0);
    },
    /** Look for work now rather than at the next poll. */
    wake() {
      schedule(0);
    },
    /** Stops claiming and waits for the jobs in flight. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
};
