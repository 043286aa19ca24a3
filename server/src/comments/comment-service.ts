import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { READER_COMMENT_UID } from '../uids';
import { duplicateKey, privateHash } from './client-identity';
import type { CommentThreadResponse, CommentSubmission, PostedCommentResponse } from '../client-types';
import type { CommentListQuery } from './comment-input';
import { moderate } from './moderation-rules';
import { checkStarRating, ratingScaleOf } from '../custom-fields/star-rating/rules';
import { nestPage } from './thread';
import { createPageCache } from './page-cache';
import { commentStore, type ThreadState } from './comment-store';
import { reviewStore } from '../reviews/review-store';
import { resolveLocale } from '../http/locale';
import type { Poster } from '../http/request';
import type { Settings } from '../settings/settings-schema';
import { invalidAt, validationError } from '../validation';
import { getService } from '../get-service';
import { alreadyPosted, forbidden } from './comment-errors';
import { editTokenHash, newEditToken } from './edit-token';

const noSuchReview = (slug: string) => new errors.NotFoundError(`No published film review with the slug "${slug}"`);
/** Up to ~100 KB each (100 roots with replies): a few MB at most. */
const PAGE_CACHE_ENTRIES = 100;

type Author = { authorName: string; authorEmail: string };
type OpenReview = { documentId: string; locale: string };

/** A guest names themselves; a signed-in reader's account names them. */
const authorOf = (input: CommentSubmission, poster: Poster): Author => {
  // An account's username may be longer than a comment's name field takes.
  const authorName = input.authorName ?? poster.user?.username?.slice(0, 80);
  const authorEmail = (input.authorEmail ?? poster.user?.email)?.toLowerCase();
  const missing = [
    ...(authorName ? [] : [{ path: ['authorName'], message: 'authorName is required' }]),
    ...(authorEmail ? [] : [{ path: ['authorEmail'], message: 'authorEmail is required' }]),
  ];
  if (missing.length > 0) throw validationError(missing);
  return { authorName: authorName!, authorEmail: authorEmail! };
};

