import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Eye, Upload } from '@strapi/icons';
import { Layouts } from '@strapi/strapi/admin';
import { useT } from '../../utils/useT';
import { ImportedPosts } from './ImportedPosts';
import { ImportTotals } from './ImportTotals';
import { RunProgress } from './RunProgress';
import { SkippedItems } from './SkippedItems';
import { useImportRun } from './useImportRun';

/**
 * Import from WordPress: choose a WXR export, preview it with a dry run, import it, and read the
 * report of what became of each post.
 */
export const ImportPage = () => {
  const t = useT();
  const [file, setFile] = React.useState<File | null>(null);
  const { run, start, clear } = useImportRun();
  const running = run?.state === 'running';

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
                      clear();
                    }}
                  />
                </Box>
              </label>
              <Typography variant="pi" textColor="neutral600">
                {t('import.hint', 'Importing twice is safe: posts and comments already imported are updated, not duplicated. For very large exports, or to read images from a copy of wp-content/uploads, use the command line: npx strapi-plugin-film-reviews import-wordpress export.xml')}
              </Typography>
              <Flex gap={2}>
                <Button variant="secondary" startIcon={<Eye />} disabled={!file || running} onClick={() => file && start(file, true)}>
                  {t('import.preview', 'Preview (dry run)')}
                </Button>
                <Button startIcon={<Upload />} disabled={!file || running} onClick={() => file && start(file, false)}>
                  {t('import.start', 'Import')}
                </Button>
              </Flex>
              {run ? <RunProgress run={run} /> : null}
            </Flex>
          </Box>
          {run?.report ? (
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius data-import-report>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <ImportTotals report={run.report} />
                <ImportedPosts report={run.report} />
                <SkippedItems report={run.report} />
              </Flex>
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </>
  );
};
