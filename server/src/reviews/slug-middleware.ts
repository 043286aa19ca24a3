import type { Core, Modules } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';
import { firstFreeSlug, isBlank, slugBase } from './slug';
import { reviewStore } from './review-store';

/**
 * Gives every film review a unique slug on every write path: generated from the title when
 * empty, an editor's own slug normalised; a slug used by another review gets -2, -3, …
 * The draft and published rows of one document share their slug, so uniqueness is per document,
 * within a locale: the French version of a review may use the slug of another review's English one.
 */
export const reviewSlugs = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const reviews = reviewStore(strapi);
  return async (context, next) => {
    if (context.uid !== FILM_REVIEW_UID || !['create', 'update', 'clone'].includes(context.action)) {
      return next();
    }
    const params = context.params as { data?: Record<string, any>; documentId?: string; locale?: string };
    const data = (params.data ??= {});
    const locale = params.locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
    // An update that does not touch the slug keeps it, unless it starts a new locale's version.
    if (context.action === 'update' && !('slug' in data) && params.documentId && (await reviews.hasSlug(params.documentId, locale))) return next();

    let source: string | undefined = isBlank(data.slug) ? data.title : data.slug;
    if (isBlank(source) && context.action !== 'create' && params.documentId) {
      source = await reviews.titleOf(params.documentId, locale);
    }
    if (isBlank(source)) {
      data.slug = null;
      return next();
    }
    const base = slugBase(String(source));
    // A clone is a new document: its source's slug counts as taken.
    const self = context.action === 'update' ? params.documentId : undefined;
    data.slug = firstFreeSlug(base, await reviews.slugsLike(base, locale, self));
    return next();
  };
};
