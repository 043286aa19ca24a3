import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { lazyTable, storedTime } from '../database';
import { FILM_REVIEW_UID } from '../uids';
import type { ReviewImageRefs } from '../images/page-weight-service';

export type ReviewStatus = 'published' | 'draft';

/** Where a reader finds a review: its slug in a locale, the published version or the editor's draft. */
export interface ReviewAddress {
  slug: string;
  locale: string;
  status: ReviewStatus;
}

/** How emails, webhook events and admin views name a review. */
export interface ReviewName {
  documentId: string;
  title: string;
  slug: string;
  publishedAt: string | null;
}

/** What each read of one review needs: the detail every field, the film's credits and the cover's id; a comment post whether comments are open. */
const ONE_REVIEW = {
  detail: { populate: { film: { populate: { credits: true } }, cover: { select: ['id'] } } },
  commenting: { select: ['documentId', 'commentsOpen'] },
};

/** What a card of the list shows. */
const CARD = {
  fields: ['title', 'slug', 'locale', 'rating', 'excerpt', 'spoilerWarning', 'gallery', 'publishedAt'],
  populate: { film: { fields: ['title', 'releaseYear'] }, cover: { fields: ['id'] } },
};

/** A review as a feed entry shows it. */
export interface FeedReview {
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  excerpt: string | null;
  reviewer: string | null;
  publishedAt: string | number | Date;
  updatedAt: string | number | Date;
}

/** A version as locale-sync compares them (see locale-sync.ts). */
export interface ReviewVersion {
  id: number;
  locale: string;
  gallery: unknown;
  spoilerWarning: unknown;
}

/**
 * The film reviews table. Writes an editor could make go through the document service, so its
 * middlewares (slugs, field validation, shared locale fields) see them; the bookkeeping writes
 * of those middlewares go below it, through the query engine, so they do not run again.
 */
