import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { commentHtml, escapeHtml } from '../comments/comment-html';
import { commentStore, type CommentFeedState } from '../comments/comment-store';
import { storedTime } from '../database';
import { resolveLocale } from '../http/locale';
import { reviewStore } from '../reviews/review-store';
import { hideSpoilers } from '../reviews/spoiler-spans';
import type { Settings } from '../settings/settings-schema';
import { getService } from '../get-service';
import { atomFeed } from './atom';
import { feedLinks } from './feed-links';

const REVIEW_FEED_SIZE = 20;
const COMMENT_FEED_SIZE = 50;
/** Bumped when what a feed shows changes, so copies from before no longer match. */
const FEED_FORMAT = 'f1';

/** What a feed is built from, read before anything of it: its validators and what they came from. */
interface FeedState {
  locale: string;
  settings: Settings;
  etag: string;
  lastModified: Date | null;
}

export type ReviewsFeedState = FeedState;
export type CommentsFeedState = FeedState & { thread: CommentFeedState };

/** A weak ETag over everything the feed's bytes depend on, the settings it shows them with included. */
const etagOf = (parts: Array<string | number>, { spoilerPlaceholder, commentUrlPattern }: Settings) =>
  `W/"${createHash('sha256').update(JSON.stringify([FEED_FORMAT, ...parts, spoilerPlaceholder, commentUrlPattern])).digest('base64url').slice(0, 27)}"`;

const dateOf = (value: unknown) => new Date(storedTime(value));

/**
 * Atom feeds of the latest reviews and of a review's comments. Each is a state read (one query,
 * plus the locale and the settings) that answers a conditional request on its own, then one
 * query for the entries: never a query per entry.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = reviewStore(strapi);
  const comments = commentStore(strapi);
  const settings = (): Promise<Settings> => getService(strapi, 'settings').get();

  return {
    async reviewsState(requestedLocale: string | undefined): Promise<ReviewsFeedState> {
      const locale = await resolveLocale(strapi, requestedLocale);
      const [published, current] = await Promise.all([reviews.publishedState(locale), settings()]);
      return {
        locale,
        settings: current,
        etag: etagOf(['reviews', locale, published.count, published.lastChanged?.getTime() ?? 0], current),
        lastModified: published.lastChanged,
      };
    },

    /** The latest published reviews with their excerpts, spoiler spans hidden as the review page hides them. */
    async reviewsFeed({ locale, settings: current }: ReviewsFeedState): Promise<string> {
      const links = feedLinks(strapi, { pattern: current.commentUrlPattern, locale });
      const latest = await reviews.latestPublished(locale, REVIEW_FEED_SIZE);
      return atomFeed({
        id: `urn:film-reviews:reviews:${locale}`,
        title: 'Film reviews',
        self: links.reviewsFeed,
        entries: latest.map((review) => ({
          id: `urn:film-reviews:review:${review.documentId}:${review.locale}`,
          title: escapeHtml(review.title),
          link: links.review(review.slug),
          updated: dateOf(review.updatedAt),
          published: dateOf(review.publishedAt),
          author: review.reviewer,
          summary: review.excerpt ? escapeHtml(hideSpoilers(review.excerpt, current.spoilerPlaceholder).text) : undefined,
        })),
      });
    },

    /** 404 for a slug with no published review in the locale. */
    async commentsState(slug: string, requestedLocale: string | undefined): Promise<CommentsFeedState> {
      const locale = await resolveLocale(strapi, requestedLocale);
      const [thread, current] = await Promise.all([comments.feedState({ slug, locale, status: 'published' }), settings()]);
      if (!thread) throw new errors.NotFoundError(`No published film review with the slug "${slug}"`);
      return {
        locale,
        settings: current,
        thread,
        etag: etagOf(['comments', locale, thread.reviewDocumentId, thread.version, thread.lastChanged.getTime()], current),
        lastModified: thread.lastChanged,
      };
    },

    /** The review's latest approved comments, leaving out those marked as spoilers; no author's email or address. */
    async commentsFeed({ locale, settings: current, thread }: CommentsFeedState): Promise<string> {
      const links = feedLinks(strapi, { pattern: current.commentUrlPattern, locale });
      const latest = await comments.feedComments(thread.reviewDocumentId, COMMENT_FEED_SIZE);
      return atomFeed({
        id: `urn:film-reviews:review:${thread.reviewDocumentId}:comments`,
        title: `Comments on ${thread.title}`,
        self: links.commentsFeed(thread.slug),
        alternate: links.review(thread.slug),
        entries: latest.map((comment) => ({
          id: `urn:film-reviews:comment:${comment.documentId}`,
          title: escapeHtml(`${comment.authorName} on ${thread.title}`),
          link: links.comment(thread.slug, comment.documentId),
          updated: dateOf(comment.createdAt),
          published: dateOf(comment.createdAt),
          author: comment.authorName,
          content: comment.contentHtml ?? commentHtml(comment.content),
        })),
      });
    },
  };
};
