import type { Core } from '@strapi/strapi';
import type { GalleryItem } from '../custom-fields/gallery/rules';
import { loadImageRecords } from './image-records';
import { pageWeight, type PageWeight } from './page-weight';

type CoverRef = number | { id: number } | null | undefined;

/** The image fields of a review as the document service returns them. */
export interface ReviewImageRefs {
  cover?: CoverRef;
  gallery?: GalleryItem[] | null;
}

/** What a review's images cost a reader: the cover and the gallery, in two queries. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forReview(review: ReviewImageRefs): Promise<PageWeight> {
    const coverId = typeof review.cover === 'number' ? review.cover : review.cover?.id;
    const ids = [...(coverId ? [coverId] : []), ...(review.gallery ?? []).map((item) => item.file)];
    const records = await loadImageRecords(strapi, ids);
    // An image used as cover and in the gallery is downloaded once.
    return pageWeight([...new Set(ids)].flatMap((id) => (records.has(id) ? [records.get(id)!] : [])));
  },
});
