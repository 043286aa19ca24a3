import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Job, JobQueue } from './job-queue';

export interface JobWorkerOptions<T extends Job> {
  /** For log lines: "image", "notification". */
  name: string;
  queue(): JobQueue<T>;
  /** Does the job's work; throwing fails the attempt (retried later with backoff). */
  run(job: T, workerId: string): Promise<void>;
  enabled(): boolean;
  concurrency(): number;
  pollIntervalMs(): number;
}

/**
 * Runs the jobs of a queue in the background of this instance: polls while idle, claims up to
 * `concurrency` jobs at once, and waits for the jobs in flight on stop so a clean shutdown
 * leaves none "running".
 */
export const jobWorker = <T extends Job>(strapi: Core.Strapi, options: JobWorkerOptions<T>) => {
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;
  const inFlight = new Set<Promise<void>>();

  const runJob = async (job: T) => {
    try {
      await options.run(job, workerId);
    } catch (error) {
      strapi.log.warn(`[film-reviews] ${options.name} job ${job.id} failed (attempt ${job.attempts}): ${(error as Error).message}`);
      await options.queue().fail(job, workerId, error);
    }
  };

  /** Claims jobs up to the concurrency limit; returns when none is left to claim. */
  const fill = async () => {
    if (running) return;
    running = true;
    try {
      await options.queue().releaseStale();
      while (!stopped && inFlight.size < options.concurrency()) {
        const job = await options.queue().claim(workerId);
        if (!job) break;
        const task = runJob(job).finally(() => {
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
    timer = setTimeout(async () => {
      await fill();
      schedule(options.pollIntervalMs());
    }, delay);
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
    /** Stops claiming and waits for the jobs in flight. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
};
