import type { Core } from '@strapi/strapi';
import { isUniqueViolation } from '../database-errors';
import { pluginConfig } from '../config/plugin-config';
import { IMAGE_JOB_UID } from '../uids';
import { FILE_UID } from './upload-file';
import type { ImageResult } from './variants';
import { jobQueue } from '../jobs/job-queue';

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
  const jobs = () => strapi.db.query(IMAGE_JOB_UID);
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
      const existing: Array<{ fileId: number }> = await jobs().findMany({ select: ['fileId'], where: { fileId: { $in: ids } } });
      const known = new Set(existing.map((job) => job.fileId));
      const missing = ids.filter((id) => !known.has(id));
      let queued = 0;
      for (const fileId of missing) {
        try {
          await jobs().create({ data: { fileId, state: 'queued', attempts: 0, runAfter: new Date() } });
          queued += 1;
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return queued;
    },

    /** Queues every processable image of the media library that has no job yet. */
    async backfill(): Promise<number> {
      let queued = 0;
      for (let offset = 0; ; offset += BACKFILL_PAGE) {
        const files: Array<{ id: number }> = await strapi.db.query(FILE_UID).findMany({
          select: ['id'],
          where: { mime: { $startsWith: 'image/', $ne: 'image/svg+xml' } },
          orderBy: { id: 'asc' },
          offset,
          limit: BACKFILL_PAGE,
        });
        queued += await this.enqueue(files.map((file) => file.id));
        if (files.length < BACKFILL_PAGE) return queued;
      }
    },

    /** Forgets a file's job (its original was deleted) and returns what it had produced. */
    async remove(fileId: number): Promise<ImageResult | null> {
      const job = await jobs().findOne({ select: ['id', 'result'], where: { fileId } });
      if (!job) return null;
      await jobs().delete({ where: { id: job.id } });
      return typeof job.result === 'string' ? JSON.parse(job.result) : job.result;
    },

    counts: () => queue.counts(JOB_STATES),

    async failedJobs(limit = 50) {
      const failed: Array<{ id: number; fileId: number; attempts: number; error: string | null; updatedAt: string }> =
        await jobs().findMany({
          select: ['id', 'fileId', 'attempts', 'error', 'updatedAt'],
          where: { state: 'failed' },
          orderBy: { updatedAt: 'desc' },
          limit,
        });
      const files: Array<{ id: number; name: string }> = await strapi.db
        .query(FILE_UID)
        .findMany({ select: ['id', 'name'], where: { id: { $in: failed.map((job) => job.fileId) } } });
      const names = new Map(files.map((file) => [file.id, file.name]));
      return failed.map((job) => ({ ...job, fileName: names.get(job.fileId) ?? null }));
    },
  };
};
