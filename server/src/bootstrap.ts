import type { Core } from '@strapi/strapi';
import { grantPublicActions, registerPermissions } from './permissions';
import { subscribeToFileLifecycle } from './images/file-lifecycle';
import { applyFieldLabels } from './content-manager/field-labels';
import { subscribeToCommentWrites } from './comments/comment-writes';
import { WEBHOOK_EVENTS } from './notifications/outbox';
import { getService } from './get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await grantPublicActions(strapi);
  await applyFieldLabels(strapi);
  subscribeToFileLifecycle(strapi);
  subscribeToCommentWrites(strapi);
  // Settings → Webhooks accepts these events for the plugin's comments.
  for (const [key, event] of Object.entries(WEBHOOK_EVENTS)) strapi.get('webhookStore').addAllowedEvent(key, event);
  // Fills the thread bookkeeping of comments stored before it existed (a no-op afterwards).
  await getService(strapi, 'comment-threads').backfill();
  getService(strapi, 'image-worker').start();
  getService(strapi, 'retention').start();
  getService(strapi, 'outbox-worker').start();
  getService(strapi, 'request-drain').watch();
};

export default bootstrap;
