/**
 * The plugin's GraphQL types: the REST output of the reviews, comments and image objects, field for field, every object
 * typed. Only `structuredData` stays JSON: it is a schema.org document a frontend embeds as is.
 */
export const typeDefs = /* GraphQL */ `
  enum FilmReviewsSpoilerLevel {
    none
    mild
    major
  }

  "hide (default): inline spoilers replaced by the placeholder, spoiler images and comments withheld. show: everything."
  enum FilmReviewsSpoilers {
    hide
    show
  }

  enum FilmReviewsCommentSort {
    oldest
    newest
    "Most liked first, then oldest."
    top
  }

  enum FilmReviewsPostedStatus {
    approved
    pending
  }

  type FilmReviewsImagePlaceholder {
    "A tiny WebP data URI (<= 1 KB)."
    dataUri: String!
    thumbhash: String!
    "The dominant colour, #rrggbb."
    color: String!
  }

  type FilmReviewsImageSource {
    "image/avif or image/webp"
    type: String!
    srcset: String!
  }

  """
  An image ready for <picture> and srcset. A gallery image withheld as a spoiler (spoilers: hide)
  keeps only id, width, height, spoiler and placeholder: url, mime and bytes are null, sources empty.
  """
  type FilmReviewsImage {
    id: Int!
    url: String
    width: Int
    height: Int
    alt: String
    caption: String
    credit: String
    spoiler: Boolean!
    mime: String
    bytes: Int
    placeholder: FilmReviewsImagePlaceholder
    sources: [FilmReviewsImageSource!]!
  }

  "The spoiler-warning custom field, wherever it is used."
  type FilmReviewsSpoilerWarning {
    level: FilmReviewsSpoilerLevel!
    note: String
  }

  input FilmReviewsSpoilerWarningInput {
    level: FilmReviewsSpoilerLevel!
    note: String
  }

  "One gallery item as stored: an upload file id and its per-use text."
  input FilmReviewsGalleryItemInput {
    file: Int!
    caption: String
    alt: String
    credit: String
    spoiler: Boolean
  }

  type FilmReviewsPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }

  input FilmReviewsPageInput {
    page: Int
    pageSize: Int
  }

  type FilmReviewsRating {
    value: Float!
    max: Int!
  }

  type FilmReviewsReaderRating {
    average: Float
    count: Int!
  }

  type FilmReviewsFilmSummary {
    title: String
    releaseYear: Int
  }

  type FilmReviewsSpoilerLevelOnly {
    level: FilmReviewsSpoilerLevel!
  }

  "A review in lists."
  type FilmReviewsCard {
    documentId: ID!
    slug: String!
    title: String!
    locale: String
    film: FilmReviewsFilmSummary!
    rating: FilmReviewsRating!
    excerpt: String
    spoilerWarning: FilmReviewsSpoilerLevelOnly!
    "The cover, or the first gallery image."
    cover: FilmReviewsImage
    commentCount: Int!
    readerRating: FilmReviewsReaderRating!
    "How many readers like the review."
    likes: Int!
    publishedAt: String!
  }

  type FilmReviewsCardList {
    data: [FilmReviewsCard!]!
    meta: FilmReviewsCardListMeta!
  }

  type FilmReviewsCardListMeta {
    pagination: FilmReviewsPagination!
  }

  type FilmReviewsCredit {
    name: String!
    job: String!
    character: String
  }

  type FilmReviewsFilm {
    title: String
    releaseYear: Int
    runtimeMinutes: Int
    basedOn: String
    credits: [FilmReviewsCredit!]!
  }

  type FilmReviewsReviewer {
    name: String!
    url: String
  }

  type FilmReviewsSpoilerAdvisory {
    level: FilmReviewsSpoilerLevel!
    note: String
    hiddenSpans: Int!
  }

  type FilmReviewsImageAdvisory {
    count: Int!
    originalBytes: Int!
    optimizedBytes: Int!
  }

  type FilmReviewsAdvisories {
    spoilers: FilmReviewsSpoilerAdvisory!
    images: FilmReviewsImageAdvisory!
  }

  "The full review."
  type FilmReviewsReview {
    documentId: ID!
    slug: String!
    title: String!
    locale: String
    "Markdown; with spoilers: hide every ||span|| is replaced by the placeholder text."
    body: String!
    film: FilmReviewsFilm!
    rating: FilmReviewsRating!
    excerpt: String
    spoilerWarning: FilmReviewsSpoilerLevelOnly!
    cover: FilmReviewsImage
    commentCount: Int!
    readerRating: FilmReviewsReaderRating!
    "How many readers like the review."
    likes: Int!
    publishedAt: String!
    reviewer: FilmReviewsReviewer!
    gallery: [FilmReviewsImage!]!
    advisories: FilmReviewsAdvisories!
    "schema.org Review JSON-LD, ready for <script type=\\"application/ld+json\\">."
    structuredData: JSON!
  }

  type FilmReviewsCommentAuthor {
    name: String!
    url: String
  }

  "An approved comment; replies nest down to the thread depth limit (settings: maxThreadDepth)."
  type FilmReviewsComment {
    documentId: ID!
    "1-based position among the approved comments, in posting order."
    number: Int!
    author: FilmReviewsCommentAuthor!
    content: String
    "Escaped text, links rel=\\"nofollow ugc noopener\\", paragraphs."
    contentHtml: String
    containsSpoilers: Boolean!
    "True when spoilers: hide withheld content and contentHtml."
    spoilerHidden: Boolean!
    rating: Float
    isEditorReply: Boolean!
    createdAt: String!
    "When its author last edited it; null when never edited."
    editedAt: String
    "Its author deleted it: content is null, the author [deleted], and it stays only to hold its replies."
    deleted: Boolean!
    "How many readers like the comment."
    likes: Int!
    replies: [FilmReviewsComment!]!
  }

  type FilmReviewsThread {
    data: [FilmReviewsComment!]!
    meta: FilmReviewsThreadMeta!
  }

  type FilmReviewsThreadMeta {
    "Root comments."
    pagination: FilmReviewsPagination!
    totalComments: Int!
  }

  "A reader's comment. company is the honeypot: render it hidden, send it empty."
  input FilmReviewsCommentInput {
    authorName: String
    authorEmail: String
    authorUrl: String
    content: String!
    "documentId of an approved comment of the same review."
    parent: ID
    containsSpoilers: Boolean
    "Email me when an approved reply to this comment appears (setting replyNotifications)."
    notifyReplies: Boolean
    rating: Float
    company: String
    "The altcha widget's payload (a solved challenge); required from guests while requireProofOfWork is on."
    altcha: String
  }

  type FilmReviewsPostedComment {
    documentId: ID!
    moderationStatus: FilmReviewsPostedStatus!
    "While the edit window is on: the secret that edits and deletes this comment (REST's X-Edit-Token). Shown only here."
    editToken: String
    "With editToken: when the edit window closes (ISO 8601)."
    editableUntil: String
  }

  extend type Query {
    "Published reviews as cards; filters and sort follow the REST rules."
    filmReviews(filters: FilmReviewsFilmReviewFiltersInput, sort: [String!], pagination: FilmReviewsPageInput, locale: String): FilmReviewsCardList!
    filmReview(slug: String!, spoilers: FilmReviewsSpoilers = hide, locale: String): FilmReviewsReview!
    filmReviewComments(slug: String!, pagination: FilmReviewsPageInput, sort: FilmReviewsCommentSort = oldest, spoilers: FilmReviewsSpoilers = hide, locale: String): FilmReviewsThread!
  }

  extend type Mutation {
    postFilmReviewComment(slug: String!, data: FilmReviewsCommentInput!, locale: String): FilmReviewsPostedComment!
  }
`;
