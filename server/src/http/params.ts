import * as z from 'zod';

/**
 * Request parameters more than one concern reads the same way (reviews, comments, GraphQL):
 * what a review's address is made of, and how a page is asked for.
 */

/** What a uid field may hold (Strapi's own rule), at the field's length. */
export const slugParam = z.string().regex(/^[A-Za-z0-9\-_.~]{1,200}$/, 'must be a slug');

/** A locale code as Strapi's i18n names them (en, fr, pt-BR, zh-Hans…); whether the site has it is checked later. */
export const localeParam = z
  .string()
  .regex(/^[A-Za-z0-9-]{2,20}$/, 'must be a locale code')
  .optional()
  .describe('A locale of the site (e.g. `fr`); without it, the default locale. One the site does not have answers 400.');

export const spoilersParam = z.enum(['hide', 'show']).default('hide').describe('`hide` redacts spoilers; `show` answers everything as written.');

/**
 * `pagination[page]` and `pagination[pageSize]`, as Strapi's REST takes them. Without a
 * `maxPageSize` a larger page is not refused: the caller caps it.
 */
export const paginationParam = ({ defaultPageSize, maxPageSize, describePageSize }: { defaultPageSize: number; maxPageSize?: number; describePageSize?: string }) => {
  const bounded = z.coerce.number().int().min(1);
  const pageSize = (maxPageSize === undefined ? bounded : bounded.max(maxPageSize)).default(defaultPageSize);
  return z
    .object({ page: z.coerce.number().int().min(1).default(1), pageSize: describePageSize ? pageSize.describe(describePageSize) : pageSize })
    .strict()
    .default({ page: 1, pageSize: defaultPageSize });
};
