import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { IMPORT_KEY_UID, IMPORT_RUN_UID } from '../uids';

export interface ImportKey {
  sourceKey: string;
  targetId: string;
  fingerprint: string;
}

/** What an import read, as one value: equal fingerprints mean the source has not changed since. */
export const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const LOOKUP_BATCH = 500;
const RUN_COLUMNS = ['id', 'state', 'dryRun', 'fileName', 'done', 'total', 'report', 'error', 'startedBy', 'createdAt', 'updatedAt'];

/**
 * The import's bookkeeping. Keys map source items (`post:<site>:<id>`, `comment:…`,
 * `attachment:…`) to what an import made of them; a unique index on the key makes a second
 * import update instead of duplicating. Runs are the imports started from the admin, with
 * their progress and report.
 */
export const importStore = (strapi: Core.Strapi) => {
  const keys = () => strapi.db.query(IMPORT_KEY_UID);
  const runs = () => strapi.db.query(IMPORT_RUN_UID);
  return {
    async findKeys(sourceKeys: string[]): Promise<Map<string, ImportKey>> {
      const found = new Map<string, ImportKey>();
      for (let from = 0; from < sourceKeys.length; from += LOOKUP_BATCH) {
        const rows: ImportKey[] = await keys().findMany({ select: ['sourceKey', 'targetId', 'fingerprint'], where: { sourceKey: { $in: sourceKeys.slice(from, from + LOOKUP_BATCH) } } });
        for (const row of rows) found.set(row.sourceKey, row);
      }
      return found;
    },

    /** Adds the new keys in bulk and updates the ones `existing` holds. */
    async saveKeys(rows: ImportKey[], existing: Map<string, ImportKey>) {
      const added = rows.filter((row) => !existing.has(row.sourceKey));
      for (let from = 0; from < added.length; from += LOOKUP_BATCH) await keys().createMany({ data: added.slice(from, from + LOOKUP_BATCH) });
      for (const row of rows.filter((each) => existing.has(each.sourceKey))) {
        await keys().update({ where: { sourceKey: row.sourceKey }, data: { targetId: row.targetId, fingerprint: row.fingerprint } });
      }
    },

    async createRun(run: { dryRun: boolean; fileName: string; startedBy: string | null }): Promise<{ id: number }> {
      return runs().create({ data: { state: 'running', done: 0, total: 0, ...run } });
    },

    async updateRun(id: number, data: Record<string, unknown>) {
      await runs().update({ where: { id }, data });
    },

    findRun: (id: number): Promise<Record<string, any> | null> => runs().findOne({ select: RUN_COLUMNS, where: { id } }),
  };
};

export type ImportStore = ReturnType<typeof importStore>;
