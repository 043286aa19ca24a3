import type { z } from 'zod';
import type { ImageObject } from '../images/image-object';
import type { reviewListQuery } from './query-schemas';

export type { ImageObject };
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

/** A review in lists: GET /api/film-reviews/reviews. */
export interface ReviewCard {
  documentId: string;
  slug: string;
  title: string;
  /** The locale this version is written in (Strapi i18n). */
  locale: string | null;
  film: { title: string | null; releaseYear: number | null };
  rating: { value: number; max: number };
  excerpt: string | null;
  spoilerWarning: { level: 'none' | 'mild' | 'major' };
  /** The cover, or the first gallery image. */
  cover: ImageObject | null;
  /** Approved comments. */
  commentCount: number;
  /** Approved comments that carry a rating. */
  readerRating: { average: number | null; count: number };
  publishedAt: string;
}

/** A gallery image whose spoiler is hidden: no url, no sources; its placeholder keeps the space. */
export interface HiddenSpoilerImage {
  id: number;
  width: number | null;
  height: number | null;
  spoiler: true;
  placeholder: ImageObject['placeholder'];
}

/** The full review: GET /api/film-reviews/reviews/:slug. */
export interface ReviewDetail extends Omit<ReviewCard, 'film' | 'publishedAt'> {
  /** null in a draft read for a preview (`status=draft`). */
  publishedAt: string | null;
  /** Markdown; with spoilers=hide every ||span|| is replaced by the placeholder text. */
  body: string;
  film: {
    title: string | null;
    releaseYear: number | null;
    runtimeMinutes: number | null;
    basedOn: string | null;
    credits: Array<{ name: string; job: string; character: string | null }>;
  };
  reviewer: { name: string; url: string | null };
  gallery: Array<ImageObject | HiddenSpoilerImage>;
  advisories: {
    spoilers: { level: 'none' | 'mild' | 'major'; note: string | null; hiddenSpans: number };
    images: { count: number; originalBytes: number; optimizedBytes: number };
  };
  /** schema.org Review JSON-LD, ready for <script type="application/ld+json">. */
  structuredData: Record<string, unknown>;
}
