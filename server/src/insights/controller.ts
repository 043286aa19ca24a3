import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { noInput, parseInput } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: any) {
    parseInput(noInput, ctx.query, 'query');
    ctx.body = await strapi.plugin(PLUGIN_ID).service('insights').overview();
  },
});
