import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import type { ImportRun } from '../../../../shared/contracts/wordpress-import';
import { useErrorMessage } from '../../api/useErrorMessage';
import { useWordPressImport } from '../../api/useWordPressImport';
import { useT } from '../../utils/useT';

const POLL_MS = 1000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts an import and follows it: the server runs it in the background, so its run is read again
 * every second until it ends (or the page is left). A failure to start, a failed poll and a failed
 * run each show as a notification.
 */
export const useImportRun = () => {
  const t = useT();
  const importer = useWordPressImport();
  const { toggleNotification } = useNotification();
  const describe = useErrorMessage();
  const [run, setRun] = React.useState<ImportRun | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => () => void (mounted.current = false), []);

  const start = async (file: File, dryRun: boolean) => {
    try {
      let current = await importer.start(file, dryRun);
      setRun(current);
      while (current.state === 'running' && mounted.current) {
        await pause(POLL_MS);
        current = await importer.run(current.id);
        if (mounted.current) setRun(current);
      }
      if (current.state === 'failed') toggleNotification({ type: 'danger', message: current.error ?? t('import.failed', 'The import failed') });
    } catch (error) {
      setRun(null);
      toggleNotification({ type: 'danger', message: describe(error) });
    }
  };

  return { run, start, clear: () => setRun(null) };
};
