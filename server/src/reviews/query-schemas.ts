import * as z from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Only what a frontend needs; anything else (populate, fields…) is refused, not ignored. */
export const reviewListQuery = z
  .object({
    filters: z.record(z.string(), z.unknown()).optional(),
    sort: z.union([z.string(), z.array(z.string())]).optional(),
    pagination: z
      .object({
        page: z.coerce.number().int().min(1).default(1),
        // Larger pages are capped at MAX_PAGE_SIZE by the service, not refused.
        pageSize: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
      })
      .strict()
      .default({ page: 1, pageSize: DEFAULT_PAGE_SIZE }),
    locale: z.string().min(1).max(20).optional(),
  })
  .strict();

export const spoilersParam = z.enum(['hide', 'show']).default('hide');

export const reviewDetailQuery = z.object({ spoilers: spoilersParam }).strict();

export const slugParam = z.string().min(1).max(200);
