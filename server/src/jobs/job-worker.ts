import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Job, JobQueue } from './job-queue';

export interface JobWorkerOptions<T extends Job> {
  /** For log lines: "image", "notification". */
  name: string;
  queue(): JobQueue<T>;
  /** The next jobs to run one after the other, taken for this worker; one due job unless given. */
  claim?(workerId: string): Promise<T[]>;
  /** Does the job's work (`batch`: the jobs claimed with it); throwing fails the attempt (retried later with backoff). */
  run(job: T, workerId: string, batch: T[]): Promise<void>;
  enabled(): boolean;
  concurrency(): number;
  pollIntervalMs(): number;
}

/**
 * Runs the jobs of a queue in the background of this instance: polls while idle, runs up to
 * `concurrency` claims at once (each a job, or a batch run in turn). On stop it finishes the jobs
 * it is running and hands back the rest of its claims, so a clean shutdown leaves none "running".
 */
export const jobWorker = <T extends Job>(strapi: Core.Strapi, options: JobWorkerOptions<T>) => {
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;
  const inFlight = new Set<Promise<void>>();

  const claim = (): Promise<T[]> => (options.claim ? options.claim(workerId) : options.queue().claimBatch(workerId, { limit: 1 }));

  const runJob = async (job: T, batch: T[]) => {
    try {
      await options.run(job, workerId, batch);
    } catch (error) {
      strapi.log.warn(`[film-reviews] ${options.name} job ${job.id} failed (attempt ${job.attempts}): ${(error as Error).message}`);
      await options.queue().fail(job, workerId, error);
    }
  };

  /** In turn; once stopping, the jobs not started go back to the queue for another instance, with no lease to wait out. */
  const runBatch = async (batch: T[]) => {
    for (const [index, job] of batch.entries()) {
      if (stopped) return options.queue().handBack(batch.slice(index), workerId);
      await runJob(job, batch);
    }
  };

  /** Claims jobs up to the concurrency limit; returns when none is left to claim. */
  const fill = async () => {
    if (running) return;
    running = true;
    try {
      await options.queue().releaseStale();
      while (!stopped && inFlight.size < options.concurrency()) {
        const batch = await claim();
        if (batch.length === 0) break;
        const task = runBatch(batch).finally(() => {
          inFlight.delete(task);
          schedule(0);
        });
        inFlight.add(task);
      }
    } catch (error) {
      strapi.log.error(`[film-reviews] ${options.name} worker: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    // A wake comes from a request's commit: its timer must not carry that request's context
    // into the worker, where Strapi's services would take the job for part of the request.
    void strapi.requestContext.run(undefined as never, async () => {
      timer = setTimeout(async () => {
        await fill();
        schedule(options.pollIntervalMs());
      }, delay);
    });
  };

  return {
    workerId,
    start() {
      if (!options.enabled() || !stopped) return;
      stopped = false;
      schedule(0);
    },
    /** Look for work now rather than at the next poll. */
    wake() {
      schedule(0);
    },
    /** Stops claiming, finishes the jobs being run and hands back the claimed ones not started. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
};
