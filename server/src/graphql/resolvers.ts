import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID, PLUGIN_ID } from '../uids';
import { parseInput } from '../validation';
import { reviewDetailQuery, reviewListQuery } from '../reviews/query-schemas';
import { slugParam } from '../http/params';
import { commentListQuery, commentPostQuery, commentSubmission, refuseOversizedComment } from '../comments/comment-input';
import { posterOf } from '../http/request';
import { getService } from '../get-service';

type Args = Record<string, unknown>;

/** GraphQL passes an absent optional argument as null where REST simply leaves it out. */
const given = (args: Args) => Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null && value !== undefined));

/**
 * Runs a service call as the plugin's REST routes run: the standard content API's output
 * hooks (gallery hydration) leave the plugin's own reads alone.
 */
const asPluginRoute = <T>(strapi: Core.Strapi, koa: any, run: () => Promise<T>): Promise<T> => {
  const state = { ...koa?.state, route: { info: { type: 'content-api', pluginName: PLUGIN_ID } } };
  // Strapi types run() as Promise<void>; it answers what the callback answers (AsyncLocalStorage.run).
  const withStore = strapi.requestContext.run as <R>(store: unknown, callback: () => Promise<R>) => Promise<R>;
  return withStore(Object.create(koa ?? null, { state: { value: state } }), run);
};

/** What REST sends, byte for byte: dates as ISO strings, absent keys absent. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export const resolvers = (strapi: Core.Strapi) => {
  const { mappers } = strapi.plugin('graphql').service('utils');
  return {
    Query: {
      filmReviews: (_: unknown, args: Args, context: any) =>
        asPluginRoute(strapi, context.koaContext, async () => {
          const { filters, ...rest } = given(args);
          const query = parseInput(
            reviewListQuery,
            { ...rest, ...(filters ? { filters: mappers.graphQLFiltersToStrapiQuery(filters, strapi.getModel(FILM_REVIEW_UID)) } : {}) },
            'arguments'
          );
          return asJson(await getService(strapi, 'reviews').list(query, context.state.auth));
        }),
      filmReview: (_: unknown, { slug, ...args }: Args, context: any) =>
        asPluginRoute(strapi, context.koaContext, async () => {
          const query = parseInput(reviewDetailQuery, given(args), 'arguments');
          const { data } = await getService(strapi, 'reviews').detail(parseInput(slugParam, slug, 'slug'), query);
          return asJson(data);
        }),
      filmReviewComments: (_: unknown, { slug, ...args }: Args, context: any) =>
        asPluginRoute(strapi, context.koaContext, async () => {
          const query = parseInput(commentListQuery, given(args), 'arguments');
          const state = await getService(strapi, 'comments').threadState(parseInput(slugParam, slug, 'slug'), query.locale);
          // The same cached page as REST: one query for the state, one for the page's whole tree.
          return JSON.parse((await getService(strapi, 'comments').threadPage(state, query)).toString());
        }),
    },
    Mutation: {
      postFilmReviewComment: (_: unknown, { slug, data, locale }: Args, context: any) =>
        asPluginRoute(strapi, context.koaContext, async () => {
          // REST's body limit holds for the whole request here: the query text is small.
          refuseOversizedComment(Number(context.koaContext.request.length));
          const submission = parseInput(commentSubmission, { data: { ...(data as object) } }, 'data').data;
          const query = parseInput(commentPostQuery, given({ locale }), 'arguments');
          const { data: posted } = await getService(strapi, 'comments').submit(parseInput(slugParam, slug, 'slug'), submission, posterOf(context.koaContext), query.locale);
          return posted;
        }),
    },
    // REST leaves these keys out where GraphQL needs a value.
    FilmReviewsImage: { sources: (image: { sources?: unknown[] }) => image.sources ?? [] },
    FilmReviewsComment: { spoilerHidden: (comment: { spoilerHidden?: boolean }) => comment.spoilerHidden === true },
  };
};

/** The public role's REST grants cover the same operations: each resolver names its route's action. */
export const resolversConfig = {
  'Query.filmReviews': { auth: { scope: [`plugin::${PLUGIN_ID}.reviews.list`] } },
  'Query.filmReview': { auth: { scope: [`plugin::${PLUGIN_ID}.reviews.detail`] } },
  'Query.filmReviewComments': { auth: { scope: [`plugin::${PLUGIN_ID}.comments.find`] } },
  'Mutation.postFilmReviewComment': { auth: { scope: [`plugin::${PLUGIN_ID}.comments.create`] } },
};
