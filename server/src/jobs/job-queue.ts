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
 * (states queued → running → done | failed). Jobs are claimed with a conditional update (state
 * still queued), so two instances racing for one job cannot both win; the claim is a
 * lease, taken back when its instance stopped mid-job.
 */
export const jobQueue = <T extends Job>(strapi: Core.Strapi, options: JobQueueOptions) => {
  const jobs = jobStore(strapi, options.uid);

  return {
    /** Up to `limit` due jobs (of those `where` selects) for this worker, oldest first. */
    async claimBatch(workerId: string, { limit, where }: { limit: number; where?: Record<string, unknown> }): Promise<T[]> {
      const now = new Date();
      const due = await jobs.due(now, limit, where);
      return due.length > 0 ? jobs.claim(due.map((job) => job.id), workerId, now) : [];
    },

    async claim(workerId: string): Promise<T | null> {
      return (await this.claimBatch(workerId, { limit: 1 }))[0] ?? null;
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

    /** Hands back claimed jobs this worker will not start (it is stopping): due at once, their attempt not counted. */
    async handBack(claimed: T[], workerId: string) {
      await jobs.unclaim(claimed.map((job) => job.id), workerId);
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
