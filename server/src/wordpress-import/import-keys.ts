import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { IMPORT_KEY_UID } from '../uids';

export interface ImportKey {
  sourceKey: string;
  targetId: string;
  fingerprint: string;
}

/** What an import read, as one value: equal fingerprints mean the source has not changed since. */
export const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const LOOKUP_BATCH = 500;

/**
 * The map from source items (`post:<site>:<id>`, `comment:…`, `attachment:…`) to what an import
 * made of them; a unique index on the key makes a second import update instead of duplicating.
 */
export const importKeys = (strapi: Core.Strapi) => {
  const keys = () => strapi.db.query(IMPORT_KEY_UID);
  return {
    async find(sourceKeys: string[]): Promise<Map<string, ImportKey>> {
      const found = new Map<string, ImportKey>();
      for (let from = 0; from < sourceKeys.length; from += LOOKUP_BATCH) {
        const rows: ImportKey[] = await keys().findMany({
          select: ['sourceKey', 'targetId', 'fingerprint'],
          where: { sourceKey: { $in: sourceKeys.slice(from, from + LOOKUP_BATCH) } },
        });
        for (const row of rows) found.set(row.sourceKey, row);
      }
      return found;
    },
    async save(rows: ImportKey[], existing: Map<string, ImportKey>) {
      const added = rows.filter((row) => !existing.has(row.sourceKey));
      for (let from = 0; from < added.length; from += LOOKUP_BATCH) await keys().createMany({ data: added.slice(from, from + LOOKUP_BATCH) });
      for (const row of rows.filter((each) => existing.has(each.sourceKey))) {
        await keys().update({ where: { sourceKey: row.sourceKey }, data: { targetId: row.targetId, fingerprint: row.fingerprint } });
      }
    },
  };
};
