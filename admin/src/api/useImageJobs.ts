import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

export type JobCounts = Record<'queued' | 'running' | 'done' | 'failed', number>;

export interface FailedJob {
  id: number;
  fileId: number;
  fileName: string | null;
  attempts: number;
  error: string | null;
  updatedAt: string;
}

const POLL_BUSY_MS = 1000;
const POLL_IDLE_MS = 10_000;

/** Image job status, polled fast while jobs are queued or running. */
export const useImageJobs = () => {
  const { get, post } = useFetchClient();
  const [status, setStatus] = React.useState<{ counts: JobCounts; failed: FailedJob[] } | null>(null);
  const [error, setError] = React.useState<unknown>(null);

  const refresh = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: { counts: JobCounts; failed: FailedJob[] } }>(`/${PLUGIN_ID}/images/status`);
      setStatus(data.data);
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [get]);

  const busy = status ? status.counts.queued + status.counts.running > 0 : false;
  React.useEffect(() => {
    refresh();
    const timer = setInterval(refresh, busy ? POLL_BUSY_MS : POLL_IDLE_MS);
    return () => clearInterval(timer);
  }, [refresh, busy]);

  const backfill = async () => {
    const { data } = await post<{ data: { queued: number } }>(`/${PLUGIN_ID}/images/backfill`);
    await refresh();
    return data.data.queued;
  };
  const retry = async (id: number) => {
    await post(`/${PLUGIN_ID}/images/jobs/${id}/retry`);
    await refresh();
  };

  return { status, error, backfill, retry };
};
