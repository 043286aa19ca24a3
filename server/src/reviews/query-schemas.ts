import * as z from 'zod';
import { isOperator } from '@strapi/utils';
import { isPlainText } from '../validation';
import { localeParam, paginationParam, spoilersParam } from '../http/params';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Every string in a filter tree is text: PostgreSQL refuses a NUL even in a comparison. */
const textOnly = (value: unknown): boolean =>
  typeof value === 'string' ? isPlainText(value) : value !== null && typeof value === 'object' ? Object.values(value).every(textOnly) : true;

/**
 * Every `$` key in a filter tree is one of Strapi's operators. Strapi 5.4x's query validation
 * refuses the others itself; older 5.x releases dropped them silently (`$where`, `$raw`, a typo),
 * answering as if the filter had not been sent.
 */
const knownOperators = (value: unknown): boolean =>
  value === null || typeof value !== 'object'
    ? true
    : Object.entries(value).every(([key, inner]) => (!key.startsWith('$') || isOperator(key)) && knownOperators(inner));

/** `field`, `film.releaseYear`, `rating:desc`; several comma-separated, as Strapi takes them. */
const SORT_ENTRY = /^\s*[A-Za-z_][\w.]*(:(asc|desc))?\s*$/i;
const sortEntries = (sort: string | string[]) => (Array.isArray(sort) ? sort : [sort]).flatMap((entry) => entry.split(','));

/** Only what a frontend needs; anything else (populate, fields…) is refused, not ignored. */
export const reviewListQuery = z
  .object({
    filters: z
      .record(z.string(), z.unknown())
      .refine(textOnly, 'values must be valid UTF-8 text without control characters')
      .refine(knownOperators, "uses an operator Strapi does not have (see Strapi's filter operators)")
      .optional()
      .describe("Strapi's filter syntax on public attributes, e.g. `filters[film][releaseYear][$gte]=2000`."),
    sort: z
      .union([z.string(), z.array(z.string())])
      .refine((sort) => sortEntries(sort).every((entry) => SORT_ENTRY.test(entry)), 'must be attribute names, each optionally :asc or :desc')
      .optional()
      .describe("Strapi's sort syntax, e.g. `rating:desc` or `sort[0]=rating:desc&sort[1]=title`."),
    // Larger pages are capped at MAX_PAGE_SIZE by the service, not refused.
    pagination: paginationParam({ defaultPageSize: DEFAULT_PAGE_SIZE, describePageSize: `Capped at ${MAX_PAGE_SIZE}.` }),
    locale: localeParam,
  })
  .strict();

/** `draft` is for previews: the controller lets it through only with a preview secret or an API token. */
export const reviewDetailQuery = z
  .object({ spoilers: spoilersParam, locale: localeParam, status: z.enum(['published', 'draft']).default('published').describe('`draft`: the unpublished version, for previews (needs the preview secret or an API token).') })
  .strict();
