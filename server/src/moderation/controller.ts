import type { Core } from '@strapi/strapi';
import { documentIdParam, parseInput } from '../validation';
import { bulkAction, editorReply, moderationListQuery, reviewOptionsQuery } from './moderation-input';
import { getService } from '../get-service';
import { adminUser, type HttpContext } from '../http/context';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const moderation = () => getService(strapi, 'moderation');
  return {
    async list(ctx: HttpContext) {
      ctx.body = await moderation().list(parseInput(moderationListQuery, ctx.query, 'query'));
    },
    async bulk(ctx: HttpContext) {
      ctx.body = { data: await moderation().setStatus(parseInput(bulkAction, ctx.request.body, 'body'), adminUser(ctx)) };
    },
    async thread(ctx: HttpContext) {
      ctx.body = await moderation().thread(parseInput(documentIdParam, ctx.params.id, 'id'));
    },
    async reply(ctx: HttpContext) {
      const { content } = parseInput(editorReply, ctx.request.body, 'body');
      ctx.status = 201;
      ctx.body = await moderation().reply(parseInput(documentIdParam, ctx.params.id, 'id'), content, adminUser(ctx));
    },
    async reviewOptions(ctx: HttpContext) {
      ctx.body = await moderation().reviewOptions(parseInput(reviewOptionsQuery, ctx.query, 'query'));
    },
    async reviewSummary(ctx: HttpContext) {
      ctx.body = await moderation().reviewSummary(parseInput(documentIdParam, ctx.params.documentId, 'documentId'));
    },
  };
};
