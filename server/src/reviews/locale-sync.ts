import type { Core, Modules } from '@strapi/strapi';
import type { GalleryItem } from '../custom-fields/gallery/rules';
import { FILM_REVIEW_UID } from '../uids';
import { reviewStore } from './review-store';

type SpoilerWarning = { level?: string; note?: string } | null | undefined;
type Version = { id: number; locale: string; gallery: GalleryItem[] | null; spoilerWarning: SpoilerWarning };

const TRANSLATED = ['caption', 'alt'] as const;

/** This locale's images and level, with the other locale's own captions, alt text and note. */
const carryShared = (written: { gallery?: GalleryItem[] | null; spoilerWarning?: SpoilerWarning }, other: Version) => {
  const texts = new Map((other.gallery ?? []).map((item) => [item.file, item]));
  return {
    ...(written.gallery !== undefined && {
      gallery: (written.gallery ?? []).map((item) => {
        const shared = Object.fromEntries(Object.entries(item).filter(([key]) => !(TRANSLATED as readonly string[]).includes(key)));
        const own = texts.get(item.file);
        return { ...shared, ...Object.fromEntries(TRANSLATED.flatMap((key) => (own?.[key] ? [[key, own[key]]] : []))) } as GalleryItem;
      }),
    }),
    ...(written.spoilerWarning !== undefined && {
      spoilerWarning: written.spoilerWarning ? { ...written.spoilerWarning, note: other.spoilerWarning?.note ?? undefined } : null,
    }),
  };
};

/**
 * A review's gallery images (order, credit, spoiler flag) and spoiler level are shared by its
 * locales; captions, alt text and the spoiler note are translated. Both live in localized json
 * fields, so this keeps the shared parts equal: a new locale version written without them
 * starts from an existing version's, and a write of one locale's carries them to the other
 * locales' drafts (their published versions follow on publish, as Strapi's own shared fields do).
 */
export const sharedAcrossLocales = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const reviews = reviewStore(strapi);
  return async (context, next) => {
    const params = context.params as { data?: Record<string, any>; documentId?: string; locale?: string };
    if (context.uid !== FILM_REVIEW_UID || context.action !== 'update' || !params.documentId) return next();
    const data = (params.data ??= {});
    const locale = params.locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
    const drafts = (await reviews.draftsOf(params.documentId)) as Version[];
    const others = drafts.filter((draft) => draft.locale !== locale);
    if (others.length === 0) return next();
    if (!drafts.some((draft) => draft.locale === locale)) {
      // A new translation: the images and the level are the review's, the text starts as theirs.
      if (!Array.isArray(data.gallery) || data.gallery.length === 0) data.gallery = others[0].gallery;
      if (!data.spoilerWarning) data.spoilerWarning = others[0].spoilerWarning;
    }
    const result = await next();
    const written = { gallery: data.gallery, spoilerWarning: data.spoilerWarning };
    if (written.gallery === undefined && written.spoilerWarning === undefined) return result;
    for (const other of others) {
      await reviews.writeRow(other.id, carryShared(written, other));
    }
    return result;
  };
};
