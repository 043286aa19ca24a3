import type { Core } from '@strapi/strapi';

/** The columns every job table has (image jobs, the notification outbox). */
export interface Job {
  id: number;
  state: string;
  attempts: number;
  error: string | null;
  lockedBy: string | null;
}

export interface JobQueueOptions {
  uid: string;
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
  const jobs = () => strapi.db.query(options.uid as any);

  return {
    async claim(workerId: string): Promise<T | null> {
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

    /** Ends a job this worker holds; `data` may set the final state and the job's own columns. */
    async complete(job: T, workerId: string, data: Record<string, unknown> = {}) {
      await jobs().updateMany({
        where: { id: job.id, state: 'running', lockedBy: workerId },
        data: { state: 'done', error: null, lockedBy: null, lockedAt: null, ...data },
      });
    },

    async fail(job: T, workerId: string, error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= options.maxAttempts();
      await jobs().updateMany({
        where: { id: job.id, state: 'running', lockedBy: workerId },
        data: {
          state: giveUp ? 'failed' : 'queued',
          error: message.slice(0, 2000),
          lockedBy: null,
          lockedAt: null,
          runAfter: new Date(Date.now() + retryDelayMs(job.attempts, options.retryBaseMs())),
        },
      });
    },

    /** Takes back jobs whose instance stopped while running them. */
    async releaseStale() {
      const cutoff = new Date(Date.now() - options.leaseSeconds() * 1000);
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

    /** Counts per state in one grouped query. */
    async counts<S extends string>(states: readonly S[]): Promise<Record<S, number>> {
      const { tableName } = strapi.db.metadata.get(options.uid);
      const rows: Array<{ state: S; n: number | string }> = await strapi.db.connection(tableName).select('state').count({ n: '*' }).groupBy('state');
      const counts = Object.fromEntries(states.map((state) => [state, 0])) as Record<S, number>;
      for (const row of rows) counts[row.state] = Number(row.n);
      return counts;
    },
  };
};

export type JobQueue<T extends Job> = ReturnType<typeof jobQueue<T>>;
