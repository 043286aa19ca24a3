import type { Core } from '@strapi/strapi';
import * as z from 'zod';
import type { UnsubscribeResponse } from '../client-types';
import { parseInput } from '../validation';
import { unsubscribe } from './unsubscribe';
import type { HttpContext } from '../http/context';

export const unsubscribeQuery = z.object({ token: z.string().min(1).max(1000) }).strict();

const page = (text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Unsubscribed</title></head><body style="font-family:sans-serif;max-width:32rem;margin:4rem auto"><h1>Unsubscribed</h1><p>${text}</p></body></html>`;

const DONE = {
  reply: 'You will get no more emails about replies to your comments.',
  digest: 'You will get no more moderation digests.',
};

/** HTTP in, service calls out. GET is the link in the email; POST is RFC 8058's one-click. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async unsubscribe(ctx: HttpContext) {
    const { token } = parseInput(unsubscribeQuery, ctx.query, 'query');
    const kind = await unsubscribe(strapi, token);
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method === 'POST') {
      ctx.body = { data: { unsubscribed: kind } } satisfies UnsubscribeResponse;
      return;
    }
    ctx.type = 'text/html';
    ctx.body = page(DONE[kind]);
  },
});