export const reviewStore = (strapi: Core.Strapi) => {
  const documents = () => strapi.documents(FILM_REVIEW_UID);
  const rows = () => strapi.db.query(FILM_REVIEW_UID);
  const table = lazyTable(strapi, FILM_REVIEW_UID);

  return {
    /**
     * The review at an address, with what `read` needs of it; null when there is none. Through the
     * query engine: the document service would wrap each read in a transaction of its own.
     */
    findAt(address: ReviewAddress, read: keyof typeof ONE_REVIEW): Promise<Record<string, any> | null> {
      const { slug, locale, status } = address;
      return rows().findOne({ ...ONE_REVIEW[read], where: { slug, locale, publishedAt: status === 'published' ? { $notNull: true } : null } });
    },

    /**
     * The same lookup as a subquery answering these attributes (the `documentId` unless told),
     * for a store that reads rows of its own with the review in the same query (the hot thread read).
     */
    rowAt(address: ReviewAddress, attributes: readonly string[] = ['documentId']): Knex.QueryBuilder {
      const { name, column } = table();
      const query = strapi.db
        .connection(name)
        .select(Object.fromEntries(attributes.map((attribute) => [attribute, column(attribute)])))
        .where(column('slug'), address.slug)
        .where(column('locale'), address.locale);
      return (address.status === 'published' ? query.whereNotNull(column('publishedAt')) : query.whereNull(column('publishedAt'))).limit(1);
    },

    /** A page of a locale's published reviews as cards, by Strapi's filters and sort (the content API's), and how many match. */
    async listPublished(query: { filters?: unknown; sort?: unknown; locale: string; start: number; limit: number }) {
      const where = { filters: query.filters, locale: query.locale, status: 'published' as const };
      const [reviews, total] = await Promise.all([
        documents().findMany({ ...where, sort: query.sort, ...CARD, start: query.start, limit: query.limit } as any),
        documents().count(where as any),
      ]);
      return { reviews: reviews as Array<Record<string, any>>, total };
    },

    /**
     * What a locale's feed of reviews changes with, in one query: how many are published and when
     * the latest change to one of them was (null when none is).
     */
    async publishedState(locale: string): Promise<{ count: number; lastChanged: Date | null }> {
      const { name, column } = table();
      const [row] = await strapi.db
        .connection(name)
        .count({ count: '*' })
        .max({ lastChanged: column('updatedAt') })
        .where(column('locale'), locale)
        .whereNotNull(column('publishedAt'));
      return { count: Number(row.count), lastChanged: row.lastChanged === null || row.lastChanged === undefined ? null : new Date(storedTime(row.lastChanged)) };
    },

    /** A locale's latest published reviews, newest first, with what a feed entry shows. */
    latestPublished(locale: string, limit: number): Promise<FeedReview[]> {
      return rows().findMany({
        select: ['documentId', 'title', 'slug', 'locale', 'excerpt', 'reviewer', 'publishedAt', 'updatedAt'],
        where: { locale, publishedAt: { $notNull: true } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        limit,
      });
    },

    /**
     * The one naming of reviews by document id: a review has a row per locale and status, and
     * the default locale's published one names it; a review only in other locales takes any of
     * them, published first.
     */
    async names(documentIds: Array<string | null | undefined>): Promise<Map<string, ReviewName>> {
      const ids = [...new Set(documentIds.filter((id): id is string => Boolean(id)))];
      if (ids.length === 0) return new Map();
      const [found, defaultLocale] = await Promise.all([
        rows().findMany({ select: ['documentId', 'title', 'slug', 'locale', 'publishedAt'], where: { documentId: { $in: ids } } }) as Promise<Array<ReviewName & { locale: string }>>,
        strapi.plugin('i18n').service('locales').getDefaultLocale(),
      ]);
      const rank = (row: ReviewName & { locale: string }) => Number(row.locale === defaultLocale) * 2 + Number(Boolean(row.publishedAt));
      // Later entries win in a Map: the best-ranked row goes last.
      return new Map(found.sort((a, b) => rank(a) - rank(b)).map(({ locale: _locale, ...name }) => [name.documentId, name]));
    },

    /** Slugs of other documents in the locale that are the base or start with `base-`, in one query. */
    async slugsLike(base: string, locale: string, exceptDocumentId?: string): Promise<string[]> {
      const found: Array<{ slug: string | null }> = await rows().findMany({
        select: ['slug'],
        where: { locale, $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }], ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}) },
      });
      return found.map((row) => row.slug).filter((slug): slug is string => Boolean(slug));
    },

    async hasSlug(documentId: string, locale: string) {
      return Boolean(await rows().findOne({ select: ['id'], where: { documentId, locale, slug: { $notNull: true } } }));
    },

    async titleOf(documentId: string, locale: string): Promise<string | undefined> {
      return (await rows().findOne({ select: ['title'], where: { documentId, locale } }))?.title ?? undefined;
    },

    async slugOf(documentId: string, locale: string): Promise<string | undefined> {
      return (await rows().findOne({ select: ['slug'], where: { documentId, locale } }))?.slug;
    },

    /**
     * Reviews by title, one per document: its draft in the default locale, as the content manager
     * lists them. Two queries, whatever the page.
     */
    async titles({ q, start, limit }: { q?: string; start: number; limit: number }) {
      const filters = q ? { title: { $containsi: q } } : {};
      const [found, total] = await Promise.all([
        documents().findMany({ fields: ['title', 'slug'], filters, sort: [{ title: 'asc' }, { documentId: 'asc' }], start, limit }),
        documents().count({ filters }),
      ]);
      return { rows: found.map((row) => ({ documentId: row.documentId, title: row.title as string, slug: row.slug as string })), total };
    },

    /** Every locale's draft of a document, with the json fields locales share. */
    draftsOf(documentId: string): Promise<ReviewVersion[]> {
      return rows().findMany({ select: ['id', 'locale', 'gallery', 'spoilerWarning'], where: { documentId, publishedAt: null } });
    },

    /** A middleware's own write to one row, below the document service. */
    async writeRow(id: number, data: Record<string, unknown>) {
      await rows().update({ where: { id }, data });
    },

    /** Rows of the document left, any locale and status. */
    countVersions(documentId: string): Promise<number> {
      return rows().count({ where: { documentId } });
    },

    /** The draft's images, for the edit view's page weight. */
    async draftImages(documentId: string): Promise<ReviewImageRefs | null> {
      // The plugin's own content types are not in the app's generated document types.
      return (await documents().findOne({ documentId, fields: ['gallery'] as any, populate: { cover: { fields: ['id'] } } as any })) as ReviewImageRefs | null;
    },

    /** A locale's version of a document, null when the document has none in that locale (or no longer exists). */
    findVersion(documentId: string, locale: string): Promise<{ documentId: string; slug: string | null } | null> {
      return rows().findOne({ select: ['documentId', 'slug'], where: { documentId, locale } });
    },

    /** Creates the document's version (a new document without `documentId`) or updates its draft; answers its document id. */
    async saveDraft(documentId: string | undefined, locale: string, data: Record<string, unknown>): Promise<string> {
      if (documentId) {
        await documents().update({ documentId, locale, data: data as any });
        return documentId;
      }
      return (await documents().create({ locale, data: data as any })).documentId;
    },

    /** Publishes the draft, dated `publishedAt` when given (a blog's own date) rather than now. */
    async publish(documentId: string, locale: string, publishedAt?: Date | string | null) {
      await documents().publish({ documentId, locale });
      if (publishedAt) await rows().updateMany({ where: { documentId, locale, publishedAt: { $notNull: true } }, data: { publishedAt } });
    },

    /** The latest edited drafts, a row per locale, latest first: what the content manager lists as last edited. */
    latestDrafts(limit: number): Promise<Array<{ documentId: string; locale: string; title: string; rating: unknown; updatedAt: unknown }>> {
      return rows().findMany({ select: ['documentId', 'locale', 'title', 'rating', 'updatedAt'], where: { publishedAt: null }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], limit });
    },

    /** When the published versions of these documents last changed, a row per locale. */
    publishedTimes(documentIds: string[]): Promise<Array<{ documentId: string; locale: string; updatedAt: unknown }>> {
      return rows().findMany({ select: ['documentId', 'locale', 'updatedAt'], where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } } });
    },

    /** Reviews per rating, published ones, each counted once whatever its number of locales. */
    ratingCounts(): Promise<Array<{ rating: unknown; n: number | string }>> {
      const { name, column } = table();
      return strapi.db.connection(name).select({ rating: column('rating') }).countDistinct({ n: column('documentId') }).whereNotNull(column('publishedAt')).groupBy(column('rating'));
    },
  };
};

export type ReviewStore = ReturnType<typeof reviewStore>;
