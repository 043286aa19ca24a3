import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: any) {
    ctx.body = await strapi.plugin(PLUGIN_ID).service('insights').overview();
  },
});
