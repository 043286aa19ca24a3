import { GALLERY_TEXT_LIMITS } from '../custom-fields/gallery/rules';
import { importAttachments, type ImportedFiles } from './attachment-import';
import { importComments, type CommentImportResult } from './comment-import';
import type { ImportContext } from './import-context';
import type { PostAction, PostOutcome } from './import-report';
import { fingerprint, type ImportKey } from './import-store';
import { inlineImageUrl } from './post-body';
import { reviewFromPost, type ReviewFromPost } from './review-fields';
import type { WxrItem } from './wxr-reader';
import { getService } from '../get-service';

/** What a post becomes: its review's fields, the images it uses, and the fingerprint of both. */
interface PostPlan {
  fields: ReviewFromPost;
  galleryIds: string[];
  imageIds: string[];
  print: string;
}

/** The review an earlier run made of the post (its key and version), and what this run does. */
interface PriorImport {
  postKey: string;
  key: ImportKey | undefined;
  documentId: string | undefined;
  action: Exclude<PostAction, 'failed'>;
}

const planPost = (run: ImportContext, post: WxrItem, outcome: PostOutcome): PostPlan => {
  const { attachments } = run.index;
  const fields = reviewFromPost(post, { scale: run.scale, authors: run.authors, attachments, attachmentByUrl: run.attachmentByUrl });
  outcome.title = fields.data.title;
  outcome.notes.push(...fields.notes);
  const max = run.maxGalleryItems;
  if (fields.gallery.length > max) outcome.notes.push(`gallery cut to the field's ${max} images (the post has ${fields.gallery.length})`);
  const galleryIds = fields.gallery.slice(0, max);
  const imageIds = [...new Set([...galleryIds, ...(fields.cover ? [fields.cover] : []), ...fields.inlineImages])];
  const print = fingerprint({ data: fields.data, publish: fields.publish, publishedAt: fields.publishedAt, images: imageIds.map((id) => attachments.get(id) ?? id) });
  return { fields, galleryIds, imageIds, print };
};

const priorImport = async (run: ImportContext, post: WxrItem, print: string): Promise<PriorImport> => {
  const postKey = `post:${run.site}:${post.id}`;
  const key = (await run.keys.findKeys([postKey])).get(postKey);
  // The review may have been deleted since: then the post comes in again.
  const current = key ? await run.reviews.findVersion(key.targetId, run.locale) : null;
  const action = !current ? 'created' : key!.fingerprint === print ? 'unchanged' : 'updated';
  return { postKey, key, documentId: current?.documentId, action };
};

/** The review's fields as stored: gallery items and inline images pointing at the uploaded files. */
const reviewData = (run: ImportContext, { fields, galleryIds }: PostPlan, files: ImportedFiles) => {
  const gallery = galleryIds
    .filter((id) => files.has(id))
    .map((id) => {
      const attachment = run.index.attachments.get(id);
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
  return { ...fields.data, body, gallery, cover: fields.cover ? (files.get(fields.cover)?.id ?? null) : null };
};

/** Creates or updates the review, publishes it as the blog had, and keys it to the post; answers its document id. */
const writeReview = async (run: ImportContext, plan: PostPlan, prior: PriorImport, files: ImportedFiles) => {
  const documentId = await run.reviews.saveDraft(prior.documentId, run.locale, reviewData(run, plan, files));
  // The blog's own publication date, not the import's: it is what readers and search engines knew.
  if (plan.fields.publish) await run.reviews.publish(documentId, run.locale, plan.fields.publishedAt);
  await run.keys.saveKeys([{ sourceKey: prior.postKey, targetId: documentId, fingerprint: plan.print }], new Map(prior.key ? [[prior.postKey, prior.key]] : []));
  return documentId;
};

/** The review, its key and its comments: run in one transaction, so a post goes in whole or not at all. */
const writePost = async (run: ImportContext, post: WxrItem, plan: PostPlan, prior: PriorImport, files: ImportedFiles, outcome: PostOutcome) => {
  const documentId = prior.action !== 'unchanged' && !run.dryRun ? await writeReview(run, plan, prior, files) : prior.documentId;
  if (documentId) {
    outcome.documentId = documentId;
    outcome.slug = await run.reviews.slugOf(documentId, run.locale);
  }
  const imported = await importComments(run.strapi, {
    site: run.site,
    postId: post.id,
    reviewDocumentId: documentId,
    authorUserId: run.authorIds.get(post.creator),
    comments: post.comments,
    dryRun: run.dryRun,
  });
  // One `review.comments-changed` per review whose thread the import changed, so a static
  // frontend rebuilds that page; no per-comment events and no reply emails for old comments.
  if (!run.dryRun && documentId && imported.counts.created + imported.counts.updated > 0) {
    await getService(run.strapi, 'outbox').recordCommentChanges({ approved: [], removed: [], reviews: [documentId], becamePending: false });
  }
  return imported;
};

const countComments = (run: ImportContext, outcome: PostOutcome, comments: CommentImportResult) => {
  const { totals, skipped } = run.report;
  outcome.comments = comments.counts;
  outcome.notes.push(...comments.notes);
  skipped.push(...comments.skipped);
  totals.comments.pingbacks += comments.pingbacks;
  for (const counter of ['created', 'updated', 'unchanged', 'skipped'] as const) totals.comments[counter] += comments.counts[counter];
};

/** One post: its images first (an upload writes files as well as rows, outside any transaction), then the rest in one transaction. */
export const importPost = async (run: ImportContext, post: WxrItem, outcome: PostOutcome) => {
  const plan = planPost(run, post, outcome);
  const prior = await priorImport(run, post, plan.print);
  outcome.action = prior.action;
  outcome.status = plan.fields.publish ? 'published' : 'draft';
  const files: ImportedFiles = prior.action === 'unchanged' ? new Map() : await importAttachments(run, plan.imageIds, outcome);
  const write = () => writePost(run, post, plan, prior, files, outcome);
  countComments(run, outcome, run.dryRun ? await write() : await run.strapi.db.transaction(write));
};
