import type { Core, Modules } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';
import { firstFreeSlug, isBlank, slugBase } from './slug';

/** Slugs of other documents in the locale that start with the base, in one query. */
const takenSlugs = async (strapi: Core.Strapi, base: string, locale: string, exceptDocumentId?: string) => {
  const rows: Array<{ slug: string | null }> = await strapi.db.query(FILM_REVIEW_UID).findMany({
    select: ['slug'],
    where: {
      locale,
      $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }],
      ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
    },
  });
  return rows.map((row) => row.slug).filter((slug): slug is string => Boolean(slug));
};

const hasSlug = async (strapi: Core.Strapi, documentId: string | undefined, locale: string) =>
  Boolean(documentId && (await strapi.db.query(FILM_REVIEW_UID).findOne({ select: ['id'], where: { documentId, locale, slug: { $notNull: true } } })));

const titleOf = async (strapi: Core.Strapi, documentId: string, locale: string): Promise<string | undefined> => {
  const row = await strapi.db.query(FILM_REVIEW_UID).findOne({ select: ['title'], where: { documentId, locale } });
  return row?.title ?? undefined;
};

/**
 * Gives every film review a unique slug on every write path: generated from the title when
 * empty, an editor's own slug normalised; a slug used by another review gets -2, -3, …
 * The draft and published rows of one document share their slug, so uniqueness is per document,
 * within a locale: the French version of a review may use the slug of another review's English one.
 */
export const reviewSlugs =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== FILM_REVIEW_UID || !['create', 'update', 'clone'].includes(context.action)) {
      return next();
    }
    const params = context.params as { data?: Record<string, any>; documentId?: string; locale?: string };
    const data = (params.data ??= {});
    const locale = params.locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
    // An update that does not touch the slug keeps it, unless it starts a new locale's version.
    if (context.action === 'update' && !('slug' in data) && (await hasSlug(strapi, params.documentId, locale))) return next();

    let source: string | undefined = isBlank(data.slug) ? data.title : data.slug;
    if (isBlank(source) && context.action !== 'create' && params.documentId) {
      source = await titleOf(strapi, params.documentId, locale);
    }
    if (isBlank(source)) {
      data.slug = null;
      return next();
    }
    const base = slugBase(String(source));
    // A clone is a new document: its source's slug counts as taken.
    const self = context.action === 'update' ? params.documentId : undefined;
    data.slug = firstFreeSlug(base, await takenSlugs(strapi, base, locale, self));
    return next();
  };
