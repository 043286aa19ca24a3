import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReaderBlock } from '../../../shared/contracts/blocks';
import { privateHash } from '../comments/client-identity';
import { commentStore } from '../comments/comment-store';
import { ERASED_EMAIL } from '../privacy/privacy-service';
import type { AdminUser } from '../http/context';
import { invalidAt } from '../validation';
import { blockStore, type ReaderHashes } from './block-store';
import type { BlockRequest } from './block-input';

const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/** A block as moderators see it: what it matches, never the hashes themselves. */
const toReaderBlock = (row: Record<string, any>, now = Date.now()): ReaderBlock => ({
  documentId: row.documentId,
  authorName: row.authorName ?? null,
  commentDocumentId: row.commentDocumentId ?? null,
  note: row.note ?? null,
  expiresAt: iso(row.expiresAt),
  blockedBy: row.blockedBy ?? null,
  createdAt: iso(row.createdAt)!,
  active: row.expiresAt === null || row.expiresAt === undefined || new Date(row.expiresAt).getTime() > now,
  matches: [...(row.emailHash ? (['email'] as const) : []), ...(row.ipHash ? (['address'] as const) : [])],
});

/**
 * Moderators block a troublesome reader by the comment they wrote: the keyed hashes of its email
 * and client address (whichever the comment still has), so nothing new about them is stored.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const blocks = blockStore(strapi);
  const comments = commentStore(strapi);
  /** The keyed hashes a block of this reader holds; the email's as the flood limit keys it. */
  const hashesOf = (reader: { email?: string | null; ip?: string | null; ipHash?: string | null }): ReaderHashes => ({
    emailHash: reader.email && reader.email !== ERASED_EMAIL ? privateHash(strapi, 'email', reader.email) : null,
    ipHash: reader.ipHash ?? (reader.ip ? privateHash(strapi, 'ip', reader.ip) : null),
  });

  return {
    hashesOf,

    /** The blocks that hold for these hashes now, for a query the caller runs anyway to ask `exists` of. */
    holding: (hashes: ReaderHashes) => blocks.holding(hashes, new Date()),

    /** Whether a block holds for these hashes now (where no query runs anyway to ask it of). */
    holds: (hashes: ReaderHashes) => blocks.holds(hashes, new Date()),

    async block(commentDocumentId: string, request: BlockRequest, admin: AdminUser): Promise<{ data: ReaderBlock }> {
      const comment = await comments.find(commentDocumentId, ['authorEmail', 'authorName', 'ipHash']);
      if (!comment) throw new errors.NotFoundError(`No comment ${commentDocumentId}`);
      const hashes = hashesOf({ email: comment.authorEmail, ipHash: comment.ipHash });
      // An erased reader's comment, its address forgotten by the retention sweep: nothing left to match.
      if (!hashes.emailHash && !hashes.ipHash) throw invalidAt(['id'], 'This comment no longer holds anything that identifies its author');
      const created = await blocks.create({
        ...hashes,
        authorName: comment.authorName,
        commentDocumentId,
        note: request.note || null,
        expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
        blockedBy: admin.email,
      });
      return { data: toReaderBlock(created) };
    },

    async list({ page, pageSize }: { page: number; pageSize: number }) {
      const { rows, total } = await blocks.page({ offset: (page - 1) * pageSize, limit: pageSize });
      return { data: rows.map((row) => toReaderBlock(row)), meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },

    async unblock(documentId: string) {
      if (!(await blocks.remove(documentId))) throw new errors.NotFoundError(`No block ${documentId}`);
      return { data: { documentId } };
    },
  };
};
