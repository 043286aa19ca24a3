import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID } from '../uids';
import { starRatingOptions } from '../custom-fields/star-rating/rules';
import { galleryOptions, GALLERY_TEXT_LIMITS } from '../custom-fields/gallery/rules';
import { readWxr, type WxrChannel, type WxrItem } from './wxr-reader';
import { plainText } from './comment-fields';
import { reviewFromPost, type WxrAttachment } from './review-fields';
import { inlineImageUrl } from './post-body';
import { uploadAttachment } from './attachment-files';
import { importComments } from './comment-import';
import { fingerprint, importKeys } from './import-keys';
import { resolveLocale } from '../reviews/locales';
import { emptyReport, type ImportProgress, type ImportReport, type PostOutcome } from './import-report';
import { getService } from '../get-service';

export interface ImportOptions {
  /** A local copy of `wp-content/uploads`, read before downloading. */
  uploadsDir?: string;
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** Statuses a post can be imported from; the rest (trash, auto-draft…) are skipped and listed. */
const IMPORTED_STATUSES = new Set(['publish', 'draft', 'pending', 'future', 'private']);
const SIZE_SUFFIX = /-\d+x\d+(?=\.[a-z0-9]+$)/i;

/** `https://blog.example.com/` -> `blog.example.com`: the same blog over http or https is one source. */
const siteKey = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase() || 'wordpress';
const withoutQuery = (url: string) => url.split(/[?#]/)[0];

interface ExportIndex {
  channel: WxrChannel;
  attachments: Map<string, WxrAttachment>;
  byUrl: Map<string, string>;
  posts: number;
}

/**
 * A WordPress export (WXR) in, film reviews with their galleries and comment threads out.
 * Two streaming passes over the file: the first indexes attachments and authors (small), the
 * second imports one post at a time. Every post is keyed by its WordPress id, so a second run
 * updates what changed and leaves the rest alone; a post that fails is listed and the run goes on.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const keys = importKeys(strapi);

  const scan = async (file: string, report: ImportReport): Promise<ExportIndex> => {
    const index: ExportIndex = { channel: { siteUrl: '', authors: [] }, attachments: new Map(), byUrl: new Map(), posts: 0 };
    for await (const entry of readWxr(file)) {
      if ('channel' in entry) {
        index.channel = entry.channel;
        continue;
      }
      const { item } = entry;
      if (item.type === 'post') index.posts += 1;
      else if (item.type === 'attachment') {
        index.attachments.set(item.id, {
          id: item.id,
          url: item.attachmentUrl,
          file: item.meta._wp_attached_file ?? '',
          title: plainText(item.title),
          caption: plainText(item.excerpt),
          alt: item.meta._wp_attachment_image_alt ?? '',
          parent: item.parent,
        });
        index.byUrl.set(withoutQuery(item.attachmentUrl), item.id);
      } else {
        report.skipped.push({ kind: 'item', wordpressId: item.id, title: plainText(item.title), reason: `a ${item.type || 'item without a type'}, not a post` });
      }
    }
    return index;
  };

  return {
    async run(file: string, options: ImportOptions = {}): Promise<ImportReport> {
      const dryRun = Boolean(options.dryRun);
      const report = emptyReport(dryRun);
      options.onProgress?.({ phase: 'scanning', done: 0, total: 0 });
      const index = await scan(file, report);
      const site = siteKey(index.channel.siteUrl);
      report.site = site;
      report.totals.posts = index.posts;

      // A blog's posts come in as the default locale's versions; translations are an editor's work.
      const locale = await resolveLocale(strapi, undefined);
      const attributes = strapi.getModel(FILM_REVIEW_UID).attributes as any;
      const scale = starRatingOptions(attributes.rating.options);
      const { maxItems } = galleryOptions(attributes.gallery.options);
      const authors = new Map(index.channel.authors.map((author) => [author.login, plainText(author.displayName) || author.login]));
      const authorIds = new Map(index.channel.authors.map((author) => [author.login, author.id]));
      const attachmentByUrl = (url: string) => {
        const plain = withoutQuery(url);
        return index.byUrl.get(plain) ?? index.byUrl.get(plain.replace(SIZE_SUFFIX, ''));
      };

      /** Attachments a dry run counted as uploads, so one used by two posts counts once. */
      const planned = new Set<string>();
      /** Upload file ids of these attachments: keyed ones reused, the others uploaded (not in a dry run). */
      const filesFor = async (ids: string[], outcome: PostOutcome) => {
        const files = new Map<string, { id: number; url: string }>();
        const known = await keys.find(ids.map((id) => `attachment:${site}:${id}`));
        const existingFiles: Array<{ id: number; url: string }> = await strapi.db.query('plugin::upload.file').findMany({
          select: ['id', 'url'],
          where: { id: { $in: [...known.values()].map((key) => Number(key.targetId)) } },
        });
        for (const id of ids) {
          const attachment = index.attachments.get(id);
          if (!attachment) {
            outcome.notes.push(`attachment ${id} is not in the export: left out`);
            report.skipped.push({ kind: 'image', wordpressId: id, post: outcome.wordpressId, reason: 'not in the export' });
            continue;
          }
          const reused = existingFiles.find((row) => String(row.id) === known.get(`attachment:${site}:${id}`)?.targetId);
          if (reused) {
            files.set(id, reused);
            report.totals.images.reused += 1;
            continue;
          }
          if (dryRun) {
            if (!planned.has(id)) report.totals.images.uploaded += 1;
            planned.add(id);
            continue;
          }
          try {
            const uploaded = await uploadAttachment(strapi, attachment, options.uploadsDir);
            await keys.save([{ sourceKey: `attachment:${site}:${id}`, targetId: String(uploaded.id), fingerprint: fingerprint(attachment) }], known);
            files.set(id, uploaded);
            report.totals.images.uploaded += 1;
          } catch (error) {
            report.totals.images.failed += 1;
            outcome.notes.push(`image ${attachment.url} could not be imported: ${(error as Error).message}`);
            report.skipped.push({ kind: 'image', wordpressId: id, post: outcome.wordpressId, reason: (error as Error).message });
          }
        }
        return files;
      };

      const importPost = async (post: WxrItem, outcome: PostOutcome) => {
        const fields = reviewFromPost(post, { scale, authors, attachments: index.attachments, attachmentByUrl });
        outcome.title = fields.data.title;
        outcome.notes.push(...fields.notes);
        if (fields.gallery.length > maxItems) outcome.notes.push(`gallery cut to the field's ${maxItems} images (the post has ${fields.gallery.length})`);
        const galleryIds = fields.gallery.slice(0, maxItems);
        const imageIds = [...new Set([...galleryIds, ...(fields.cover ? [fields.cover] : []), ...fields.inlineImages])];
        const print = fingerprint({ data: fields.data, publish: fields.publish, publishedAt: fields.publishedAt, images: imageIds.map((id) => index.attachments.get(id) ?? id) });

        const postKey = `post:${site}:${post.id}`;
        const key = (await keys.find([postKey])).get(postKey);
        const current = key
          ? await strapi.db.query(FILM_REVIEW_UID).findOne({ select: ['documentId', 'slug'], where: { documentId: key.targetId, locale } })
          : null;
        outcome.action = !current ? 'created' : key!.fingerprint === print ? 'unchanged' : 'updated';
        outcome.status = fields.publish ? 'published' : 'draft';
        let documentId: string | undefined = current?.documentId;
        // Images go in first, outside the post's transaction: an upload writes files as well as rows.
        const files = outcome.action === 'unchanged' ? new Map<string, { id: number; url: string }>() : await filesFor(imageIds, outcome);

        /** The review, its key and its comments: one transaction, so a post goes in whole or not at all. */
        const write = async () => {
          if (outcome.action !== 'unchanged' && !dryRun) {
            const gallery = galleryIds
              .filter((id) => files.has(id))
              .map((id) => {
                const attachment = index.attachments.get(id);
                return {
                  file: files.get(id)!.id,
                  caption: attachment?.caption.slice(0, GALLERY_TEXT_LIMITS.caption) || null,
                  alt: (attachment?.alt || attachment?.caption || '').slice(0, GALLERY_TEXT_LIMITS.alt) || null,
                };
              });
            // An inline image whose upload failed is dropped from the body rather than left pointing nowhere.
            const body = fields.inlineImages
              .reduce((markdown, id) => markdown.split(inlineImageUrl(id)).join(files.get(id)?.url ?? ''), fields.data.body)
              .replace(/!\[[^\]]*\]\(\)/g, '');
            const data = { ...fields.data, body, gallery, cover: fields.cover ? files.get(fields.cover)?.id ?? null : null };
            const reviews = strapi.documents(FILM_REVIEW_UID);
            if (current) await reviews.update({ documentId: current.documentId, locale, data: data as any });
            else documentId = (await reviews.create({ locale, data: data as any })).documentId;
            if (fields.publish) {
              await reviews.publish({ documentId: documentId!, locale });
              // The blog's own publication date, not the import's: it is what readers and search engines knew.
              if (fields.publishedAt) {
                await strapi.db.query(FILM_REVIEW_UID).updateMany({ where: { documentId, locale, publishedAt: { $notNull: true } }, data: { publishedAt: fields.publishedAt } });
              }
            }
            await keys.save([{ sourceKey: postKey, targetId: documentId!, fingerprint: print }], new Map(key ? [[postKey, key]] : []));
          }
          if (documentId) {
            outcome.documentId = documentId;
            outcome.slug = (await strapi.db.query(FILM_REVIEW_UID).findOne({ select: ['slug'], where: { documentId, locale } }))?.slug;
          }
          const imported = await importComments(strapi, {
            site,
            postId: post.id,
            reviewDocumentId: documentId,
            authorUserId: authorIds.get(post.creator),
            comments: post.comments,
            dryRun,
          });
          // One `review.comments-changed` per review whose thread the import changed, so a static
          // frontend rebuilds that page; no per-comment events and no reply emails for old comments.
          if (!dryRun && documentId && imported.counts.created + imported.counts.updated > 0) {
            await getService(strapi, 'outbox').recordCommentChanges({ approved: [], removed: [], reviews: [documentId], becamePending: false });
          }
          return imported;
        };
        const comments = dryRun ? await write() : await strapi.db.transaction(write);
        outcome.comments = comments.counts;
        outcome.notes.push(...comments.notes);
        report.skipped.push(...comments.skipped);
        report.totals.comments.pingbacks += comments.pingbacks;
        for (const counter of ['created', 'updated', 'unchanged', 'skipped'] as const) report.totals.comments[counter] += comments.counts[counter];
      };

      let done = 0;
      for await (const entry of readWxr(file)) {
        if (!('item' in entry) || entry.item.type !== 'post') continue;
        const post = entry.item;
        done += 1;
        if (!IMPORTED_STATUSES.has(post.status)) {
          report.skipped.push({ kind: 'item', wordpressId: post.id, title: plainText(post.title), reason: `a post with status "${post.status}"` });
        } else {
          const outcome: PostOutcome = { wordpressId: post.id, title: post.title, action: 'failed', comments: { created: 0, updated: 0, unchanged: 0, skipped: 0 }, notes: [] };
          try {
            await importPost(post, outcome);
          } catch (error) {
            outcome.action = 'failed';
            outcome.notes.push(`failed: ${(error as Error).message}`);
            strapi.log.warn(`[film-reviews] WordPress post ${post.id} could not be imported: ${(error as Error).stack ?? error}`);
          }
          report.totals.reviews[outcome.action] += 1;
          report.posts.push(outcome);
        }
        options.onProgress?.({ phase: 'importing', done, total: index.posts });
      }
      report.finishedAt = new Date().toISOString();
      return report;
    },
  };
};
