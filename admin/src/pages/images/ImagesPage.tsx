import { Button, Flex } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useImageJobs } from '../../api/useImageJobs';
import { QueryState } from '../../components/QueryState';
import { PERMISSIONS } from '../../permissions';
import { useT } from '../../utils/useT';
import { FailedJobs } from './FailedJobs';
import { JobProgress } from './JobProgress';

/** The image pipeline's progress and failures; managers backfill and retry. */
export const ImagesPage = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ manage: PERMISSIONS.imagesManage });
  const { status, backfill, retry } = useImageJobs();
  const canManage = Boolean(allowedActions.canManage);

  const onBackfill = async () => {
    const result = await backfill.mutate();
    if (!result.ok) return;
    toggleNotification({ type: 'success', message: t('images.backfill.done', '{count} images queued', { count: result.data }) });
    await status.refetch();
  };
  const onRetry = async (id: number) => {
    if ((await retry.mutate(id)).ok) await status.refetch();
  };

  return (
    <>
      <Layouts.Header
        title={t('images.title', 'Images')}
        subtitle={t('images.subtitle', 'Responsive AVIF/WebP variants and placeholders, made in the background')}
        primaryAction={
          canManage ? (
            <Button startIcon={<ArrowClockwise />} loading={backfill.isLoading} onClick={onBackfill}>
              {t('images.backfill', 'Backfill')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <QueryState query={status}>
          {({ data: { counts, failed } }) => (
            <Flex direction="column" alignItems="stretch" gap={6}>
              <JobProgress counts={counts} />
              <FailedJobs failed={failed} onRetry={canManage ? onRetry : undefined} />
            </Flex>
          )}
        </QueryState>
      </Layouts.Content>
    </>
  );
};
