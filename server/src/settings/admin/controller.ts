import type { Core } from '@strapi/strapi';
import { getService } from '../../get-service';
import type { HttpContext } from '../../http/context';

/** HTTP in, service calls out; the service validates. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings');
  return {
    async find(ctx: HttpContext) {
      ctx.body = { data: await settings().get() };
    },
    async update(ctx: HttpContext) {
      ctx.body = { data: await settings().update(ctx.request.body?.data ?? ctx.request.body) };
    },
  };
};
