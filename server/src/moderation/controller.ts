import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { documentIdParam, parseInput } from '../validation';
import { bulkAction, editorReply, moderationListQuery } from './moderation-input';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const moderation = () => strapi.plugin(PLUGIN_ID).service('moderation');
  return {
    async list(ctx: any) {
      ctx.body = await moderation().list(parseInput(moderationListQuery, ctx.query, 'query'));
    },
    async bulk(ctx: any) {
      ctx.body = { data: await moderation().setStatus(parseInput(bulkAction, ctx.request.body, 'body'), ctx.state.user) };
    },
    async thread(ctx: any) {
      ctx.body = await moderation().thread(parseInput(documentIdParam, ctx.params.id, 'id'));
    },
    async reply(ctx: any) {
      const { content } = parseInput(editorReply, ctx.request.body, 'body');
      ctx.status = 201;
      ctx.body = await moderation().reply(parseInput(documentIdParam, ctx.params.id, 'id'), content, ctx.state.user);
    },
    async reviewSummary(ctx: any) {
      ctx.body = await moderation().reviewSummary(parseInput(documentIdParam, ctx.params.documentId, 'documentId'));
    },
  };
};
