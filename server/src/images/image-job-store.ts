import type { Core } from '@strapi/strapi';
import { decodeJson, unlessDuplicate } from '../database';
import { IMAGE_JOB_UID } from '../uids';
import type { ImageResult } from './variants';

/** The image jobs, one per file; their lease columns are the job queue's (jobs/job-store.ts). */
export const imageJobStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(IMAGE_JOB_UID);
  return {
    async filesWithJobs(fileIds: number[]): Promise<Set<number>> {
      return new Set((await rows().findMany({ select: ['fileId'], where: { fileId: { $in: fileIds } } })).map((job: { fileId: number }) => job.fileId));
    },

    /** A queued job for the file; false when the file has one already. */
    async add(fileId: number): Promise<boolean> {
      return (await unlessDuplicate(() => rows().create({ data: { fileId, state: 'queued', attempts: 0, runAfter: new Date() } }))) !== null;
    },

    /** Deletes the file's job; answers what it had produced, if anything. */
    async removeFor(fileId: number): Promise<ImageResult | null> {
      const job = await rows().findOne({ select: ['id', 'result'], where: { fileId } });
      if (!job) return null;
      await rows().delete({ where: { id: job.id } });
      return decodeJson<ImageResult>(job.result);
    },

    async delete(id: number) {
      await rows().delete({ where: { id } });
    },

    /** What the done jobs of these files produced. */
    async results(fileIds: number[]): Promise<Map<number, ImageResult | null>> {
      const done: Array<{ fileId: number; result: unknown }> = await rows().findMany({ select: ['fileId', 'result'], where: { fileId: { $in: fileIds }, state: 'done' } });
      return new Map(done.map((job) => [job.fileId, decodeJson<ImageResult>(job.result)]));
    },

    failed: (limit: number): Promise<Array<{ id: number; fileId: number; attempts: number; error: string | null; updatedAt: string }>> =>
      rows().findMany({ select: ['id', 'fileId', 'attempts', 'error', 'updatedAt'], where: { state: 'failed' }, orderBy: { updatedAt: 'desc' }, limit }),
  };
};
