import type { Core } from '@strapi/strapi';
import { slugParam } from '../http/params';
import { parseInput } from '../validation';
import { posterOf, requireJson, withRetryAfter } from '../http/request';
import { commentListQuery, commentPostQuery, commentSubmission, refuseOversizedComment } from './comment-input';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

/** Bumped when the thread's JSON changes shape, so cached pages from before do not match. */
const THREAD_FORMAT = 't1';

/**
 * If-None-Match by weak comparison (RFC 9110 13.1.2). Not koa's ctx.fresh: that one defers to a
 * request's `Cache-Control: no-cache`, which fetch() sends with every conditional request, and
 * an origin server answers the condition whatever the cache directives.
 */
const matchesETag = (header: string, etag: string) =>
  header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => getService(strapi, 'comments');
  return {
    /**
     * Conditional GET: the ETag is the review's thread version, so a client or CDN holding the
     * current page gets a 304 after one query, before any comment is read. Shared caches may
     * keep a page briefly and serve it stale while they revalidate.
     */
    async find(ctx: HttpContext) {
      const query = parseInput(commentListQuery, ctx.query, 'query');
      const state = await comments().threadState(parseInput(slugParam, ctx.params.slug, 'slug'), query.locale);
      ctx.set('ETag', `W/"${THREAD_FORMAT}-${state.reviewDocumentId}-${state.version}"`);
      ctx.set('Cache-Control', 'public, max-age=0, s-maxage=10, stale-while-revalidate=60');
      if (matchesETag(ctx.get('if-none-match'), ctx.response.get('ETag'))) {
        ctx.status = 304;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await comments().threadPage(state, query);
    },

    async create(ctx: HttpContext) {
      requireJson(ctx, 'A comment');
      refuseOversizedComment(Number(ctx.request.length ?? Buffer.byteLength(JSON.stringify(ctx.request.body ?? {}))));
      const { locale } = parseInput(commentPostQuery, ctx.query, 'query');
      const { data } = parseInput(commentSubmission, ctx.request.body, 'body');
      ctx.body = await withRetryAfter(ctx, () => comments().submit(parseInput(slugParam, ctx.params.slug, 'slug'), data, posterOf(ctx), locale));
      ctx.status = 201;
    },
  };
};
