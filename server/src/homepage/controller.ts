import type { Core } from '@strapi/strapi';
import { noInput, parseInput } from '../validation';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async recentReviews(ctx: HttpContext) {
    parseInput(noInput, ctx.query, 'query');
    ctx.body = await getService(strapi, 'homepage').recentReviews();
  },
});
