import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';

export interface ReviewName {
  documentId: string;
  title: string;
  slug: string;
  publishedAt: string | null;
}

/**
 * How admin views name reviews by document id: a review has a row per locale and status, and
 * the default locale's published one names it; a review only in other locales takes any of them.
 */
export const reviewNames = async (strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, ReviewName>> => {
  if (documentIds.length === 0) return new Map();
  const [rows, defaultLocale] = await Promise.all([
    strapi.db.query(FILM_REVIEW_UID).findMany({
      select: ['documentId', 'title', 'slug', 'locale', 'publishedAt'],
      where: { documentId: { $in: [...new Set(documentIds)] } },
    }) as Promise<Array<ReviewName & { locale: string }>>,
    strapi.plugin('i18n').service('locales').getDefaultLocale(),
  ]);
  const rank = (row: ReviewName & { locale: string }) => Number(row.locale === defaultLocale) * 2 + Number(Boolean(row.publishedAt));
  // Later entries win in a Map: the best-ranked row goes last.
  return new Map(rows.sort((a, b) => rank(a) - rank(b)).map(({ locale: _locale, ...name }) => [name.documentId, name]));
};
