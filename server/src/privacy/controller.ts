import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { parseInput } from '../validation';
import { eraseRequest, exportQuery } from './privacy-input';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const privacy = () => strapi.plugin(PLUGIN_ID).service('privacy');
  return {
    /** A JSON file to hand to the reader; the admin page also reads its count. */
    async export(ctx: any) {
      const { email } = parseInput(exportQuery, ctx.query, 'query');
      const data = await privacy().export(email);
      const name = `comments-${email.replace(/[^a-z0-9@._-]/gi, '_')}.json`;
      ctx.set('Content-Disposition', `attachment; filename="${name}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data };
    },
    async erase(ctx: any) {
      ctx.body = { data: await privacy().erase(parseInput(eraseRequest, ctx.request.body, 'body')) };
    },
  };
};
