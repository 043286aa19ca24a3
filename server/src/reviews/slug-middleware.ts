import type { Core, Modules } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';
import { firstFreeSlug, isBlank, slugBase } from './slug';

/** Slugs of other documents that start with the base, in one query. */
const takenSlugs = async (strapi: Core.Strapi, base: string, exceptDocumentId?: string) => {
  const rows: Array<{ slug: string | null }> = await strapi.db.query(FILM_REVIEW_UID).findMany({
    select: ['slug'],
    where: {
      $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }],
      ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
    },
  });
  return rows.map((row) => row.slug).filter((slug): slug is string => Boolean(slug));
};

const titleOf = async (strapi: Core.Strapi, documentId: string): Promise<string | undefined> => {
  const row = await strapi.db.query(FILM_REVIEW_UID).findOne({ select: ['title'], where: { documentId } });
  return row?.title ?? undefined;
};

/**
 * Gives every film review a unique slug on every write path: generated from the title when
 * empty, an editor's own slug normalised; a slug used by another review gets -2, -3, …
 * The draft and published rows of one document share their slug, so uniqueness is per document.
 */
export const reviewSlugs =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== FILM_REVIEW_UID || !['create', 'update', 'clone'].includes(context.action)) {
      return next();
    }
    const params = context.params as { data?: Record<string, any>; documentId?: string };
    const data = (params.data ??= {});
    // An update that does not touch the slug keeps it.
    if (context.action === 'update' && !('slug' in data)) return next();

    let source: string | undefined = isBlank(data.slug) ? data.title : data.slug;
    if (isBlank(source) && context.action !== 'create' && params.documentId) {
      source = await titleOf(strapi, params.documentId);
    }
    if (isBlank(source)) {
      data.slug = null;
      return next();
    }
    const base = slugBase(String(source));
    // A clone is a new document: its source's slug counts as taken.
    const self = context.action === 'update' ? params.documentId : undefined;
    data.slug = firstFreeSlug(base, await takenSlugs(strapi, base, self));
    return next();
  };
