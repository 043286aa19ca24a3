import { PLUGIN_ID } from '../plugin-id';

/** The content type the content manager edits reviews as. */
export const FILM_REVIEW_MODEL = `plugin::${PLUGIN_ID}.film-review`;

/** Reading reviews in the content manager: what the recent reviews route and widget require. */
export const REVIEW_READ_PERMISSION = { action: 'plugin::content-manager.explorer.read', subject: FILM_REVIEW_MODEL } as const;

/** Where a review's version stands, as the content manager tells it (`modified`: a draft newer than its published version). */
export type RecentReviewStatus = 'draft' | 'published' | 'modified';

export interface RecentReview {
  documentId: string;
  locale: string;
  title: string;
  rating: number | null;
  status: RecentReviewStatus;
  /** Approved comments readers see (the thread's count). */
  comments: number;
  updatedAt: string;
}

/** GET /homepage/recent-reviews: the admin home page's latest edited reviews. */
export declare namespace ListRecentReviews {
  interface Response {
    data: RecentReview[];
    /** The rating field's number of stars. */
    meta: { ratingMax: number };
  }
}
