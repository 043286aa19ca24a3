import type { Core } from '@strapi/strapi';
import { slugParam } from '../http/params';
import { documentIdParam, noInput, parseInput } from '../validation';
import { posterOf, requireJson, withRetryAfter } from '../http/request';
import { commentEdit, commentListQuery, commentPostQuery, commentSubmission, refuseOversizedComment } from './comment-input';
import { EDIT_TOKEN_HEADER } from './edit-token';
import type { CommentAuthorProof } from './own-comment-service';
import { getService } from '../get-service';
import { answerIfFresh } from '../http/conditional-get';
import type { HttpContext } from '../http/context';

/** Bumped when the thread's JSON changes shape, so cached pages from before do not match. */
const THREAD_FORMAT = 't1';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => getService(strapi, 'comments');
  const ownComments = () => getService(strapi, 'own-comments');
  /** The comment an edit or delete names, and what proves its author asks: the edit token or the signed-in user. */
  const ownTarget = (ctx: HttpContext): [string, CommentAuthorProof] => {
    const documentId = parseInput(documentIdParam, ctx.params.documentId, 'documentId');
    parseInput(noInput, ctx.query, 'query');
    const poster = posterOf(ctx);
    return [documentId, { editToken: ctx.request.get(EDIT_TOKEN_HEADER) || undefined, userId: poster.user?.id, ip: poster.ip }];
  };
  return {
    /**
     * Conditional GET: the ETag is the review's thread version, so a client or CDN holding the
     * current page gets a 304 after one query, before any comment is read. Shared caches may
     * keep a page briefly and serve it stale while they revalidate.
     */
    async find(ctx: HttpContext) {
      const query = parseInput(commentListQuery, ctx.query, 'query');
      const state = await comments().threadState(parseInput(slugParam, ctx.params.slug, 'slug'), query.locale);
      const etag = `W/"${THREAD_FORMAT}-${state.reviewDocumentId}-${state.version}"`;
      if (answerIfFresh(ctx, { etag, cacheControl: 'public, max-age=0, s-maxage=10, stale-while-revalidate=60' })) return;
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

    async edit(ctx: HttpContext) {
      requireJson(ctx, 'An edit');
      refuseOversizedComment(Number(ctx.request.length ?? Buffer.byteLength(JSON.stringify(ctx.request.body ?? {}))));
      const [documentId, proof] = ownTarget(ctx);
      const { data } = parseInput(commentEdit, ctx.request.body, 'body');
      ctx.body = await withRetryAfter(ctx, () => ownComments().edit(documentId, data, proof));
    },

    async remove(ctx: HttpContext) {
      const [documentId, proof] = ownTarget(ctx);
      ctx.body = await ownComments().remove(documentId, proof);
    },
  };
};
