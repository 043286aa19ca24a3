import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { IMAGE_JOB_UID } from '../uids';
import type { ImageResult } from './variants';
import { jobQueue } from '../jobs/job-queue';
import { imageJobStore } from './image-job-store';
import { uploadFileStore } from './upload-file-store';

const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface ImageJob {
  id: number;
  fileId: number;
  state: JobState;
  attempts: number;
  error: string | null;
  lockedBy: string | null;
  result: ImageResult | null;
}

const BACKFILL_PAGE = 500;

/**
 * The image job queue (jobs/job-queue: in the database, shared by every instance, claimed by
 * lease), plus what is particular to images: one job per file, backfill, the failed list.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = imageJobStore(strapi);
  const files = uploadFileStore(strapi);
  const config = () => pluginConfig(strapi);
  const queue = jobQueue<ImageJob>(strapi, {
    uid: IMAGE_JOB_UID,
    maxAttempts: () => config().images.maxAttempts,
    leaseSeconds: () => config().images.leaseSeconds,
    retryBaseMs: () => 10_000,
  });

  return {
    ...queue,

    /** Queues a job for each file that has none yet; returns how many were queued. */
    async enqueue(fileIds: number[]): Promise<number> {
      const ids = [...new Set(fileIds)];
      if (ids.length === 0) return 0;
      const known = await jobs.filesWithJobs(ids);
      let queued = 0;
      for (const fileId of ids.filter((id) => !known.has(id))) {
        if (await jobs.add(fileId)) queued += 1;
      }
      return queued;
    },

    /** Queues every processable image of the media library that has no job yet. */
    async backfill(): Promise<number> {
      let queued = 0;
      for (let offset = 0; ; offset += BACKFILL_PAGE) {
        const ids = await files.rasterImageIds(offset, BACKFILL_PAGE);
        queued += await this.enqueue(ids);
        if (ids.length < BACKFILL_PAGE) return queued;
      }
    },

    /** Forgets a file's job (its original was deleted) and returns what it had produced. */
    remove: (fileId: number): Promise<ImageResult | null> => jobs.removeFor(fileId),

    counts: () => queue.counts(JOB_STATES),

    async failedJobs(limit = 50) {
      const failed = await jobs.failed(limit);
      const names = new Map((await files.names(failed.map((job) => job.fileId))).map((file) => [file.id, file.name]));
      return failed.map((job) => ({ ...job, fileName: names.get(job.fileId) ?? null }));
    },
  };
};
