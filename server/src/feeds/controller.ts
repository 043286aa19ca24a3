import type { Core } from '@strapi/strapi';
import { slugParam } from '../http/params';
import { parseInput } from '../validation';
import { answerIfFresh } from '../http/conditional-get';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';
import { feedQuery } from './feed-input';

/** Feed readers poll every few minutes or hours: a shared cache may keep a feed 5 minutes. */
const FEED_CACHE = 'public, max-age=300, stale-while-revalidate=600';

/** Conditional GET first: a 304 costs the state read, before any entry is read or any XML built. */
const answerFeed = async <State extends { etag: string; lastModified: Date | null }>(ctx: HttpContext, state: State, build: (state: State) => Promise<string>) => {
  if (answerIfFresh(ctx, { etag: state.etag, lastModified: state.lastModified, cacheControl: FEED_CACHE })) return;
  ctx.type = 'application/atom+xml; charset=utf-8';
  ctx.body = await build(state);
};

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feeds = () => getService(strapi, 'feeds');
  return {
    async reviews(ctx: HttpContext) {
      const { locale } = parseInput(feedQuery, ctx.query, 'query');
      await answerFeed(ctx, await feeds().reviewsState(locale), feeds().reviewsFeed);
    },
    async comments(ctx: HttpContext) {
      const { locale } = parseInput(feedQuery, ctx.query, 'query');
      await answerFeed(ctx, await feeds().commentsState(parseInput(slugParam, ctx.params.slug, 'slug'), locale), feeds().commentsFeed);
    },
  };
};
