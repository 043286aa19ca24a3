import type { Core } from '@strapi/strapi';
import { reviewDetailQuery, reviewListQuery } from './query-schemas';
import { slugParam } from '../http/params';
import { parseInput } from '../validation';
import { pluginConfig } from '../config/plugin-config';
import { assertMayReadDrafts } from './draft-access';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = () => getService(strapi, 'reviews');
  return {
    async list(ctx: HttpContext) {
      ctx.body = await reviews().list(parseInput(reviewListQuery, ctx.query, 'query'), ctx.state.auth);
    },
    async detail(ctx: HttpContext) {
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
