import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'retention').stop();
  // The workers finish the job each is running and hand back the rest of their claims, so no job
  // is left "running" for a lease to expire; meanwhile the requests in flight are answered.
  await Promise.all([getService(strapi, 'image-worker').stop(), getService(strapi, 'outbox-worker').stop(), getService(strapi, 'request-drain').drain()]);
};

export default destroy;
