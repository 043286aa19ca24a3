import * as z from 'zod';
import { ACTIONS, requires } from '../permissions';
import { importRequest, runId } from './import-input';
import { defineRoutes } from '../http/define-routes';

/** Admin routes of the import view; `request` names the inputs the controller parses (for the API reference). */
export default defineRoutes([
  {
    method: 'POST',
    path: '/import/wordpress',
    handler: 'wordpress-import.start',
    request: { body: { 'multipart/form-data': importRequest.extend({ file: z.unknown().describe('the WordPress export (WXR), as a file part') }) } },
    config: requires(ACTIONS.importRun),
  },
  { method: 'GET', path: '/import/runs/:id', handler: 'wordpress-import.findRun', request: { params: { id: runId } }, config: requires(ACTIONS.importRun) },
]);
