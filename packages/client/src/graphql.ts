import type {
  CommentThreadParams,
  GraphqlCommentSubmission,
  GraphqlCommentThread,
  GraphqlReview,
  GraphqlReviewList,
  PostedComment,
  ReviewListParams,
  ReviewParams,
} from './types.js';

/** Every field, so the answers are the Graphql* types in full. */
const IMAGE = 'id url width height alt caption credit spoiler mime bytes placeholder { dataUri thumbhash color } sources { type srcset }';
const CARD = `documentId slug title locale film { title releaseYear } rating { value max } excerpt spoilerWarning { level } cover { ${IMAGE} } commentCount readerRating { average count } likes publishedAt`;
const COMMENT = 'documentId number author { name url } content contentHtml containsSpoilers spoilerHidden rating isEditorReply createdAt editedAt deleted likes';
const PAGINATION = 'pagination { page pageSize pageCount total }';

/**
 * GraphQL has no recursive selection: a comment with `levels` levels of replies under it. The
 * deepest selects only its replies' ids: empty there, as the thread's display depth stops above it.
 */
const commentSelection = (levels: number): string => `${COMMENT} replies { ${levels > 0 ? commentSelection(levels - 1) : 'documentId'} }`;

/** Replies under a root for the plugin's default maxThreadDepth (5 levels in all). */
const DEFAULT_REPLY_LEVELS = 4;

export const REVIEWS_QUERY = `query FilmReviews($filters: FilmReviewsFilmReviewFiltersInput, $sort: [String!], $pagination: FilmReviewsPageInput, $locale: String) {
  filmReviews(filters: $filters, sort: $sort, pagination: $pagination, locale: $locale) { data { ${CARD} } meta { ${PAGINATION} } }
}`;

export const REVIEW_QUERY = `query FilmReview($slug: String!, $spoilers: FilmReviewsSpoilers, $locale: String) {
  filmReview(slug: $slug, spoilers: $spoilers, locale: $locale) {
    ${CARD} body film { title releaseYear runtimeMinutes basedOn credits { name job character } } reviewer { name url } gallery { ${IMAGE} }
    advisories { spoilers { level note hiddenSpans } images { count originalBytes optimizedBytes } } structuredData
  }
}`;

export const threadQuery = (replyLevels = DEFAULT_REPLY_LEVELS) => `query FilmReviewComments($slug: String!, $pagination: FilmReviewsPageInput, $sort: FilmReviewsCommentSort, $spoilers: FilmReviewsSpoilers, $locale: String) {
  filmReviewComments(slug: $slug, pagination: $pagination, sort: $sort, spoilers: $spoilers, locale: $locale) { data { ${commentSelection(replyLevels)} } meta { ${PAGINATION} totalComments } }
}`;

export const POST_COMMENT_MUTATION = `mutation PostFilmReviewComment($slug: String!, $data: FilmReviewsCommentInput!, $locale: String) {
  postFilmReviewComment(slug: $slug, data: $data, locale: $locale) { documentId moderationStatus }
}`;

/** Sends one operation and answers its `data`; errors throw FilmReviewsGraphqlError. */
export type GraphqlRequest = <T>(query: string, variables: Record<string, unknown>, init?: RequestInit) => Promise<T>;

/** The plugin's GraphQL operations (when the app has @strapi/plugin-graphql), every field selected. */
export const graphqlCalls = (request: GraphqlRequest) => ({
  reviews: async (params: ReviewListParams = {}, init?: RequestInit): Promise<GraphqlReviewList> =>
    (await request<{ filmReviews: GraphqlReviewList }>(REVIEWS_QUERY, { ...params }, init)).filmReviews,

  review: async (slug: string, params: ReviewParams = {}, init?: RequestInit): Promise<GraphqlReview> =>
    (await request<{ filmReview: GraphqlReview }>(REVIEW_QUERY, { slug, ...params }, init)).filmReview,

  /** `replyLevels`: reply levels selected under each root; the app's maxThreadDepth minus one covers them all. */
  comments: async (slug: string, { replyLevels, ...params }: CommentThreadParams & { replyLevels?: number } = {}, init?: RequestInit): Promise<GraphqlCommentThread> =>
    (await request<{ filmReviewComments: GraphqlCommentThread }>(threadQuery(replyLevels), { slug, ...params }, init)).filmReviewComments,

  postComment: async (slug: string, data: GraphqlCommentSubmission, params: { locale?: string } = {}, init?: RequestInit): Promise<PostedComment> =>
    (await request<{ postFilmReviewComment: PostedComment }>(POST_COMMENT_MUTATION, { slug, data, ...params }, init)).postFilmReviewComment,
});
