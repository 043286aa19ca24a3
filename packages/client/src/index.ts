export { createFilmReviewsClient } from './client.js';
export type {
  DeleteCommentResult,
  EditCommentResult,
  FilmReviewsClient,
  FilmReviewsClientOptions,
  InvalidFields,
  LikeResult,
  PostCommentResult,
  RateLimited,
  ReportCommentResult,
} from './client.js';
export { FilmReviewsError, FilmReviewsGraphqlError } from './errors.js';
export type { GraphqlError } from './errors.js';
export { POST_COMMENT_MUTATION, REVIEW_QUERY, REVIEWS_QUERY, threadQuery } from './graphql.js';
export type * from './types.js';
