import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { jobWorker } from '../jobs/job-worker';
import type { JobQueue } from '../jobs/job-queue';
import { commentStore } from '../comments/comment-store';
import { reviewStore, type ReviewName } from '../reviews/review-store';
import type { OutboxMessage } from './outbox';
import { sendDigest } from './send-digest';
import { sendEvent, toldLater } from './send-event';
import { sendReplyNotification } from './send-reply';
import { getService } from '../get-service';

/** Webhook events one claim takes: a burst of comments is sent in a few claims, not one per event. */
const EVENT_BATCH = 50;

/**
 * Sends the outbox from every instance (unless `notifications.worker` is off); a failed send is
 * retried with backoff. Webhook events go in batches: their reviews' names are read once per
 * batch, and of several `review.comments-changed` about one review in a batch only the last is
 * sent (the others are marked skipped), as a bulk moderation sends one. Emails go one at a time.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi).notifications;
  const outbox = () => getService(strapi, 'outbox');
  const comments = commentStore(strapi);
  const reviews = reviewStore(strapi);
  const batchNames = new WeakMap<OutboxMessage[], Promise<Map<string, ReviewName>>>();
  const namesFor = (batch: OutboxMessage[]) => {
    if (!batchNames.has(batch)) batchNames.set(batch, reviews.names(batch.map((message) => message.reviewDocumentId)));
    return batchNames.get(batch)!;
  };

  const digest = async (message: OutboxMessage, workerId: string) => {
    const settings = await getService(strapi, 'settings').get();
    if (!settings.moderatorDigest) return outbox().complete(message, workerId, { state: 'skipped', error: 'the digest is off' });
    const result = await sendDigest(strapi, message, settings);
    if (result.skipped) return outbox().complete(message, workerId, { state: 'skipped', error: result.skipped });
    const sentAt = new Date();
    await outbox().complete(message, workerId, { sentAt, payload: { sentTo: result.sentTo, covered: result.covered.length } });
    // Comments that started waiting while this digest was being sent are the next digest's.
    if (await comments.hasPendingBesides(result.covered)) await outbox().armDigest(sentAt);
  };

  return jobWorker<OutboxMessage>(strapi, {
    name: 'notification',
    queue: () => outbox() as JobQueue<OutboxMessage>,
    enabled: () => config().worker,
    concurrency: () => 1,
    pollIntervalMs: () => config().pollIntervalMs,
    async claim(workerId) {
      const events = await outbox().claimBatch(workerId, { limit: EVENT_BATCH, where: { kind: 'event' } });
      return events.length > 0 ? events : outbox().claimBatch(workerId, { limit: 1 });
    },
    async run(message, workerId, batch) {
      if (message.kind === 'digest') return digest(message, workerId);
      if (message.kind === 'event') {
        if (toldLater(message, batch)) return outbox().complete(message, workerId, { state: 'skipped', error: 'sent once with a later event about the same review' });
        await sendEvent(strapi, message, await namesFor(batch));
        return outbox().complete(message, workerId, { sentAt: new Date() });
      }
      const skipped = await sendReplyNotification(strapi, message);
      await outbox().complete(message, workerId, skipped ? { state: 'skipped', error: skipped } : { sentAt: new Date() });
    },
  });
};
