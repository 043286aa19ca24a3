import type { Core, UID } from '@strapi/strapi';
import { jobStore } from './job-store';

/** The columns every job table has (image jobs, the notification outbox). */
export interface Job {
  id: number;
  state: string;
  attempts: number;
  error: string | null;
  lockedBy: string | null;
}

export interface JobQueueOptions {
  uid: UID.Schema;
  /** A job failing this often stays failed until retried by hand. */
  maxAttempts(): number;
  /** A running job whose instance stopped is taken back after this long. */
  leaseSeconds(): number;
  /** Delay before the first retry; each further one doubles it, up to an hour. */
  retryBaseMs(): number;
}

/** Retry delays grow base, 2×base, 4×base… up to an hour. */
export const retryDelayMs = (attempts: number, baseMs = 10_000) => Math.min(2 ** Math.max(attempts - 1, 0) * baseMs, 3_600_000);

/**
 * A job queue in a database table, so it survives restarts and is shared by every instance
 * (states queued → running → done | failed). A job is claimed with a conditional update (state
 * and attempts unchanged), so two instances racing for one job cannot both win; the claim is a
 * lease, taken back when its instance stopped mid-job.
 */
export const jobQueue = <T extends Job>(strapi: Core.Strapi, options: JobQueueOptions) => {
  const jobs = jobStore(strapi, options.uid);

  return {
    async claim(workerId: string): Promise<T | null> {
      const now = new Date();
      for (const candidate of await jobs.due(now, 5)) {
        if (await jobs.claim(candidate, workerId, now)) return jobs.find(candidate.id);
      }
      return null;
    },

    /** Ends a job this worker holds; `data` may set the final state and the job's own columns. */
    async complete(job: T, workerId: string, data: Record<string, unknown> = {}) {
      await jobs.release(job.id, workerId, { state: 'done', error: null, ...data });
    },

    async fail(job: T, workerId: string, error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= options.maxAttempts();
      await jobs.release(job.id, workerId, {
        state: giveUp ? 'failed' : 'queued',
        error: message.slice(0, 2000),
        runAfter: new Date(Date.now() + retryDelayMs(job.attempts, options.retryBaseMs())),
      });
    },

    /** Takes back jobs whose instance stopped while running them. */
    async releaseStale() {
      await jobs.releaseLeasedBefore(new Date(Date.now() - options.leaseSeconds() * 1000));
    },

    retry: (jobId: number): Promise<boolean> => jobs.requeueFailed(jobId),

    /** Counts per state in one grouped query. */
    async counts<S extends string>(states: readonly S[]): Promise<Record<S, number>> {
      const counts = Object.fromEntries(states.map((state) => [state, 0])) as Record<S, number>;
      for (const row of await jobs.countByState()) counts[row.state as S] = Number(row.n);
      return counts;
    },
  };
};

export type JobQueue<T extends Job> = ReturnType<typeof jobQueue<T>>;
