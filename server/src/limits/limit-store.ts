import type { Core } from '@strapi/strapi';
import { lazyTable, unlessDuplicate } from '../database';
import { COMMENT_LIMIT_UID } from '../uids';

/** A counter: how many posts its key made in the window ending at `windowEndsAt`. */
export interface LimitWindow {
  id: number;
  hits: number;
  windowEndsAt: string | Date;
}

/** The fixed-window counters of the posting limits: one row per key. */
export const limitStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(COMMENT_LIMIT_UID);
  const table = lazyTable(strapi, COMMENT_LIMIT_UID);
  return {
    find: (key: string): Promise<LimitWindow | null> => rows().findOne({ select: ['id', 'hits', 'windowEndsAt'], where: { key } }),

    /** A key's first window, its first post counted; false when another request opened it first. */
    async open(key: string, windowEndsAt: Date): Promise<boolean> {
      return (await unlessDuplicate(() => rows().create({ data: { key, hits: 1, windowEndsAt } }))) !== null;
    },

    /** A new window in place of the ended one just read, its first post counted; false when another request changed the row first. */
    async reopen(window: LimitWindow, windowEndsAt: Date): Promise<boolean> {
      const { count } = await rows().updateMany({ where: { id: window.id, hits: window.hits, windowEndsAt: window.windowEndsAt }, data: { hits: 1, windowEndsAt } });
      return count === 1;
    },

    /** Counts a post in an open window, in one atomic statement while it has room: false when it is full. */
    async countIn(window: LimitWindow, max: number): Promise<boolean> {
      const { name, column } = table();
      const taken = await strapi.db.connection(name).where(column('id'), window.id).where(column('hits'), '<', max).increment(column('hits'), 1);
      return Number(taken) === 1;
    },

    /** Windows that ended before `now`: nothing reads them again. Answers how many went. */
    async deleteEnded(now: Date): Promise<number> {
      return (await rows().deleteMany({ where: { windowEndsAt: { $lt: now } } })).count;
    },
  };
};
