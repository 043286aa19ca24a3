import type { Core } from '@strapi/strapi';
import { isUniqueViolation } from '../database-errors';
import { pluginConfig } from '../config/plugin-config';
import { IMAGE_JOB_UID } from '../uids';
import { FILE_UID } from './upload-file';
import type { ImageResult } from './variants';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

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

/** Retry delays grow 10 s, 20 s, 40 s… up to an hour. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** Math.max(attempts - 1, 0) * 10_000, 3_600_000);

/**
 * The image job queue lives in the database so it survives restarts and is shared by every
 * instance. A job is claimed with a conditional update (state and attempts unchanged), so two
 * instances racing for one job cannot both win.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => strapi.db.query(IMAGE_JOB_UID);
  const config = () => pluginConfig(strapi);

  return {
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

    async claim(workerId: string): Promise<ImageJob | null> {
      const now = new Date();
      const candidates: Array<{ id: number; attempts: number }> = await jobs().findMany({
        select: ['id', 'attempts'],
        where: { state: 'queued', runAfter: { $lte: now } },
        orderBy: { id: 'asc' },
        limit: 5,
      });
      for (const candidate of candidates) {
        const { count } = await jobs().updateMany({
          where: { id: candidate.id, state: 'queued', attempts: candidate.attempts },
          data: { state: 'running', attempts: candidate.attempts + 1, lockedBy: workerId, lockedAt: now },
        });
        if (count === 1) return jobs().findOne({ where: { id: candidate.id } });
      }
      return null;
    },

    async complete(job: ImageJob, workerId: string, result: ImageResult) {
      await jobs().updateMany({
        where: { id: job.id, state: 'running', lockedBy: workerId },
        data: { state: 'done', result, error: null, lockedBy: null, lockedAt: null },
      });
    },

    async fail(job: ImageJob, workerId: string, error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= config().images.maxAttempts;
      await jobs().updateMany({
        where: { id: job.id, state: 'running', lockedBy: workerId },
        data: {
          state: giveUp ? 'failed' : 'queued',
          error: message.slice(0, 2000),
          lockedBy: null,
          lockedAt: null,
          runAfter: new Date(Date.now() + retryDelayMs(job.attempts)),
        },
      });
    },

    /** Takes back jobs whose instance stopped while running them. */
    async releaseStale() {
      const cutoff = new Date(Date.now() - config().images.leaseSeconds * 1000);
      await jobs().updateMany({
        where: { state: 'running', lockedAt: { $lt: cutoff } },
        data: { state: 'queued', lockedBy: null, lockedAt: null, runAfter: new Date() },
      });
    },

    async retry(jobId: number): Promise<boolean> {
      const { count } = await jobs().updateMany({
        where: { id: jobId, state: 'failed' },
        data: { state: 'queued', attempts: 0, runAfter: new Date() },
      });
      return count === 1;
    },

    /** Forgets a file's job (its original was deleted) and returns what it had produced. */
    async remove(fileId: number): Promise<ImageResult | null> {
      const job = await jobs().findOne({ select: ['id', 'result'], where: { fileId } });
      if (!job) return null;
      await jobs().delete({ where: { id: job.id } });
      return typeof job.result === 'string' ? JSON.parse(job.result) : job.result;
    },

    /** Counts per state in one grouped query. */
    async counts(): Promise<Record<JobState, number>> {
      const { tableName } = strapi.db.metadata.get(IMAGE_JOB_UID);
      const rows: Array<{ state: JobState; n: number | string }> = await strapi.db
        .connection(tableName)
        .select('state')
        .count({ n: '*' })
        .groupBy('state');
      const counts: Record<JobState, number> = { queued: 0, running: 0, done: 0, failed: 0 };
      for (const row of rows) counts[row.state] = Number(row.n);
      return counts;
    },

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
