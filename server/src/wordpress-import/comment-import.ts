import type { Core } from '@strapi/strapi';
import { READER_COMMENT_UID } from '../uids';
import { newDocumentId } from '../document-id';
import { duplicateKey, privateHash } from '../comments/client-identity';
import { commentFromWordPress } from './comment-fields';
import { fingerprint, importKeys, type ImportKey } from './import-keys';
import type { PostOutcome, SkippedItem } from './import-report';
import type { WxrComment } from './wxr-reader';

const INSERT_BATCH = 200;
const isReference = (id: string) => Boolean(id) && id !== '0';
const byPostingOrder = (a: WxrComment, b: WxrComment) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id);

export interface CommentImportResult {
  counts: PostOutcome['comments'];
  pingbacks: number;
  skipped: SkippedItem[];
  notes: string[];
}

/**
 * Brings a post's comments under its review: each keyed by its WordPress id (a second import
 * updates what changed and adds what is new), replies hung from their parent's document id,
 * the client address kept only as the salted hash. New comments go in with one bulk insert
 * per batch, so the thread bookkeeping recomputes the review once per batch, not per comment.
 */
export const importComments = async (
  strapi: Core.Strapi,
  input: { site: string; postId: string; reviewDocumentId: string | undefined; authorUserId: string | undefined; comments: WxrComment[]; dryRun: boolean }
): Promise<CommentImportResult> => {
  const result: CommentImportResult = { counts: { created: 0, updated: 0, unchanged: 0, skipped: 0 }, pingbacks: 0, skipped: [], notes: [] };
  const sourceKey = (id: string) => `comment:${input.site}:${id}`;
  const keys = importKeys(strapi);
  const sorted = [...input.comments].sort(byPostingOrder);
  const existing = await keys.find(sorted.map((comment) => sourceKey(comment.id)));
  const skip = (comment: WxrComment, reason: string) => {
    result.counts.skipped += 1;
    result.skipped.push({ kind: 'comment', wordpressId: comment.id, post: input.postId, reason });
  };

  const reviewDocumentId = input.reviewDocumentId ?? 'dry-run';
  // Every comment's document id first: a reply may come before its parent in date order. A
  // comment whose source has not changed since it was imported is not converted again: the
  // conversion (HTML to text) is most of what an unchanged import would cost.
  const documentIds = new Map<string, string>();
  const mapped = sorted.map((comment) => {
    const key = existing.get(sourceKey(comment.id));
    const print = fingerprint({ comment, reviewDocumentId, authorUserId: input.authorUserId ?? null });
    if (key && key.fingerprint === print) {
      documentIds.set(comment.id, key.targetId);
      return { comment, print, fields: undefined };
    }
    const fields = commentFromWordPress(comment);
    if (!('skip' in fields)) documentIds.set(comment.id, key?.targetId ?? newDocumentId());
    return { comment, print, fields };
  });

  const creates: any[] = [];
  const updates: Array<{ documentId: string; data: any }> = [];
  const savedKeys: ImportKey[] = [];
  const contentKeys = new Set<string>();
  for (const { comment, print, fields } of mapped) {
    if (!fields) {
      result.counts.unchanged += 1;
      continue;
    }
    if ('skip' in fields) {
      if (['pingback', 'trackback'].includes(fields.skip)) result.pingbacks += 1;
      skip(comment, fields.skip === 'pingback' || fields.skip === 'trackback' ? `a ${fields.skip}, not a reader's comment` : fields.skip);
      continue;
    }
    const parentDocumentId = isReference(comment.parent) ? documentIds.get(comment.parent) ?? null : null;
    if (isReference(comment.parent) && !parentDocumentId) {
      result.notes.push(`comment ${comment.id} replies to comment ${comment.parent}, which is not in the export: imported as a top-level comment`);
    }
    for (const note of fields.notes) result.notes.push(`comment ${comment.id}: ${note}`);
    const data = {
      reviewDocumentId,
      parentDocumentId,
      authorName: fields.authorName,
      authorEmail: fields.authorEmail,
      authorUrl: fields.authorUrl,
      content: fields.content,
      containsSpoilers: false,
      moderationStatus: fields.moderationStatus,
      isEditorReply: Boolean(input.authorUserId) && isReference(comment.userId) && comment.userId === input.authorUserId,
      ipHash: fields.ip ? privateHash(strapi, 'ip', fields.ip) : null,
      contentKey: duplicateKey(strapi, fields.authorEmail, reviewDocumentId, fields.content),
      createdAt: fields.createdAt,
    };
    const key = existing.get(sourceKey(comment.id));
    const documentId = documentIds.get(comment.id)!;
    if (!key && contentKeys.has(data.contentKey)) {
      skip(comment, 'the same email wrote the same text on this post before: a duplicate');
      continue;
    }
    contentKeys.add(data.contentKey);
    savedKeys.push({ sourceKey: sourceKey(comment.id), targetId: documentId, fingerprint: print });
    if (key) updates.push({ documentId, data });
    else creates.push({ ...data, documentId });
  }

  // Comments already in Strapi with the same email and text (posted there, or imported from another export).
  if (input.reviewDocumentId && creates.length > 0) {
    const taken = new Set(
      (
        await strapi.db.query(READER_COMMENT_UID).findMany({ select: ['contentKey'], where: { contentKey: { $in: creates.map((row) => row.contentKey) } } })
      ).map((row: { contentKey: string }) => row.contentKey)
    );
    for (const row of creates.filter((each) => taken.has(each.contentKey))) {
      const comment = sorted.find((each) => documentIds.get(each.id) === row.documentId)!;
      skip(comment, 'a comment with the same email and text is already on this review');
      savedKeys.splice(savedKeys.findIndex((each) => each.targetId === row.documentId), 1);
    }
    creates.splice(0, creates.length, ...creates.filter((each) => !taken.has(each.contentKey)));
  }

  result.counts.created = creates.length;
  result.counts.updated = updates.length;
  if (input.dryRun || !input.reviewDocumentId) return result;

  // Inside the post's transaction when the import runs one: the comments and their keys go in together.
  await strapi.db.transaction(async () => {
    for (let from = 0; from < creates.length; from += INSERT_BATCH) {
      await strapi.db.query(READER_COMMENT_UID).createMany({ data: creates.slice(from, from + INSERT_BATCH) });
    }
    for (const { documentId, data } of updates) await strapi.db.query(READER_COMMENT_UID).update({ where: { documentId }, data });
    await keys.save(savedKeys, existing);
  });
  return result;
};
