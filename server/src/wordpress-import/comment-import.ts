import type { Core } from '@strapi/strapi';
import { newDocumentId } from '../document-id';
import { duplicateKey, privateHash } from '../comments/client-identity';
import { commentStore } from '../comments/comment-store';
import { commentFromWordPress, type ImportedComment } from './comment-fields';
import { fingerprint, importStore, type ImportKey } from './import-store';
import type { PostOutcome, SkippedItem } from './import-report';
import type { WxrComment } from './wxr-reader';

const isReference = (id: string) => Boolean(id) && id !== '0';
const byPostingOrder = (a: WxrComment, b: WxrComment) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id);

export interface CommentImportResult {
  counts: PostOutcome['comments'];
  pingbacks: number;
  skipped: SkippedItem[];
  notes: string[];
}

interface CommentImportInput {
  site: string;
  postId: string;
  reviewDocumentId: string | undefined;
  authorUserId: string | undefined;
  comments: WxrComment[];
  dryRun: boolean;
}

/** A comment of the export with its fingerprint, and its fields unless it has not changed since its last import. */
type Converted = { comment: WxrComment; print: string; fields: ImportedComment | { skip: string } | undefined };

/** What the import writes: new rows, changed ones, and the keys of both. */
interface CommentWrites {
  creates: Array<Record<string, any> & { documentId: string; contentKey: string }>;
  updates: Array<{ documentId: string; data: Record<string, unknown> }>;
  keys: ImportKey[];
}

/**
 * Every comment's document id first (a reply may come before its parent in date order). A
 * comment whose source has not changed since it was imported is not converted again: the
 * conversion (HTML to text) is most of what an unchanged import would cost.
 */
const convert = (sorted: WxrComment[], existing: Map<string, ImportKey>, sourceKey: (id: string) => string, identity: { reviewDocumentId: string; authorUserId: string | null }) => {
  const documentIds = new Map<string, string>();
  const converted: Converted[] = sorted.map((comment) => {
    const key = existing.get(sourceKey(comment.id));
    const print = fingerprint({ comment, ...identity });
    if (key && key.fingerprint === print) {
      documentIds.set(comment.id, key.targetId);
      return { comment, print, fields: undefined };
    }
    const fields = commentFromWordPress(comment);
    if (!('skip' in fields)) documentIds.set(comment.id, key?.targetId ?? newDocumentId());
    return { comment, print, fields };
  });
  return { converted, documentIds };
};

/** What the steps of one post's comment import share. */
interface ImportScope {
  strapi: Core.Strapi;
  input: CommentImportInput;
  /** The review's document id, or a stand-in in a dry run of a new review. */
  reviewDocumentId: string;
  sourceKey(id: string): string;
  existing: Map<string, ImportKey>;
  documentIds: Map<string, string>;
  result: CommentImportResult;
  skip(comment: WxrComment, reason: string): void;
}

/** The stored fields of a comment; notes what had to be decided. */
const commentRow = ({ strapi, input, reviewDocumentId, documentIds, result }: ImportScope, comment: WxrComment, fields: ImportedComment) => {
  const parentDocumentId = isReference(comment.parent) ? (documentIds.get(comment.parent) ?? null) : null;
  if (isReference(comment.parent) && !parentDocumentId) {
    result.notes.push(`comment ${comment.id} replies to comment ${comment.parent}, which is not in the export: imported as a top-level comment`);
  }
  for (const note of fields.notes) result.notes.push(`comment ${comment.id}: ${note}`);
  return {
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
};

/** The rows to write for the comments that changed; unchanged ones are counted, pingbacks and repeats skipped. */
const plannedWrites = (scope: ImportScope, converted: Converted[]): CommentWrites => {
  const { result, existing, sourceKey, documentIds, skip } = scope;
  const writes: CommentWrites = { creates: [], updates: [], keys: [] };
  const contentKeys = new Set<string>();
  for (const { comment, print, fields } of converted) {
    if (!fields) {
      result.counts.unchanged += 1;
      continue;
    }
    if ('skip' in fields) {
      const linkback = fields.skip === 'pingback' || fields.skip === 'trackback';
      if (linkback) result.pingbacks += 1;
      skip(comment, linkback ? `a ${fields.skip}, not a reader's comment` : fields.skip);
      continue;
    }
    const data = commentRow(scope, comment, fields);
    const key = existing.get(sourceKey(comment.id));
    const documentId = documentIds.get(comment.id)!;
    if (!key && contentKeys.has(data.contentKey)) {
      skip(comment, 'the same email wrote the same text on this post before: a duplicate');
      continue;
    }
    contentKeys.add(data.contentKey);
    writes.keys.push({ sourceKey: sourceKey(comment.id), targetId: documentId, fingerprint: print });
    if (key) writes.updates.push({ documentId, data });
    else writes.creates.push({ ...data, documentId });
  }
  return writes;
};

/** Leaves out new comments already in Strapi with the same email and text (posted there, or imported from another export). */
const leaveOutStored = async (scope: ImportScope, writes: CommentWrites, sorted: WxrComment[]) => {
  const taken = await commentStore(scope.strapi).takenContentKeys(writes.creates.map((row) => row.contentKey));
  for (const row of writes.creates.filter((each) => taken.has(each.contentKey))) {
    scope.skip(sorted.find((each) => scope.documentIds.get(each.id) === row.documentId)!, 'a comment with the same email and text is already on this review');
    writes.keys.splice(writes.keys.findIndex((each) => each.targetId === row.documentId), 1);
  }
  writes.creates = writes.creates.filter((each) => !taken.has(each.contentKey));
};

/**
 * Brings a post's comments under its review: each keyed by its WordPress id (a second import
 * updates what changed and adds what is new), replies hung from their parent's document id,
 * the client address kept only as the salted hash. New comments go in with one bulk insert
 * per batch, so the thread bookkeeping recomputes the review once per batch, not per comment.
 */
export const importComments = async (strapi: Core.Strapi, input: CommentImportInput): Promise<CommentImportResult> => {
  const result: CommentImportResult = { counts: { created: 0, updated: 0, unchanged: 0, skipped: 0 }, pingbacks: 0, skipped: [], notes: [] };
  const keys = importStore(strapi);
  const sourceKey = (id: string) => `comment:${input.site}:${id}`;
  const sorted = [...input.comments].sort(byPostingOrder);
  const existing = await keys.findKeys(sorted.map((comment) => sourceKey(comment.id)));
  const reviewDocumentId = input.reviewDocumentId ?? 'dry-run';
  const { converted, documentIds } = convert(sorted, existing, sourceKey, { reviewDocumentId, authorUserId: input.authorUserId ?? null });
  const skip = (comment: WxrComment, reason: string) => {
    result.counts.skipped += 1;
    result.skipped.push({ kind: 'comment', wordpressId: comment.id, post: input.postId, reason });
  };
  const scope: ImportScope = { strapi, input, reviewDocumentId, sourceKey, existing, documentIds, result, skip };

  const writes = plannedWrites(scope, converted);
  if (input.reviewDocumentId && writes.creates.length > 0) await leaveOutStored(scope, writes, sorted);
  result.counts.created = writes.creates.length;
  result.counts.updated = writes.updates.length;
  if (input.dryRun || !input.reviewDocumentId) return result;
  // Inside the post's transaction when the import runs one: the comments and their keys go in together.
  await strapi.db.transaction(async () => {
    await commentStore(strapi).writeImported(writes.creates, writes.updates);
    await keys.saveKeys(writes.keys, existing);
  });
  return result;
};
