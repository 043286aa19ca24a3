import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import type { ListReviewOptions } from '../../../shared/contracts/moderation';
import { FILM_REVIEW_UID } from '../uids';
import { parseInput } from '../validation';
import { reviewOptionsQuery } from './review-options-routes';
import type { HttpContext } from '../http/context';

/**
 * Reviews by title, one per document: its draft in the default locale, as the content manager
 * lists them. Two queries, whatever the page.
 */
const findReviewOptions = async (strapi: Core.Strapi, { q, page, pageSize }: z.infer<typeof reviewOptionsQuery>): Promise<ListReviewOptions.Response> => {
  const reviews = strapi.documents(FILM_REVIEW_UID);
  const filters = q ? { title: { $containsi: q } } : {};
  const [rows, total] = await Promise.all([
    reviews.findMany({ fields: ['title', 'slug'], filters, sort: [{ title: 'asc' }, { documentId: 'asc' }], start: (page - 1) * pageSize, limit: pageSize }),
    reviews.count({ filters }),
  ]);
  return {
    data: rows.map((row) => ({ documentId: row.documentId, title: row.title, slug: row.slug })),
    meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
  };
};

/** HTTP in, reviews out. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: HttpContext) {
    ctx.body = await findReviewOptions(strapi, parseInput(reviewOptionsQuery, ctx.query, 'query'));
  },
});
