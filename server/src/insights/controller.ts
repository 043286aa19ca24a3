import type { Core } from '@strapi/strapi';
import { noInput, parseInput } from '../validation';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: HttpContext) {
    parseInput(noInput, ctx.query, 'query');
    ctx.body = await getService(strapi, 'insights').overview();
  },
});
