import type { Core } from '@strapi/strapi';
import { parseInput } from '../validation';
import { eraseRequest, exportQuery } from './privacy-input';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const privacy = () => getService(strapi, 'privacy');
  return {
    /** A JSON file to hand to the reader; the admin page also reads its count. */
    async export(ctx: HttpContext) {
      const { email } = parseInput(exportQuery, ctx.query, 'query');
      const data = await privacy().export(email);
      const name = `comments-${email.replace(/[^a-z0-9@._-]/gi, '_')}.json`;
      ctx.set('Content-Disposition', `attachment; filename="${name}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data };
    },
    async erase(ctx: HttpContext) {
      ctx.body = { data: await privacy().erase(parseInput(eraseRequest, ctx.request.body, 'body')) };
    },
  };
};
