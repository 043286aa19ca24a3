import { Box, Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { FailedJob } from '../../../../shared/contracts/images';
import { DataTable } from '../../components/DataTable';
import { useT } from '../../utils/useT';

const COLUMNS = [['images.failed.file', 'File'], ['images.failed.attempts', 'Attempts'], ['images.failed.error', 'Error'], ['images.failed.actions', 'Actions']] as const;

/** Jobs that gave up, with their error and, for managers, a retry. */
export const FailedJobs = ({ failed, onRetry }: { failed: FailedJob[]; onRetry?(id: number): void }) => {
  const t = useT();
  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {t('images.failed.title', 'Failed jobs')}
        </Typography>
        {failed.length === 0 ? (
          <Typography textColor="neutral600">{t('images.failed.none', 'No failed jobs.')}</Typography>
        ) : (
          <DataTable columns={COLUMNS} rowCount={failed.length}>
            {failed.map((job) => (
              <Tr key={job.id} data-failed-job={job.id}>
                <Td><Typography>{job.fileName ?? `#${job.fileId}`}</Typography></Td>
                <Td><Typography>{job.attempts}</Typography></Td>
                <Td><Typography textColor="danger600">{job.error}</Typography></Td>
                <Td>
                  {onRetry ? (
                    <Button variant="secondary" size="S" onClick={() => onRetry(job.id)}>
                      {t('images.failed.retry', 'Retry')}
                    </Button>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </DataTable>
        )}
      </Flex>
    </Box>
  );
};
