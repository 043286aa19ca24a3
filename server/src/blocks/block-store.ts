import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { lazyTable } from '../database';
import { READER_BLOCK_UID } from '../uids';

/** What a block matches: the keyed hashes of a reader's email and client address (either may be unknown). */
export interface ReaderHashes {
  emailHash: string | null;
  ipHash: string | null;
}

const LIST_COLUMNS = ['documentId', 'authorName', 'commentDocumentId', 'note', 'expiresAt', 'blockedBy', 'createdAt', 'emailHash', 'ipHash'];

/** Blocked readers: rows by hash, looked up by the comment and report writes at no query of their own. */
export const blockStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(READER_BLOCK_UID);
  const table = lazyTable(strapi, READER_BLOCK_UID);

  /**
   * The blocks that hold for these hashes now, as a subquery for the caller to ask `exists`
   * of inside a query it runs anyway (the posting history, the report's insert check).
   */
  const holding = ({ emailHash, ipHash }: ReaderHashes, now: Date): Knex.QueryBuilder => {
    const { name, column } = table();
    return strapi.db.connection(name)
      .select(column('id'))
      .where((match) => {
        if (emailHash) match.orWhere(column('emailHash'), emailHash);
        if (ipHash) match.orWhere(column('ipHash'), ipHash);
        if (!emailHash && !ipHash) match.whereRaw('1 = 0');
      })
      .where((current) => current.whereNull(column('expiresAt')).orWhere(column('expiresAt'), '>', now));
  };

  return {
    holding,

    /** Whether a block holds for these hashes now. */
    async holds(hashes: ReaderHashes, now: Date): Promise<boolean> {
      const [found] = await holding(hashes, now).limit(1);
      return found !== undefined;
    },

    create: (data: Record<string, unknown>): Promise<Record<string, any>> => rows().create({ data: { ...data, publishedAt: new Date() }, select: LIST_COLUMNS }),

    async page({ offset, limit }: { offset: number; limit: number }) {
      const [found, total] = await Promise.all([
        rows().findMany({ select: LIST_COLUMNS, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset, limit }),
        rows().count(),
      ]);
      return { rows: found as Array<Record<string, any>>, total };
    },

    /** Answers whether there was such a block. */
    async remove(documentId: string): Promise<boolean> {
      return (await rows().deleteMany({ where: { documentId } })).count > 0;
    },
  };
};

export type BlockStore = ReturnType<typeof blockStore>;
