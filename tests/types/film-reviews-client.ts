/**
 * A small frontend client, typed with the plugin's exported types only (as the README shows).
 * `npm run typecheck` compiles it; the API tests run it against the playground and compile its
 * answers against the same types (tests/api/typed-client.ts).
 */
import type {
  CommentSubmission,
  CommentThreadResponse,
  GraphqlCommentThread,
  GraphqlReview,
  GraphqlReviewList,
  PostedComment,
  PostedCommentResponse,
  ReviewDetailResponse,
  ReviewListResponse,
} from 'strapi-plugin-film-reviews/strapi-server';

const IMAGE = 'id url width height alt caption credit spoiler mime bytes placeholder { dataUri thumbhash color } sources { type srcset }';
const CARD = `documentId slug title locale film { title releaseYear } rating { value max } excerpt spoilerWarning { level } cover { ${IMAGE} } commentCount readerRating { average count } publishedAt`;
const COMMENT = 'documentId number author { name url } content contentHtml containsSpoilers spoilerHidden rating isEditorReply createdAt';
const PAGINATION = 'pagination { page pageSize pageCount total }';

export const REVIEWS_QUERY = `query Reviews($locale: String) { filmReviews(locale: $locale) { data { ${CARD} } meta { ${PAGINATION} } } }`;
export const REVIEW_QUERY = `query Review($slug: String!, $locale: String) {
  filmReview(slug: $slug, locale: $locale) {
    ${CARD} body film { title releaseYear runtimeMinutes basedOn credits { name job character } } reviewer { name url } gallery { ${IMAGE} }
    advisories { spoilers { level note hiddenSpans } images { count originalBytes optimizedBytes } } structuredData
  }
}`;
export const THREAD_QUERY = `query Thread($slug: String!) {
  filmReviewComments(slug: $slug) { data { ${COMMENT} replies { ${COMMENT} replies { ${COMMENT} replies { documentId } } } } meta { ${PAGINATION} totalComments } }
}`;
export const POST_MUTATION = `mutation Post($slug: String!, $data: FilmReviewsCommentInput!) { postFilmReviewComment(slug: $slug, data: $data) { documentId moderationStatus } }`;

export const filmReviewsClient = (baseUrl: string) => {
  const rest = async <T>(path: string, init?: RequestInit): Promise<T> => (await fetch(`${baseUrl}/api/film-reviews${path}`, init)).json() as Promise<T>;
  const graphql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const { data, errors } = (await response.json()) as { data: T; errors?: Array<{ message: string }> };
    if (errors) throw new Error(errors.map((error) => error.message).join('; '));
    return data;
  };
  const query = (locale?: string) => (locale ? `?locale=${encodeURIComponent(locale)}` : '');
  return {
    reviews: (locale?: string) => rest<ReviewListResponse>(`/reviews${query(locale)}`),
    review: (slug: string, locale?: string) => rest<ReviewDetailResponse>(`/reviews/${slug}${query(locale)}`),
    comments: (slug: string) => rest<CommentThreadResponse>(`/reviews/${slug}/comments`),
    post: (slug: string, data: CommentSubmission) =>
      rest<PostedCommentResponse>(`/reviews/${slug}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data }) }),
    graphql: {
      reviews: async (locale?: string) => (await graphql<{ filmReviews: GraphqlReviewList }>(REVIEWS_QUERY, { locale })).filmReviews,
      review: async (slug: string, locale?: string) => (await graphql<{ filmReview: GraphqlReview }>(REVIEW_QUERY, { slug, locale })).filmReview,
      comments: async (slug: string) => (await graphql<{ filmReviewComments: GraphqlCommentThread }>(THREAD_QUERY, { slug })).filmReviewComments,
      post: async (slug: string, data: CommentSubmission) => (await graphql<{ postFilmReviewComment: PostedComment }>(POST_MUTATION, { slug, data })).postFilmReviewComment,
    },
  };
};
