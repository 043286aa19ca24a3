import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';
import { jobWorker } from '../jobs/job-worker';
import type { JobQueue } from '../jobs/job-queue';
import { commentStore } from '../comments/comment-store';
import type { OutboxMessage } from './outbox';
import { sendDigest } from './send-digest';
import { sendEvent } from './send-event';
import { sendReplyNotification } from './send-reply';
import { getService } from '../get-service';

/** Sends the outbox from every instance (unless `notifications.worker` is off); a failed send is retried with backoff. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi).notifications;
  const outbox = () => getService(strapi, 'outbox');
  const comments = commentStore(strapi);

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
    async run(message, workerId) {
      if (message.kind === 'digest') return digest(message, workerId);
      if (message.kind === 'event') {
        await sendEvent(strapi, message);
        return outbox().complete(message, workerId, { sentAt: new Date() });
      }
      const skipped = await sendReplyNotification(strapi, message);
      await outbox().complete(message, workerId, skipped ? { state: 'skipped', error: skipped } : { sentAt: new Date() });
    },
  });
};
