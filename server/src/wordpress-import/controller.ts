import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { parseInput, validationError } from '../validation';
import { importRequest, runId } from './import-input';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const runs = () => getService(strapi, 'import-runs');
  return {
    /** Multipart: `file` (the WXR export) and `dryRun`. Answers 202 with the run to poll. */
    async start(ctx: HttpContext) {
      const { dryRun } = parseInput(importRequest, ctx.request.body, 'body');
      const upload = ctx.request.files?.file;
      const file = Array.isArray(upload) ? upload[0] : upload;
      if (!file?.filepath) throw validationError([{ path: ['file'], message: 'file is required' }], 'file is required: the WordPress export (WXR)');
      // The import outlives the request: keep the upload where the body parser will not clean it up.
      const kept = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'film-reviews-wxr-')), 'export.xml');
      await fs.promises.copyFile(file.filepath, kept);
      ctx.status = 202;
      ctx.body = { data: await runs().start({ filepath: kept, name: file.originalFilename ?? 'export.xml' }, { dryRun, startedBy: ctx.state.user?.email }) };
    },
    /** A run's state, progress and, once done, its report. */
    async findRun(ctx: HttpContext) {
      ctx.body = { data: await runs().find(parseInput(runId, ctx.params.id, 'id')) };
    },
  };
};
