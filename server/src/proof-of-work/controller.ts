import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { noInput, parseInput } from '../validation';
import type { HttpContext } from '../http/context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Each reader gets a challenge of their own: never cached. */
  async challenge(ctx: HttpContext) {
    parseInput(noInput, ctx.query, 'query');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await getService(strapi, 'proof-of-work').challenge();
  },
});
