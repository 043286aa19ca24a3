import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../uids';

/** HTTP in, service calls out; the service validates. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.plugin(PLUGIN_ID).service('settings');
  return {
    async find(ctx: any) {
      ctx.body = { data: await settings().get() };
    },
    async update(ctx: any) {
      ctx.body = { data: await settings().update(ctx.request.body?.data ?? ctx.request.body) };
    },
  };
};
