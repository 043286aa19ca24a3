import type { Core } from '@strapi/strapi';
import { documentIdParam, parseInput } from '../validation';
import { getService } from '../get-service';
import { adminUser, type HttpContext } from '../http/context';
import { blockListQuery, blockRequest } from './block-input';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const blocks = () => getService(strapi, 'blocks');
  return {
    async block(ctx: HttpContext) {
      const request = parseInput(blockRequest, ctx.request.body ?? {}, 'body');
      ctx.status = 201;
      ctx.body = await blocks().block(parseInput(documentIdParam, ctx.params.id, 'id'), request, adminUser(ctx));
    },
    async list(ctx: HttpContext) {
      ctx.body = await blocks().list(parseInput(blockListQuery, ctx.query, 'query'));
    },
    async unblock(ctx: HttpContext) {
      ctx.body = await blocks().unblock(parseInput(documentIdParam, ctx.params.id, 'id'));
    },
  };
};
