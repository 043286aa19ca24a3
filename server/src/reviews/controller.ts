import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { reviewDetailQuery, reviewListQuery } from './query-schemas';
import { slugParam } from '../http/params';
import { parseInput } from '../validation';
import { pluginConfig } from '../config/plugin-config';
import { assertMayReadDrafts } from './draft-access';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = () => strapi.plugin(PLUGIN_ID).service('reviews');
  return {
    async list(ctx: any) {
      ctx.body = await reviews().list(parseInput(reviewListQuery, ctx.query, 'query'), ctx.state.auth);
    },
    async detail(ctx: any) {
      const { spoilers, status, locale } = parseInput(reviewDetailQuery, ctx.query, 'query');
      if (status === 'draft') {
        assertMayReadDrafts(ctx, pluginConfig(strapi).preview.secret);
        // A draft must never sit in a shared cache.
        ctx.set('Cache-Control', 'private, no-store');
      }
      ctx.body = await reviews().detail(parseInput(slugParam, ctx.params.slug, 'slug'), { spoilers, status, locale });
    },
  };
};
