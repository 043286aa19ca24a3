import type { Core } from '@strapi/strapi';
import { grantPublicActions, registerPermissions } from './permissions';
import { subscribeToFileLifecycle } from './images/file-lifecycle';
import { subscribeToCommentWrites } from './comments/comment-writes';
import { PLUGIN_ID } from './uids';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await grantPublicActions(strapi);
  subscribeToFileLifecycle(strapi);
  subscribeToCommentWrites(strapi);
  // Fills the thread bookkeeping of comments stored before it existed (a no-op afterwards).
  await strapi.plugin(PLUGIN_ID).service('comment-threads').backfill();
  strapi.plugin(PLUGIN_ID).service('image-worker').start();
};

export default bootstrap;
