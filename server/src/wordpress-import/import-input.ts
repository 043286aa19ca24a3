import * as z from 'zod';

/** POST /import/wordpress: multipart fields beside the `file` (form fields arrive as strings). */
export const importRequest = z
  .object({ dryRun: z.enum(['true', 'false']).default('false').transform((value) => value === 'true') })
  .strict();

/** GET /import/runs/:id */
export const runId = z.coerce.number().int().positive();
