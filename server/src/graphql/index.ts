import type { Core } from '@strapi/strapi';
import { COMMENT_LIMIT_UID, COMMENT_THREAD_UID, FILM_REVIEW_UID, IMAGE_JOB_UID, READER_COMMENT_UID } from '../uids';
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
  // Comments (private fields), jobs, limits and thread bookkeeping have no generated types at all;
  // the review keeps its types (for the filters input) but is read through filmReviews/filmReview.
  for (const uid of [READER_COMMENT_UID, IMAGE_JOB_UID, COMMENT_LIMIT_UID, COMMENT_THREAD_UID]) extension.shadowCRUD(uid).disable();
  extension.shadowCRUD(FILM_REVIEW_UID).disableQueries().disableMutations();
  withholdJsonFields(strapi, extension);
  extension.use(() => ({
    typeDefs: `${typeDefs}\n${typedFieldDefs(strapi, extension)}`,
    resolvers: resolvers(strapi),
    resolversConfig,
  }));
};
