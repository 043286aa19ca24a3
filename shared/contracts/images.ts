export type JobState = 'queued' | 'running' | 'done' | 'failed';
export type JobCounts = Record<JobState, number>;

export interface FailedJob {
  id: number;
  fileId: number;
  fileName: string | null;
  attempts: number;
  error: string | null;
  updatedAt: string;
}

/** GET /images/status */
export declare namespace GetImageStatus {
  interface Response {
    data: { counts: JobCounts; failed: FailedJob[] };
  }
}

/** POST /images/backfill: queues every image that lacks its variants. */
export declare namespace BackfillImages {
  interface Response {
    data: { queued: number };
  }
}

/** POST /images/jobs/:id/retry */
export declare namespace RetryImageJob {
  interface Response {
    data: { id: number; state: 'queued' };
  }
}
