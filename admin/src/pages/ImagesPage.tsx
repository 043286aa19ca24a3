import * as React from 'react';
import { Box, Button, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { useImageJobs, type JobCounts } from '../api/useImageJobs';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const Track = styled.div`
  width: 100%;
  height: 0.8rem;
  overflow: hidden;
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral150};
`;

const Fill = styled.div<{ $percent: number }>`
  height: 100%;
  width: ${({ $percent }) => $percent}%;
  background: ${({ theme }) => theme.colors.primary600};
  transition: width 0.4s ease;
`;

const STATES: Array<{ key: keyof JobCounts; label: string }> = [
  { key: 'done', label: 'Done' },
  { key: 'queued', label: 'Queued' },
  { key: 'running', label: 'Running' },
  { key: 'failed', label: 'Failed' },
];

export const ImagesPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: permissionsLoading } = useRBAC({ manage: PERMISSIONS.imagesManage });
  const { status, error, backfill, retry } = useImageJobs();
  const [backfilling, setBackfilling] = React.useState(false);

  if (error) return <Page.Error />;
  if (!status || permissionsLoading) return <Page.Loading />;

  const { counts, failed } = status;
  const total = counts.done + counts.queued + counts.running + counts.failed;
  const percent = total === 0 ? 100 : Math.round((counts.done / total) * 100);

  const onBackfill = async () => {
    setBackfilling(true);
    try {
      const queued = await backfill();
      toggleNotification({ type: 'success', message: t('images.backfill.done', '{count} images queued', { count: queued }) });
    } finally {
      setBackfilling(false);
    }
  };

  return (
    <>
      <Layouts.Header
        title={t('images.title', 'Images')}
        subtitle={t('images.subtitle', 'Responsive AVIF/WebP variants and placeholders, made in the background')}
        primaryAction={
          allowedActions.canManage ? (
            <Button startIcon={<ArrowClockwise />} loading={backfilling} onClick={onBackfill}>
              {t('images.backfill', 'Backfill')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Grid.Root gap={4}>
                {STATES.map(({ key, label }) => (
                  <Grid.Item key={key} col={3} s={6} direction="column" alignItems="flex-start">
                    <Typography variant="sigma" textColor="neutral600">
                      {t(`images.state.${key}`, label)}
                    </Typography>
                    <Typography variant="alpha" data-job-count={key}>
                      {counts[key]}
                    </Typography>
                  </Grid.Item>
                ))}
              </Grid.Root>
              <Track
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-label={t('images.progress', '{done} of {total} images processed', { done: counts.done, total })}
              >
                <Fill $percent={percent} />
              </Track>
              <Typography variant="pi" textColor="neutral600" data-images-progress>
                {t('images.progress', '{done} of {total} images processed', { done: counts.done, total })}
              </Typography>
            </Flex>
          </Box>
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="delta" tag="h2">
                {t('images.failed.title', 'Failed jobs')}
              </Typography>
              {failed.length === 0 ? (
                <Typography textColor="neutral600">{t('images.failed.none', 'No failed jobs.')}</Typography>
              ) : (
                <Table colCount={4} rowCount={failed.length + 1}>
                  <Thead>
                    <Tr>
                      <Th><Typography variant="sigma">{t('images.failed.file', 'File')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('images.failed.attempts', 'Attempts')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('images.failed.error', 'Error')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('images.failed.actions', 'Actions')}</Typography></Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {failed.map((job) => (
                      <Tr key={job.id} data-failed-job={job.id}>
                        <Td><Typography>{job.fileName ?? `#${job.fileId}`}</Typography></Td>
                        <Td><Typography>{job.attempts}</Typography></Td>
                        <Td><Typography textColor="danger600">{job.error}</Typography></Td>
                        <Td>
                          {allowedActions.canManage ? (
                            <Button variant="secondary" size="S" onClick={() => retry(job.id)}>
                              {t('images.failed.retry', 'Retry')}
                            </Button>
                          ) : null}
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </>
  );
};
