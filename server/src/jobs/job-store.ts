import type { Core, UID } from '@strapi/strapi';
import { lazyTable } from '../database';

/**
 * The lease columns every job table has (image jobs, the notification outbox): what the job
 * queue reads and writes of any of them. Each write is conditional on the state it expects,
 * so two instances acting on one job cannot both succeed.
 */
export const jobStore = (strapi: Core.Strapi, uid: UID.Schema) => {
  const rows = () => strapi.db.query(uid);
  const table = lazyTable(strapi, uid);
  const updated = async (where: Record<string, unknown>, data: Record<string, unknown>) => (await rows().updateMany({ where, data })).count;

  return {
    /** Queued jobs whose time has come (of those `where` selects), oldest first. */
    due: (now: Date, limit: number, where: Record<string, unknown> = {}): Promise<Array<{ id: number }>> =>
      rows().findMany({ select: ['id'], where: { ...where, state: 'queued', runAfter: { $lte: now } }, orderBy: { id: 'asc' }, limit }),

    /**
     * Takes for this worker those of the jobs still queued, in one conditional update, and
     * answers them as it left them: a job another worker took since it was read is not among them.
     */
    async claim(ids: number[], workerId: string, now: Date) {
      const { name, column } = table();
      await strapi.db
        .connection(name)
        .whereIn(column('id'), ids)
        .where(column('state'), 'queued')
        .update({
          [column('state')]: 'running',
          [column('attempts')]: strapi.db.connection.raw('?? + 1', [column('attempts')]),
          [column('lockedBy')]: workerId,
          [column('lockedAt')]: now,
        });
      return rows().findMany({ where: { id: { $in: ids }, state: 'running', lockedBy: workerId }, orderBy: { id: 'asc' } });
    },

    /** Ends or reschedules a job this worker still holds. */
    async release(id: number, workerId: string, data: Record<string, unknown>) {
      await updated({ id, state: 'running', lockedBy: workerId }, { lockedBy: null, lockedAt: null, ...data });
    },

    /** Back to the queue as if never claimed: jobs this worker took but did not start. */
    async unclaim(ids: number[], workerId: string) {
      if (ids.length === 0) return;
      const { name, column } = table();
      await strapi.db
        .connection(name)
        .whereIn(column('id'), ids)
        .where({ [column('state')]: 'running', [column('lockedBy')]: workerId })
        .update({
          [column('state')]: 'queued',
          [column('attempts')]: strapi.db.connection.raw('?? - 1', [column('attempts')]),
          [column('lockedBy')]: null,
          [column('lockedAt')]: null,
        });
    },

    /** Back to the queue: jobs whose lease was taken before `cutoff`. */
    async releaseLeasedBefore(cutoff: Date) {
      await updated({ state: 'running', lockedAt: { $lt: cutoff } }, { state: 'queued', lockedBy: null, lockedAt: null, runAfter: new Date() });
    },

    async requeueFailed(id: number): Promise<boolean> {
      return (await updated({ id, state: 'failed' }, { state: 'queued', attempts: 0, runAfter: new Date() })) === 1;
    },

    /** Jobs per state, in one grouped query. */
    countByState(): Promise<Array<{ state: string; n: number | string }>> {
      const { name, column } = table();
      return strapi.db.connection(name).select({ state: column('state') }).count({ n: '*' }).groupBy(column('state'));
    },
  };
};
