import * as React from 'react';
import { Badge, Box, Button, Flex, ProgressBar, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Eye, Upload } from '@strapi/icons';
import { Layouts, useNotification } from '@strapi/strapi/admin';
import type { ImportReport, ImportRun } from '../../../shared/contracts/wordpress-import';
import { useErrorMessage } from '../api/useErrorMessage';
import { useWordPressImport } from '../api/useWordPressImport';
import { useT } from '../utils/useT';

const POLL_MS = 1000;
const ACTION_BADGES = { created: 'success', updated: 'secondary', unchanged: 'neutral', failed: 'danger' } as const;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const Totals = ({ report }: { report: ImportReport }) => {
  const t = useT();
  const { reviews, comments, images } = report.totals;
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-import-totals>
      <Typography>
        {t('import.totals.reviews', 'Reviews: {created} created, {updated} updated, {unchanged} unchanged, {failed} failed', reviews)}
      </Typography>
      <Typography>
        {t('import.totals.comments', 'Comments: {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped ({pingbacks} pingbacks and trackbacks)', comments)}
      </Typography>
      <Typography>
        {report.dryRun
          ? t('import.totals.imagesPlanned', 'Images: {uploaded} to upload, {reused} already imported', images)
          : t('import.totals.images', 'Images: {uploaded} uploaded, {reused} reused, {failed} failed', images)}
      </Typography>
    </Flex>
  );
};

const PostsTable = ({ report }: { report: ImportReport }) => {
  const t = useT();
  return (
    <Table colCount={4} rowCount={report.posts.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('import.post', 'Post')}</Typography></Th>
          <Th><Typography variant="sigma">{t('import.action', 'Result')}</Typography></Th>
          <Th><Typography variant="sigma">{t('import.comments', 'Comments')}</Typography></Th>
          <Th><Typography variant="sigma">{t('import.notes', 'Notes')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {report.posts.map((post) => (
          <Tr key={post.wordpressId} data-import-post={post.wordpressId} data-import-action={post.action}>
            <Td><Typography>{post.title}</Typography></Td>
            <Td>
              <Flex gap={1}>
                <Badge variant={ACTION_BADGES[post.action]}>{t(`import.action.${post.action}`, post.action)}</Badge>
                {post.status ? <Badge>{t(`import.status.${post.status}`, post.status)}</Badge> : null}
              </Flex>
            </Td>
            <Td>
              <Typography>
                {t('import.postComments', '{created} new, {updated} updated, {skipped} skipped', post.comments)}
              </Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                {post.notes.map((note) => (
                  <Typography key={note} variant="pi" textColor="neutral600">{note}</Typography>
                ))}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const SkippedTable = ({ report }: { report: ImportReport }) => {
  const t = useT();
  if (report.skipped.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta" tag="h2">
        {t('import.skipped', 'Skipped ({count})', { count: report.skipped.length })}
      </Typography>
      <Table colCount={3} rowCount={report.skipped.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('import.skipped.kind', 'What')}</Typography></Th>
            <Th><Typography variant="sigma">{t('import.skipped.id', 'WordPress id')}</Typography></Th>
            <Th><Typography variant="sigma">{t('import.skipped.reason', 'Why')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {report.skipped.map((item) => (
            <Tr key={`${item.kind}:${item.wordpressId}:${item.post ?? ''}`} data-import-skipped={`${item.kind}:${item.wordpressId}`}>
              <Td><Typography>{t(`import.kind.${item.kind}`, item.kind)}</Typography></Td>
              <Td><Typography>{item.title ? `${item.wordpressId} · ${item.title}` : item.wordpressId}</Typography></Td>
              <Td><Typography>{item.reason}</Typography></Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};

/**
 * Import from WordPress: choose a WXR export, preview it with a dry run, import it. The server
 * runs the import in the background; this page polls its progress and shows the report.
 */
export const ImportPage = () => {
  const t = useT();
  const importer = useWordPressImport();
  const { toggleNotification } = useNotification();
  const describe = useErrorMessage();
  const [file, setFile] = React.useState<File | null>(null);
  const [run, setRun] = React.useState<ImportRun | null>(null);
  const running = run?.state === 'running';

  const start = async (dryRun: boolean) => {
    if (!file) return;
    try {
      let current = await importer.start(file, dryRun);
      setRun(current);
      while (current.state === 'running') {
        await wait(POLL_MS);
        current = await importer.run(current.id);
        setRun(current);
      }
      if (current.state === 'failed') toggleNotification({ type: 'danger', message: current.error ?? t('import.failed', 'The import failed') });
    } catch (error) {
      setRun(null);
      toggleNotification({ type: 'danger', message: describe(error) });
    }
  };

  const percent = run && run.total > 0 ? Math.round((run.done / run.total) * 100) : 0;
  return (
    <>
      <Layouts.Header
        title={t('import.title', 'Import from WordPress')}
        subtitle={t('import.subtitle', 'Reviews, ratings, spoiler warnings, galleries and comment threads from a WordPress export (Tools → Export)')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <label>
                <Typography variant="pi" fontWeight="bold">{t('import.file', 'WordPress export file (.xml)')}</Typography>
                <Box paddingTop={2}>
                  <input
                    type="file"
                    accept=".xml,text/xml,application/xml"
                    disabled={running}
                    onChange={(event) => {
                      setFile(event.target.files?.[0] ?? null);
                      setRun(null);
                    }}
                  />
                </Box>
              </label>
              <Typography variant="pi" textColor="neutral600">
                {t('import.hint', 'Importing twice is safe: posts and comments already imported are updated, not duplicated. For very large exports, or to read images from a copy of wp-content/uploads, use the command line: npx strapi-plugin-film-reviews import-wordpress export.xml')}
              </Typography>
              <Flex gap={2}>
                <Button variant="secondary" startIcon={<Eye />} disabled={!file || running} onClick={() => start(true)}>
                  {t('import.preview', 'Preview (dry run)')}
                </Button>
                <Button startIcon={<Upload />} disabled={!file || running} onClick={() => start(false)}>
                  {t('import.start', 'Import')}
                </Button>
              </Flex>
              {run ? (
                <Flex direction="column" alignItems="stretch" gap={2} data-import-state={run.state} data-import-dry-run={run.dryRun}>
                  <ProgressBar
                    value={run.state === 'running' ? percent : 100}
                    size="M"
                    style={{ width: '100%' }}
                    aria-label={t('import.progress', '{done} of {total} posts', { done: run.done, total: run.total })}
                  />
                  <Typography variant="pi">
                    {run.state === 'running'
                      ? t('import.running', 'Importing {file}: {done} of {total} posts', { file: run.fileName, done: run.done, total: run.total })
                      : run.state === 'failed'
                        ? t('import.failedWith', 'Failed: {error}', { error: run.error ?? '' })
                        : run.dryRun
                          ? t('import.previewDone', 'Dry run of {file}: nothing was written', { file: run.fileName })
                          : t('import.done', '{file} imported', { file: run.fileName })}
                  </Typography>
                </Flex>
              ) : null}
            </Flex>
          </Box>
          {run?.report ? (
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius data-import-report>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Totals report={run.report} />
                <PostsTable report={run.report} />
                <SkippedTable report={run.report} />
              </Flex>
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </>
  );
};
