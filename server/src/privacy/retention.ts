import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { COMMENT_LIMIT_UID, READER_COMMENT_UID } from '../uids';
import { getService } from '../get-service';

const DAY_MS = 86_400_000;

/**
 * Keeps what the plugin stores about readers no longer than it is useful: limit counters whose
 * window has ended (nothing reads them again, and one row per client address would pile up
 * forever), and the client address hash and user agent of comments older than
 * `retention.clientDataDays`, which moderators need only against recent abuse; webhook events
 * sent more than a week ago. All are
 * set-based statements, so instances sweeping at the same time do no harm.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | undefined;

  const sweep = async (now = new Date()) => {
    const { clientDataDays } = pluginConfig(strapi).retention;
    const limits = await strapi.db.query(COMMENT_LIMIT_UID).deleteMany({ where: { windowEndsAt: { $lt: now } } });
    const comments = await strapi.db.query(READER_COMMENT_UID).updateMany({
      where: {
        createdAt: { $lt: new Date(now.getTime() - clientDataDays * DAY_MS) },
        $or: [{ ipHash: { $notNull: true } }, { userAgent: { $notNull: true } }],
      },
      data: { ipHash: null, userAgent: null },
    });
    const prunedEvents = await getService(strapi, 'outbox').prune(now);
    return { expiredLimits: limits.count, clearedComments: comments.count, prunedEvents };
  };

  const sweepAndLog = () =>
    sweep().catch((error) => strapi.log.warn(`[film-reviews] retention sweep failed: ${(error as Error).message}`));

  return {
    sweep,
    start() {
      void sweepAndLog();
      timer = setInterval(sweepAndLog, pluginConfig(strapi).retention.sweepIntervalMinutes * 60_000);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
};
