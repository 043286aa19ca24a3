import { Flex, ProgressBar, Typography } from '@strapi/design-system';
import type { ImportRun } from '../../../../shared/contracts/wordpress-import';
import { useT } from '../../utils/useT';

/** How far a run has come, and how it ended. */
export const RunProgress = ({ run }: { run: ImportRun }) => {
  const t = useT();
  const percent = run.total > 0 ? Math.round((run.done / run.total) * 100) : 0;
  const status =
    run.state === 'running'
      ? t('import.running', 'Importing {file}: {done} of {total} posts', { file: run.fileName, done: run.done, total: run.total })
      : run.state === 'failed'
        ? t('import.failedWith', 'Failed: {error}', { error: run.error ?? '' })
        : run.dryRun
          ? t('import.previewDone', 'Dry run of {file}: nothing was written', { file: run.fileName })
          : t('import.done', '{file} imported', { file: run.fileName });
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-import-state={run.state} data-import-dry-run={run.dryRun}>
      <ProgressBar
        value={run.state === 'running' ? percent : 100}
        size="M"
        style={{ width: '100%' }}
        aria-label={t('import.progress', '{done} of {total} posts', { done: run.done, total: run.total })}
      />
      <Typography variant="pi">{status}</Typography>
    </Flex>
  );
};
