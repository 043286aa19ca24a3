import type { Core } from '@strapi/strapi';
import { grantPublicActions, registerPermissions } from './permissions';
import { subscribeToFileLifecycle } from './images/file-lifecycle';
import { applyFieldLabels } from './content-manager/field-labels';
import { subscribeToCommentWrites } from './comments/comment-writes';
import { PLUGIN_ID } from './uids';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await grantPublicActions(strapi);
  await applyFieldLabels(strapi);
  subscribeToFileLifecycle(strapi);
  subscribeToCommentWrites(strapi);
  // Fills the thread bookkeeping of comments stored before it existed (a no-op afterwards).
  await strapi.plugin(PLUGIN_ID).service('comment-threads').backfill();
  strapi.plugin(PLUGIN_ID).service('image-worker').start();
  strapi.plugin(PLUGIN_ID).service('retention').start();
};

export default bootstrap;
