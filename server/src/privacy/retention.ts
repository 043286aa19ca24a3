import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { commentStore } from '../comments/comment-store';
import { limitStore } from '../limits/limit-store';
import { getService } from '../get-service';

const DAY_MS = 86_400_000;

/**
 * The retention sweep, on every instance: keeps what the plugin stores no longer than it is
 * useful. It
 * - deletes posting-limit windows that ended (nothing reads them again, and one row per client
 *   address would pile up forever),
 * - clears the client address hash and user agent of comments older than
 *   `retention.clientDataDays`, which moderators need only against recent abuse,
 * - prunes the outbox's webhook events sent more than a week ago,
 * - deletes spent proof-of-work solutions whose challenge expired (it is refused anyway).
 * All are set-based statements, so instances sweeping at the same time do no harm.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | undefined;
  const limits = limitStore(strapi);
  const comments = commentStore(strapi);

  const sweep = async (now = new Date()) => {
    const { clientDataDays } = pluginConfig(strapi).retention;
    const expiredLimits = await limits.deleteEnded(now);
    const clearedComments = await comments.clearClientData(new Date(now.getTime() - clientDataDays * DAY_MS));
    const prunedEvents = await getService(strapi, 'outbox').prune(now);
    const expiredSolutions = await getService(strapi, 'proof-of-work').purgeExpired(now);
    return { expiredLimits, clearedComments, prunedEvents, expiredSolutions };
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
