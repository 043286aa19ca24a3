import * as React from 'react';
import type { BackfillImages, GetImageStatus } from '../../../shared/contracts/images';
import { PLUGIN_ID } from '../pluginId';
import { useAdminMutation } from './useAdminMutation';
import { useAdminQuery } from './useAdminQuery';

const POLL_BUSY_MS = 1000;
const POLL_IDLE_MS = 10_000;

/** Image job status, polled fast while jobs are queued or running. */
export const useImageJobs = () => {
  const status = useAdminQuery<GetImageStatus.Response>(`/${PLUGIN_ID}/images/status`);
  const counts = status.data?.data.counts;
  const busy = counts ? counts.queued + counts.running > 0 : false;
  const { refetch } = status;
  React.useEffect(() => {
    const timer = setInterval(refetch, busy ? POLL_BUSY_MS : POLL_IDLE_MS);
    return () => clearInterval(timer);
  }, [refetch, busy]);

  const backfill = useAdminMutation(async ({ post }) => (await post<BackfillImages.Response>(`/${PLUGIN_ID}/images/backfill`)).data.data.queued);
  const retry = useAdminMutation(async ({ post }, id: number) => {
    await post(`/${PLUGIN_ID}/images/jobs/${id}/retry`);
  });
  return { status, backfill, retry };
};
