import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'retention').stop();
  // Let the jobs in flight finish so no job is left "running" by a clean shutdown.
  await getService(strapi, 'image-worker').stop();
  await getService(strapi, 'outbox-worker').stop();
};

export default destroy;