/** Reading threads and taking reader comments: the thread's shape, the posting rules and the settings that tune them. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = commentStore(strapi);
  const reviews = reviewStore(strapi);
  const settings = (): Promise<Settings> => getService(strapi, 'settings').get();
  const pages = createPageCache(PAGE_CACHE_ENTRIES);

  /** The reader's own rating follows the field's rules. */
  const checkRating = (rating: number | null | undefined) => {
    const issues = checkStarRating(rating, ratingScaleOf(strapi, READER_COMMENT_UID));
    if (issues.length > 0) throw invalidAt(['rating'], `rating ${issues[0].message}`);
  };

  /** The published review of the slug in the reader's locale, open for comments. */
  const openReview = async (slug: string, requestedLocale: string | undefined): Promise<OpenReview> => {
    const locale = await resolveLocale(strapi, requestedLocale);
    const review = await reviews.findAt({ slug, locale, status: 'published' }, 'commenting');
    if (!review) throw noSuchReview(slug);
    if (review.commentsOpen === false) throw forbidden('Comments are closed for this review');
    return { documentId: review.documentId, locale };
  };

  /**
   * Whether the post is held for want of proof of work: guests must solve a challenge (400 otherwise); a
   * frontend's API token may send a reader's comment without one, held, since that reader ran no JavaScript.
   */
  const checkProofOfWork = async (altcha: string | undefined, poster: Poster, current: Settings): Promise<boolean> => {
    if (!current.requireProofOfWork || poster.user) return false;
    if (altcha === undefined && poster.viaApiToken) return true;
    if (altcha === undefined) throw invalidAt(['altcha'], 'altcha is required: solve a challenge of GET /api/film-reviews/challenge');
    await getService(strapi, 'proof-of-work').spend(altcha);
    return false;
  };

  const spendLimit = (key: string, limit: { max: number; windowSeconds: number }, refusal: string) => getService(strapi, 'posting-limits').spend(key, limit, refusal);

  /** 409 for a text this email already posted on the review; whether the email has an approved comment, and whether a moderator blocked the poster. */
  const refuseRepeat = async (author: Author, review: OpenReview, content: string, ip: string) => {
    const blocks = getService(strapi, 'blocks');
    const history = await comments.postingHistory({ authorEmail: author.authorEmail, reviewDocumentId: review.documentId, content, blocks: blocks.holding(blocks.hashesOf({ email: author.authorEmail, ip })) });
    if (history.repeat) throw alreadyPosted();
    return history;
  };

  const stored = (
    input: CommentSubmission,
    author: Author,
    review: OpenReview,
    poster: Poster,
    moderation: { status: string; reason: string; ipHash: string; notify: boolean; editToken: string | null }
  ) => ({
    reviewDocumentId: review.documentId,
    reviewLocale: review.locale,
    parentDocumentId: input.parent ?? null,
    ...author,
    authorUrl: input.authorUrl || null,
    content: input.content,
    containsSpoilers: input.containsSpoilers ?? false,
    rating: input.rating ?? null,
    moderationStatus: moderation.status,
    heldReason: moderation.status === 'approved' ? null : moderation.reason,
    isEditorReply: false,
    notifyReplies: (input.notifyReplies ?? false) && moderation.notify,
    ipHash: moderation.ipHash,
    userAgent: poster.userAgent?.slice(0, 512) ?? null,
    contentKey: duplicateKey(strapi, author.authorEmail, review.documentId, input.content),
    authorUserId: poster.user?.id ?? null,
    editTokenHash: moderation.editToken && editTokenHash(strapi, moderation.editToken),
  });

  /**
   * One page of the thread in one query: the page's roots (by number) and every approved
   * comment under them, with their stored HTML, numbers and display parents. Nothing outside
   * the page is read or rendered.
   */
  const readPage = async (state: ThreadState, query: CommentListQuery): Promise<CommentThreadResponse> => {
    const { page, pageSize } = query.pagination;
    const rows = await comments.threadPage(state.reviewDocumentId, { sort: query.sort, offset: (page - 1) * pageSize, limit: pageSize });
    return {
      data: nestPage(rows, { sort: query.sort, hideSpoilers: query.spoilers === 'hide' }),
      meta: {
        pagination: { page, pageSize, pageCount: Math.ceil(state.rootCount / pageSize), total: state.rootCount },
        totalComments: state.shownCount,
      },
    };
  };

  return {
    /**
     * The review's thread state, in one query: what a conditional request needs (the version
     * behind the ETag) and the counts the page's meta shows. 404 for an unpublished review.
     */
    async threadState(slug: string, locale?: string): Promise<ThreadState> {
      const state = await comments.threadState({ slug, locale: await resolveLocale(strapi, locale), status: 'published' });
      if (!state) throw noSuchReview(slug);
      return state;
    },

    /** The page as JSON, from the page cache while the thread's version stands. */
    async threadPage(state: ThreadState, query: CommentListQuery) {
      const key = [state.reviewDocumentId, state.version, query.sort, query.spoilers, query.pagination.page, query.pagination.pageSize].join(':');
      const cached = pages.get(key);
      if (cached !== undefined) return cached;
      const json = Buffer.from(JSON.stringify(await readPage(state, query)));
      pages.set(key, json);
      return json;
    },

    /**
     * A comment belongs to the review document, whichever locale's slug it was posted under; it
     * keeps that locale. Every check that costs no limit comes before the limits are spent.
     */
    async submit(slug: string, input: CommentSubmission, poster: Poster, locale?: string): Promise<PostedCommentResponse> {
      const author = authorOf(input, poster);
      checkRating(input.rating);
      const review = await openReview(slug, locale);
      if (input.parent && !(await comments.isApprovedIn(input.parent, review.documentId))) {
        throw invalidAt(['parent'], 'parent must be an approved comment of this review');
      }
      const current = await settings();
      const unproven = await checkProofOfWork(input.altcha, poster, current);
      const ipHash = privateHash(strapi, 'ip', poster.ip);
      await spendLimit(`ip:${ipHash}`, current.rateLimit, 'Too many comments from this address; try again later');
      const { returning, blocked } = await refuseRepeat(author, review, input.content, poster.ip);
      if (current.floodIntervalSeconds > 0) {
        const key = `email:${privateHash(strapi, 'email', author.authorEmail)}`;
        await spendLimit(key, { max: 1, windowSeconds: current.floodIntervalSeconds }, 'You are commenting too fast; wait a moment');
      }
      const { status, reason } = moderate({ content: input.content, authorName: author.authorName, authorUrl: input.authorUrl, honeypot: input.company, returning, blocked, unproven }, current);
      const editToken = current.editWindowMinutes > 0 ? newEditToken() : null;
      // The lookup above answers the usual repeat; the unique key settles two at the same moment.
      const created = await comments.create(stored(input, author, review, poster, { status, reason, ipHash, notify: current.replyNotifications, editToken }));
      if (!created) throw alreadyPosted();
      // Spam is answered like any held comment, so a bot learns nothing.
      const moderationStatus = status === 'approved' ? 'approved' : 'pending';
      // The window runs from the stored createdAt, a moment after this: it closes no earlier than said.
      const editableUntil = () => new Date(Date.now() + current.editWindowMinutes * 60_000).toISOString();
      return { data: { documentId: created.documentId, moderationStatus, ...(editToken ? { editToken, editableUntil: editableUntil() } : {}) } };
    },
  };
};
