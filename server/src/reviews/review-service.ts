import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ratingScaleOf } from '../custom-fields/star-rating/rules';
import type { GalleryItem } from '../custom-fields/gallery/rules';
import { loadImageRecords, type ImageRecord } from '../images/image-records';
import { toImageObject } from '../images/image-object';
import { pageWeight } from '../images/page-weight';
import { FILM_REVIEW_UID, READER_COMMENT_UID } from '../uids';
import { commentStats, NO_COMMENTS } from './comment-stats';
import { hideSpoilers } from './spoiler-spans';
import { MAX_PAGE_SIZE } from './query-schemas';
import { reviewJsonLd } from './structured-data';
import { resolveLocale } from '../http/locale';
import { reviewStore } from './review-store';
import type { HiddenSpoilerImage, ImageObject, ReviewCard, ReviewDetailResponse, ReviewListQuery, ReviewListResponse } from './types';
import { getService } from '../get-service';


type StoredReview = Record<string, any> & { documentId: string; gallery?: GalleryItem[] | null; cover?: { id: number } | null };

const coverIdOf = (review: StoredReview) => review.cover?.id ?? review.gallery?.[0]?.file ?? null;

const recordsOf = (records: Map<number, ImageRecord>, ids: Array<number | null | undefined>) =>
  [...new Set(ids)].flatMap((id) => (id && records.has(id) ? [records.get(id)!] : []));

/** Spoiler images keep their placeholder and size so a frontend can reserve the space. */
const hideSpoilerImage = ({ id, width, height, placeholder }: ImageObject): HiddenSpoilerImage => ({ id, width, height, spoiler: true, placeholder });

/** Reviews for frontends: published only, a fixed number of queries per request. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = reviewStore(strapi);

  const card = (review: StoredReview, stats = NO_COMMENTS, records: Map<number, ImageRecord>): ReviewCard => {
    const coverId = coverIdOf(review);
    const cover = coverId && records.get(coverId);
    return {
      documentId: review.documentId,
      slug: review.slug,
      title: review.title,
      locale: review.locale ?? null,
      film: { title: review.film?.title ?? null, releaseYear: review.film?.releaseYear ?? null },
      rating: { value: review.rating, max: ratingScaleOf(strapi, FILM_REVIEW_UID).max },
      excerpt: review.excerpt ?? null,
      spoilerWarning: { level: review.spoilerWarning?.level ?? 'none' },
      cover: cover ? toImageObject(cover) : null,
      commentCount: stats.commentCount,
      readerRating: stats.readerRating,
      likes: stats.likes,
      publishedAt: review.publishedAt,
    };
  };

  return {
    async list(query: ReviewListQuery, auth: unknown): Promise<ReviewListResponse> {
      const { filters, sort } = query;
      const pagination = { page: query.pagination.page, pageSize: Math.min(query.pagination.pageSize, MAX_PAGE_SIZE) };
      const schema = strapi.getModel(FILM_REVIEW_UID);
      // Strapi's own query validation: unknown or private attributes in filters/sort answer 400.
      await strapi.contentAPI.validate.query({ filters, sort }, schema, { auth } as any);
      const safe = (await strapi.contentAPI.sanitize.query({ filters, sort }, schema, { auth } as any)) as any;
      const { reviews: found, total } = await reviews.listPublished({
        filters: safe.filters,
        sort: safe.sort,
        locale: await resolveLocale(strapi, query.locale),
        start: (pagination.page - 1) * pagination.pageSize,
        limit: pagination.pageSize,
      });
      const page = found as StoredReview[];
      const [stats, records] = await Promise.all([
        commentStats(strapi, page.map((review) => review.documentId)),
        loadImageRecords(strapi, page.map(coverIdOf).filter((id): id is number => Boolean(id))),
      ]);
      return {
        data: page.map((review) => card(review, stats.get(review.documentId), records)),
        meta: {
          pagination: {
            page: pagination.page,
            pageSize: pagination.pageSize,
            pageCount: Math.ceil(total / pagination.pageSize),
            total,
          },
        },
      };
    },

    /** `status: 'draft'` is the editor's preview; the controller decides who may ask for it. */
    async detail(
      slug: string,
      { spoilers, locale, status = 'published' }: { spoilers: 'hide' | 'show'; locale?: string; status?: 'published' | 'draft' }
    ): Promise<ReviewDetailResponse> {
      const review = (await reviews.findAt({ slug, locale: await resolveLocale(strapi, locale), status }, 'detail')) as StoredReview | null;
      if (!review) throw new errors.NotFoundError(`No ${status} film review with the slug "${slug}"`);

      const gallery = review.gallery ?? [];
      const [stats, records, settings] = await Promise.all([
        commentStats(strapi, [review.documentId]).then((all) => all.get(review.documentId) ?? NO_COMMENTS),
        loadImageRecords(strapi, [review.cover?.id, ...gallery.map((item) => item.file)].filter((id): id is number => Boolean(id))),
        getService(strapi, 'settings').get(),
      ]);
      const hide = spoilers === 'hide';
      const body = review.body ?? '';
      const { text, hidden } = hide ? hideSpoilers(body, settings.spoilerPlaceholder) : { text: body, hidden: 0 };
      const images = gallery.flatMap((item) => {
        const record = records.get(item.file);
        if (!record) return [];
        const image = toImageObject(record, item);
        return [hide && image.spoiler ? hideSpoilerImage(image) : image];
      });
      const base = card(review, stats, records);
      const coverUrl = base.cover ? new URL(base.cover.url, `${strapi.config.get('server.absoluteUrl')}/`).href : null;

      return {
        data: {
          ...base,
          body: text,
          film: {
            title: review.film?.title ?? null,
            releaseYear: review.film?.releaseYear ?? null,
            runtimeMinutes: review.film?.runtimeMinutes ?? null,
            basedOn: review.film?.basedOn ?? null,
            credits: (review.film?.credits ?? []).map(({ name, job, character }: any) => ({ name, job, character: character ?? null })),
          },
          reviewer: { name: review.reviewer, url: review.reviewerUrl ?? null },
          gallery: images,
          advisories: {
            spoilers: { level: review.spoilerWarning?.level ?? 'none', note: review.spoilerWarning?.note ?? null, hiddenSpans: hidden },
            images: (({ count, originalBytes, optimizedBytes }) => ({ count, originalBytes, optimizedBytes }))(
              pageWeight(recordsOf(records, [review.cover?.id, ...gallery.map((item) => item.file)]))
            ),
          },
          structuredData: reviewJsonLd(review as any, {
            rating: ratingScaleOf(strapi, FILM_REVIEW_UID),
            readerRating: ratingScaleOf(strapi, READER_COMMENT_UID),
            imageUrl: coverUrl,
            stats,
          }),
        },
      };
    },
  };
};
