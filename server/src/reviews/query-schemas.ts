import * as z from 'zod';
import { isPlainText } from '../validation';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Every string in a filter tree is text: PostgreSQL refuses a NUL even in a comparison. */
const textOnly = (value: unknown): boolean =>
  typeof value === 'string' ? isPlainText(value) : value !== null && typeof value === 'object' ? Object.values(value).every(textOnly) : true;

/** A locale code as Strapi's i18n names them (en, fr, pt-BR, zh-Hans…); whether the site has it is checked later. */
export const localeParam = z.string().regex(/^[A-Za-z0-9-]{2,20}$/, 'must be a locale code').optional();

/** Only what a frontend needs; anything else (populate, fields…) is refused, not ignored. */
export const reviewListQuery = z
  .object({
    filters: z.record(z.string(), z.unknown()).refine(textOnly, 'values must be valid UTF-8 text without control characters').optional(),
    sort: z.union([z.string(), z.array(z.string())]).optional(),
    pagination: z
      .object({
        page: z.coerce.number().int().min(1).default(1),
        // Larger pages are capped at MAX_PAGE_SIZE by the service, not refused.
        pageSize: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
      })
      .strict()
      .default({ page: 1, pageSize: DEFAULT_PAGE_SIZE }),
    locale: localeParam,
  })
  .strict();

export const spoilersParam = z.enum(['hide', 'show']).default('hide');

/** `draft` is for previews: the controller lets it through only with a preview secret or an API token. */
export const reviewDetailQuery = z
  .object({ spoilers: spoilersParam, locale: localeParam, status: z.enum(['published', 'draft']).default('published') })
  .strict();

/** What a uid field may hold (Strapi's own rule), at the field's length. */
export const slugParam = z.string().regex(/^[A-Za-z0-9\-_.~]{1,200}$/, 'must be a slug');
