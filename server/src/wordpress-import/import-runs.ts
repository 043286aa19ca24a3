import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ImportProgress } from './import-report';
import { importStore } from './import-store';
import { getService } from '../get-service';

/** Progress is written at most this often: enough for a progress bar, cheap for the database. */
const PROGRESS_EVERY_MS = 500;

/**
 * Imports started from the admin: the upload is answered at once with a run id, the import runs
 * in the background of the instance that holds the file, and its progress and report are rows
 * any instance can answer for.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = importStore(strapi);
  return {
    /** Takes over `file`, a temporary copy in a folder of its own: removed when the run ends. */
    async start(file: { filepath: string; name: string }, options: { dryRun: boolean; startedBy?: string }) {
      const run = await store.createRun({ dryRun: options.dryRun, fileName: file.name.slice(0, 255), startedBy: options.startedBy ?? null });
      let lastWrite = 0;
      const onProgress = (progress: ImportProgress) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = now;
        void store.updateRun(run.id, { done: progress.done, total: progress.total });
      };
      const importer = getService(strapi, 'wordpress-import');
      // Not awaited: the admin polls the run while it goes.
      void importer
        .run(file.filepath, { dryRun: options.dryRun, onProgress })
        .then((report: any) => store.updateRun(run.id, { state: 'done', done: report.totals.posts, total: report.totals.posts, report }))
        .catch((error: Error) => {
          strapi.log.error(`[film-reviews] WordPress import ${run.id} failed: ${error.stack ?? error}`);
          return store.updateRun(run.id, { state: 'failed', error: error.message });
        })
        .finally(() => fs.promises.rm(path.dirname(file.filepath), { recursive: true, force: true }));
      return this.find(run.id);
    },

    async find(id: number) {
      const run = await store.findRun(id);
      if (!run) throw new errors.NotFoundError(`No import run ${id}`);
      return run;
    },
  };
};
