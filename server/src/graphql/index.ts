import type { Core } from '@strapi/strapi';
import { FILM_REVIEW_UID, PLUGIN_ID } from '../uids';
import { typeDefs } from './type-defs';
import { resolvers, resolversConfig } from './resolvers';
import { typedFieldDefs, withholdJsonFields } from './custom-field-types';

/**
 * GraphQL, when the app has @strapi/plugin-graphql (an optional peer dependency): the plugin's
 * own queries and mutation, and shadow CRUD kept to what the public may see.
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension');
  // Comments (private fields) and every bookkeeping table (jobs, limits, threads, import keys and
  // runs, and whatever comes next) have no generated types at all; the review keeps its types
  // (for the filters input) but is read through filmReviews/filmReview.
  const internal = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith(`plugin::${PLUGIN_ID}.`) && uid !== FILM_REVIEW_UID);
  for (const uid of internal) extension.shadowCRUD(uid).disable();
  extension.shadowCRUD(FILM_REVIEW_UID).disableQueries().disableMutations();
  withholdJsonFields(strapi, extension);
  extension.use(() => ({
    typeDefs: `${typeDefs}\n${typedFieldDefs(strapi, extension)}`,
    resolvers: resolvers(strapi),
    resolversConfig,
  }));
};
