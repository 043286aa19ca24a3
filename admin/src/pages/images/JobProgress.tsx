import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { JobCounts } from '../../../../shared/contracts/images';
import { useT } from '../../utils/useT';

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

/** How many jobs are in each state, and the share done. */
export const JobProgress = ({ counts }: { counts: JobCounts }) => {
  const t = useT();
  const total = counts.done + counts.queued + counts.running + counts.failed;
  const percent = total === 0 ? 100 : Math.round((counts.done / total) * 100);
  const progress = t('images.progress', '{done} of {total} images processed', { done: counts.done, total });
  return (
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
        <Track role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={progress}>
          <Fill $percent={percent} />
        </Track>
        <Typography variant="pi" textColor="neutral600" data-images-progress>
          {progress}
        </Typography>
      </Flex>
    </Box>
  );
};
