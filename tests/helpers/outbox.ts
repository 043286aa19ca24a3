import type { Core } from '@strapi/strapi';
import { waitFor } from './wait';

const OUTBOX_UID = 'plugin::film-reviews.outbox-message';

/**
 * The notification outbox as a test drives it. A failed send waits for a retry that backs off
 * (1, 2, 4, 8… s in the tests): a test makes such retries due now and wakes the worker rather
 * than wait for the clock. The moderators' digest keeps its interval, which its test checks.
 */
export const testOutbox = (ctx: { strapi: Core.Strapi }) => {
  const rows = () => ctx.strapi.db.query(OUTBOX_UID);
  const retryNow = async () => {
    await rows().updateMany({ where: { state: 'queued', kind: { $ne: 'digest' }, runAfter: { $gt: new Date() } }, data: { runAfter: new Date() } });
    ctx.strapi.plugin('film-reviews').service('outbox-worker').wake();
  };
  return {
    rows,
    retryNow,
    /** Until no message of these kinds is queued or being sent; a failed one is retried at once. */
    drained: (kinds: string[] = ['reply', 'event'], timeoutMs = 15_000) =>
      waitFor(
        async () => {
          await retryNow();
          return (await rows().count({ where: { state: { $in: ['queued', 'running'] }, kind: { $in: kinds } } })) === 0;
        },
        timeoutMs,
        `no ${kinds.join(' or ')} message left in the outbox`
      ),
    /** The newest row's id: what a test counts from. */
    lastId: async (): Promise<number> => (await rows().findOne({ select: ['id'], orderBy: { id: 'desc' } }))?.id ?? 0,
  };
};
