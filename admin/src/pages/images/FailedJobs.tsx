import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { FailedJob } from '../../../../shared/contracts/images';
import { useT } from '../../utils/useT';

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
                    {onRetry ? (
                      <Button variant="secondary" size="S" onClick={() => onRetry(job.id)}>
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
  );
};
