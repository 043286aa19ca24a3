import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../uids';
import { slugParam } from '../reviews/query-schemas';
import { parseInput } from '../validation';
import { commentListQuery, commentSubmission, MAX_BODY_BYTES } from './comment-input';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.plugin(PLUGIN_ID).service('comments');
  return {
    async find(ctx: any) {
      const query = parseInput(commentListQuery, ctx.query, 'query');
      ctx.body = await comments().thread(parseInput(slugParam, ctx.params.slug, 'slug'), query);
    },

    async create(ctx: any) {
      const length = Number(ctx.request.length ?? Buffer.byteLength(JSON.stringify(ctx.request.body ?? {})));
      if (length > MAX_BODY_BYTES) throw new errors.PayloadTooLargeError(`A comment request may be at most ${MAX_BODY_BYTES} bytes`);
      const { data } = parseInput(commentSubmission, ctx.request.body, 'body');
      try {
        ctx.body = await comments().submit(parseInput(slugParam, ctx.params.slug, 'slug'), data, {
          ip: ctx.request.ip,
          userAgent: ctx.request.get('user-agent') || null,
          user: ctx.state.user ?? null,
        });
        ctx.status = 201;
      } catch (error) {
        if (error instanceof errors.RateLimitError) ctx.set('Retry-After', String((error.details as { retryAfter: number }).retryAfter));
        throw error;
      }
    },
  };
};
