import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';
import { starRatingOptions } from '../custom-fields/star-rating/rules';
import { galleryOptions } from '../custom-fields/gallery/rules';
import { resolveLocale } from '../http/locale';
import { reviewStore } from '../reviews/review-store';
import { htmlToText } from './comment-fields';
import { attachmentByUrl, indexExport, siteKey, type ExportIndex } from './export-index';
import type { ImportContext } from './import-context';
import { emptyReport, type ImportProgress, type ImportReport, type PostOutcome } from './import-report';
import { importStore } from './import-store';
import { importPost } from './post-import';
import { readWxr, type WxrItem } from './wxr-reader';

export interface ImportOptions {
  /** A local copy of `wp-content/uploads`, read before downloading. */
  uploadsDir?: string;
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** Statuses a post can be imported from; the rest (trash, auto-draft…) are skipped and listed. */
const IMPORTED_STATUSES = new Set(['publish', 'draft', 'pending', 'future', 'private']);

/**
 * A WordPress export (WXR) in, film reviews with their galleries and comment threads out.
 * Two streaming passes over the file: the first indexes attachments and authors (small), the
 * second imports one post at a time. Every post is keyed by its WordPress id, so a second run
 * updates what changed and leaves the rest alone; a post that fails is listed and the run goes on.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const context = async (index: ExportIndex, report: ImportReport, options: ImportOptions): Promise<ImportContext> => {
    const attributes = strapi.getModel(FILM_REVIEW_UID).attributes as any;
    return {
      strapi,
      site: siteKey(index.channel.siteUrl),
      locale: await resolveLocale(strapi, undefined),
      dryRun: Boolean(options.dryRun),
      uploadsDir: options.uploadsDir,
      index,
      report,
      scale: starRatingOptions(attributes.rating.options),
      maxGalleryItems: galleryOptions(attributes.gallery.options).maxItems,
      authors: new Map(index.channel.authors.map((author) => [author.login, htmlToText(author.displayName) || author.login])),
      authorIds: new Map(index.channel.authors.map((author) => [author.login, author.id])),
      attachmentByUrl: attachmentByUrl(index),
      planned: new Set(),
      keys: importStore(strapi),
      reviews: reviewStore(strapi),
    };
  };

  /** Imports one post of the second pass into the report; a post that fails is listed with why. */
  const importListed = async (run: ImportContext, post: WxrItem) => {
    const { report } = run;
    if (!IMPORTED_STATUSES.has(post.status)) {
      report.skipped.push({ kind: 'item', wordpressId: post.id, title: htmlToText(post.title), reason: `a post with status "${post.status}"` });
      return;
    }
    const outcome: PostOutcome = { wordpressId: post.id, title: post.title, action: 'failed', comments: { created: 0, updated: 0, unchanged: 0, skipped: 0 }, notes: [] };
    try {
      await importPost(run, post, outcome);
    } catch (error) {
      outcome.action = 'failed';
      outcome.notes.push(`failed: ${(error as Error).message}`);
      strapi.log.warn(`[film-reviews] WordPress post ${post.id} could not be imported: ${(error as Error).stack ?? error}`);
    }
    report.totals.reviews[outcome.action] += 1;
    report.posts.push(outcome);
  };

  return {
    async run(file: string, options: ImportOptions = {}): Promise<ImportReport> {
      const report = emptyReport(Boolean(options.dryRun));
      options.onProgress?.({ phase: 'scanning', done: 0, total: 0 });
      const index = await indexExport(file, report);
      const run = await context(index, report, options);
      report.site = run.site;
      report.totals.posts = index.posts;
      let done = 0;
      for await (const entry of readWxr(file)) {
        if (!('item' in entry) || entry.item.type !== 'post') continue;
        done += 1;
        await importListed(run, entry.item);
        options.onProgress?.({ phase: 'importing', done, total: index.posts });
      }
      report.finishedAt = new Date().toISOString();
      return report;
    },
  };
};
