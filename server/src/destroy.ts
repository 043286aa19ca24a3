import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.plugin(PLUGIN_ID).service('retention').stop();
  // Let the jobs in flight finish so no job is left "running" by a clean shutdown.
  await strapi.plugin(PLUGIN_ID).service('image-worker').stop();
  await strapi.plugin(PLUGIN_ID).service('outbox-worker').stop();
};

export default destroy;
