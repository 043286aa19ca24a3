import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { reviewDetailQuery, reviewListQuery, slugParam } from './query-schemas';
import { parseInput } from '../validation';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = () => strapi.plugin(PLUGIN_ID).service('reviews');
  return {
    async list(ctx: any) {
      ctx.body = await reviews().list(parseInput(reviewListQuery, ctx.query, 'query'), ctx.state.auth);
    },
    async detail(ctx: any) {
      const query = parseInput(reviewDetailQuery, ctx.query, 'query');
      ctx.body = await reviews().detail(parseInput(slugParam, ctx.params.slug, 'slug'), query);
    },
  };
};
