import type { Core } from '@strapi/strapi';
import type { StarRatingOptions } from '../custom-fields/star-rating/rules';
import type { ReviewStore } from '../reviews/review-store';
import type { ExportIndex } from './export-index';
import type { ImportReport } from './import-report';
import type { ImportStore } from './import-store';

/** What every step of one import run shares. */
export interface ImportContext {
  strapi: Core.Strapi;
  /** The blog, as the import keys name it. */
  site: string;
  /** A blog's posts come in as the default locale's versions; translations are an editor's work. */
  locale: string;
  dryRun: boolean;
  /** A local copy of `wp-content/uploads`, read before downloading. */
  uploadsDir?: string;
  index: ExportIndex;
  report: ImportReport;
  scale: StarRatingOptions;
  maxGalleryItems: number;
  /** Author logins to display names, and to WordPress user ids (an author's own comments are the editor's replies). */
  authors: Map<string, string>;
  authorIds: Map<string, string>;
  attachmentByUrl: (url: string) => string | undefined;
  /** Attachments a dry run counted as uploads, so one used by two posts counts once. */
  planned: Set<string>;
  keys: ImportStore;
  reviews: ReviewStore;
}
