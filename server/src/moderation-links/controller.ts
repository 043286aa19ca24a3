import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';
import { queueUrl } from '../http/public-urls';
import { parseInput } from '../validation';
import { linkInput } from './link-input';
import { confirmationPage, donePage, failurePage, PAGE_HEADERS } from './link-page';

/** A browser opening the link gets pages, errors included; any other client Strapi's JSON. */
const wantsPage = (ctx: HttpContext) => ctx.accepts('json', 'html') === 'html';

/** HTTP in, service calls out: GET confirms and changes nothing, POST acts. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => getService(strapi, 'moderation-links');

  const answer = async (ctx: HttpContext, respond: () => Promise<{ json: unknown; html: string }>) => {
    ctx.set(PAGE_HEADERS);
    if (!wantsPage(ctx)) {
      ctx.body = (await respond()).json;
      return;
    }
    try {
      const { html } = await respond();
      ctx.type = 'text/html';
      ctx.body = html;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (!status || status >= 500) throw error;
      ctx.status = status;
      ctx.type = 'text/html';
      ctx.body = failurePage((error as Error).message, queueUrl(strapi));
    }
  };

  return {
    async preview(ctx: HttpContext) {
      await answer(ctx, async () => {
        const { token } = parseInput(linkInput, ctx.query, 'query');
        const preview = await links().preview(token);
        return { json: { data: preview }, html: confirmationPage(preview, token, queueUrl(strapi)) };
      });
    },
    async act(ctx: HttpContext) {
      await answer(ctx, async () => {
        const { token } = parseInput(linkInput, ctx.request.body, 'body');
        const done = await links().act(token);
        return { json: { data: done }, html: donePage(done.moderationStatus, queueUrl(strapi)) };
      });
    },
  };
};
