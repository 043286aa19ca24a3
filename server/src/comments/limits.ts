import type { Core } from '@strapi/strapi';
import { isUniqueViolation } from '../database-errors';
import { COMMENT_LIMIT_UID } from '../uids';

export interface LimitDecision {
  allowed: boolean;
  /** Seconds until a new attempt can pass. */
  retryAfter: number;
}

const ATTEMPTS = 5;

/**
 * Fixed-window counters in the database, so every instance sees the same ones. Counting is an
 * atomic increment bounded by the limit; opening a window is a conditional update on the value
 * just read (a lost race reads again), so concurrent posts can never both take the last slot.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const limits = () => strapi.db.query(COMMENT_LIMIT_UID);
  const table = () => strapi.db.metadata.get(COMMENT_LIMIT_UID).tableName;

  return {
    async take(key: string, { max, windowSeconds }: { max: number; windowSeconds: number }): Promise<LimitDecision> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const now = Date.now();
        const row: { id: number; hits: number; windowEndsAt: string | Date } | null = await limits().findOne({
          select: ['id', 'hits', 'windowEndsAt'],
          where: { key },
        });
        const windowEndsAt = new Date(now + windowSeconds * 1000);
        if (!row) {
          try {
            await limits().create({ data: { key, hits: 1, windowEndsAt } });
            return { allowed: true, retryAfter: 0 };
          } catch (error) {
            if (isUniqueViolation(error)) continue;
            throw error;
          }
        }
        const ends = new Date(row.windowEndsAt).getTime();
        if (ends <= now) {
          const { count } = await limits().updateMany({
            where: { id: row.id, hits: row.hits, windowEndsAt: row.windowEndsAt },
            data: { hits: 1, windowEndsAt },
          });
          if (count === 1) return { allowed: true, retryAfter: 0 };
          continue;
        }
        // An open window: one atomic increment while there is room, however many count at once
        // (a read-then-write here lost most races when 50 clients shared one address).
        const taken = await strapi.db.connection(table()).where({ id: row.id }).where('hits', '<', max).increment('hits', 1);
        if (Number(taken) === 1) return { allowed: true, retryAfter: 0 };
        return { allowed: false, retryAfter: Math.max(1, Math.ceil((ends - now) / 1000)) };
      }
      // Heavy contention on one key: refuse rather than let a burst through.
      return { allowed: false, retryAfter: 1 };
    },
  };
};
