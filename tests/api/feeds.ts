import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { measureRequest } from '../helpers/request-queries';
import { ATOM_NS, readAtom } from '../helpers/atom';
import { createReview, usesDemoContent, type OwnReview } from '../helpers/fixtures';
import { REFERENCE_SLUG, REFERENCE_SLUG_FR } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const FEEDS = '/api/film-reviews/feeds';
const REVIEWS_FEED = `${FEEDS}/reviews.atom`;
const commentsFeed = (slug: string) => `${FEEDS}/reviews/${slug}/comments.atom`;
const EMAIL = /[\w.+-]+@[\w-]+\.[a-z]{2,}/i;
const HIDDEN_WORDS = 'the lighthouse keeper was the killer';

/** One GET as a feed reader sends it, with the queries it ran. */
const fetchFeed = async (ctx: ApiContext, path: string, headers: Record<string, string> = {}) => {
  const { result, queries } = await measureRequest(ctx.strapi, (measured) => fetch(`${ctx.baseUrl}${path}`, { headers: { ...measured, ...headers } }));
  return { status: result.status, headers: result.headers, text: await result.text(), queries };
};

const assertNewestFirst = (dates: Array<string | undefined>) => {
  const times = dates.map((date) => Date.parse(date!));
  assert.ok(times.every((time) => !Number.isNaN(time)), 'every entry is dated');
  assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
};

export const feedsSuite = (ctx: ApiContext) =>
  describe('Atom feeds', () => {
    usesDemoContent(ctx);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    let savedSettings: any;
    let spoilerReview: { documentId: string; slug: string };
    /** With the demo thread (five approved comments, one marked as a spoiler). */
    let threaded: OwnReview;

    before(async () => {
      savedSettings = await settings().get();
      // Comments in these tests come from one address.
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 } });
      threaded = await createReview(ctx.strapi, 'Feeds thread under test (2019)', { withThread: true });
      // More than a feed lists, then the newest: a review whose excerpt hides a spoiler span.
      for (let i = 1; i <= 21; i += 1) await createReview(ctx.strapi, `Feed filler ${i} (2000)`);
      spoilerReview = (await ctx.strapi.documents(REVIEW_UID as any).create({
        data: {
          title: 'Feed spoiler under test (1999)',
          reviewer: 'Test Reviewer',
          rating: 4,
          excerpt: `A quiet thriller until ||${HIDDEN_WORDS}|| turns it around.`,
          film: { title: 'Feed spoiler', releaseYear: 1999, credits: [] },
        } as any,
        status: 'published',
      })) as unknown as { documentId: string; slug: string };
    });
    after(async () => {
      const { floodIntervalSeconds, rateLimit } = savedSettings;
      await settings().update({ floodIntervalSeconds, rateLimit });
    });

    it('lists the 20 latest published reviews as Atom 1.0, newest first, spoiler spans of excerpts hidden', async () => {
      const response = await fetchFeed(ctx, REVIEWS_FEED);
      assert.equal(response.status, 200, response.text.slice(0, 300));
      assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
      const feed = readAtom(response.text);
      assert.deepEqual(feed.root, { name: 'feed', uri: ATOM_NS });
      assert.equal(feed.id, 'urn:film-reviews:reviews:en');
      assert.equal(feed.title, 'Film reviews');
      assert.match(feed.selfLink ?? '', /\/api\/film-reviews\/feeds\/reviews\.atom\?locale=en$/);
      assert.equal(feed.entries.length, 20);
      assert.equal(new Set(feed.entries.map((entry) => entry.id)).size, 20, 'ids are unique');
      for (const entry of feed.entries) assert.match(entry.id ?? '', /^urn:film-reviews:review:[a-z0-9]+:en$/);
      assertNewestFirst(feed.entries.map((entry) => entry.published));
      assert.equal(feed.updated, new Date(Math.max(...feed.entries.map((entry) => Date.parse(entry.updated!)))).toISOString(), "the feed's updated is its newest entry's");

      const [newest] = feed.entries;
      assert.equal(newest.id, `urn:film-reviews:review:${spoilerReview.documentId}:en`);
      assert.equal(newest.title, 'Feed spoiler under test (1999)');
      assert.equal(newest.author, 'Test Reviewer');
      assert.match(newest.link ?? '', new RegExp(`/api/film-reviews/reviews/${spoilerReview.slug}\\?locale=en$`));
      const { spoilerPlaceholder } = await settings().get();
      assert.equal(newest.summary, `A quiet thriller until ${spoilerPlaceholder} turns it around.`);
      assert.ok(!response.text.includes('lighthouse'), 'the hidden words are nowhere in the feed');
      assert.ok(!feed.entries.some((entry) => entry.title?.startsWith('Feed filler 1 ')), 'the oldest filler is past the limit');
      assert.ok(!EMAIL.test(response.text), 'no email address');
    });

    it('answers the French versions with ?locale=fr', async () => {
      const response = await fetchFeed(ctx, `${REVIEWS_FEED}?locale=fr`);
      assert.equal(response.status, 200);
      const feed = readAtom(response.text);
      assert.equal(feed.id, 'urn:film-reviews:reviews:fr');
      const reference = feed.entries.find((entry) => entry.link?.includes(REFERENCE_SLUG_FR));
      assert.ok(reference, 'the reference review in French');
      assert.equal(reference.title, 'Auprès de moi toujours (2010)');
      assert.match(reference.id ?? '', /:fr$/);
      assert.match(reference.summary ?? '', /^Une adaptation d&#39;Ishiguro/, 'the excerpt, as escaped HTML');
      assert.ok(!feed.entries.some((entry) => entry.title?.startsWith('Feed filler')), 'reviews without a French version are not listed');
    });

    it("lists a review's approved comments without the spoiler ones, newest first, with nothing private", async () => {
      const response = await fetchFeed(ctx, commentsFeed(threaded.slug));
      assert.equal(response.status, 200, response.text.slice(0, 300));
      assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
      const feed = readAtom(response.text);
      assert.deepEqual(feed.root, { name: 'feed', uri: ATOM_NS });
      assert.equal(feed.id, `urn:film-reviews:review:${threaded.documentId}:comments`);
      assert.equal(feed.title, `Comments on ${threaded.title}`);
      const stored = await ctx.strapi.db.query(COMMENT_UID).findMany({ where: { reviewDocumentId: threaded.documentId } });
      const byId = new Map(stored.map((comment: any) => [`urn:film-reviews:comment:${comment.documentId}`, comment]));
      assert.deepEqual(feed.entries.map((entry) => entry.author).sort(), ['Elena', 'Maren', 'Priya', 'Tobias'], 'approved ones only, Jon\'s spoiler left out');
      for (const entry of feed.entries) {
        const comment: any = byId.get(entry.id!);
        assert.ok(comment, `${entry.id} is a stored comment's id`);
        assert.equal(entry.content, comment.contentHtml);
        assert.equal(entry.title, `${comment.authorName} on ${threaded.title}`);
        assert.match(entry.link ?? '', new RegExp(`/reviews/${threaded.slug}/comments\\?locale=en#comment-${comment.documentId}$`));
      }
      assertNewestFirst(feed.entries.map((entry) => entry.published));
      assert.equal(feed.updated, feed.entries.map((entry) => entry.updated).sort().at(-1));
      assert.ok(!response.text.includes('scream'), "the spoiler comment's text is nowhere in the feed");
      assert.ok(!EMAIL.test(response.text), 'no email address');
      for (const secret of ['ipHash', 'userAgent', 'Best Deals', 'Grumpy', 'New reader']) assert.ok(!response.text.includes(secret), secret);
    });

    it('lists at most the 50 latest comments, in a bounded number of queries', async () => {
      const busy = await createReview(ctx.strapi, 'Feeds busy thread (2003)');
      const start = Date.UTC(2024, 0, 1);
      await ctx.strapi.db.query(COMMENT_UID).createMany({
        data: Array.from({ length: 55 }, (_, i) => ({
          reviewDocumentId: busy.documentId,
          authorName: `Busy reader ${i}`,
          authorEmail: `busy${i}@readers.test`,
          content: `Busy comment ${i}`,
          moderationStatus: 'approved',
          createdAt: new Date(start + i * 60_000),
        })),
      });
      const response = await fetchFeed(ctx, commentsFeed(busy.slug));
      assert.equal(response.status, 200, response.text.slice(0, 300));
      const feed = readAtom(response.text);
      assert.equal(feed.entries.length, 50);
      assert.equal(feed.entries[0].author, 'Busy reader 54');
      assert.equal(feed.entries[49].author, 'Busy reader 5');
      assert.equal(feed.updated, new Date(start + 54 * 60_000).toISOString());
      const small = await fetchFeed(ctx, commentsFeed(threaded.slug));
      assert.equal(response.queries, small.queries, `50 entries: ${response.queries} queries, 4 entries: ${small.queries}`);
    });

    it('answers 304 to a matching If-None-Match or If-Modified-Since after fewer queries, until a new approved comment', async () => {
      const path = commentsFeed(threaded.slug);
      const first = await fetchFeed(ctx, path);
      const etag = first.headers.get('etag');
      const lastModified = first.headers.get('last-modified');
      assert.ok(etag, 'an ETag');
      assert.ok(lastModified && !Number.isNaN(Date.parse(lastModified)), 'a Last-Modified date');
      assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=\d+/);

      const unchanged = await fetchFeed(ctx, path, { 'if-none-match': etag });
      assert.equal(unchanged.status, 304);
      assert.equal(unchanged.text, '');
      assert.equal(unchanged.headers.get('etag'), etag);
      assert.ok(unchanged.queries < first.queries, `304: ${unchanged.queries} queries, 200: ${first.queries}`);
      console.log(`comments feed: 200 in ${first.queries} queries, 304 in ${unchanged.queries}`);
      assert.equal((await fetchFeed(ctx, path, { 'if-modified-since': lastModified })).status, 304, 'If-Modified-Since without an ETag');
      assert.equal((await fetchFeed(ctx, path, { 'if-none-match': 'W/"other"', 'if-modified-since': lastModified })).status, 200, 'If-None-Match decides when sent');

      // Maren has approved comments, so hers is approved at once.
      const posted = await http(ctx.baseUrl).post(`/api/film-reviews/reviews/${threaded.slug}/comments`, {
        data: { authorName: 'Maren', authorEmail: 'maren@example.org', content: 'Back for a second viewing: it holds up.' },
      });
      assert.equal(posted.status, 201);
      assert.equal(posted.body.data.moderationStatus, 'approved');
      const changed = await fetchFeed(ctx, path, { 'if-none-match': etag });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), etag);
      const [newest] = readAtom(changed.text).entries;
      assert.equal(newest.id, `urn:film-reviews:comment:${posted.body.data.documentId}`);
      assert.ok(!EMAIL.test(changed.text), 'no email address');
    });

    it('answers 304 on the reviews feed until a review is published', async () => {
      const first = await fetchFeed(ctx, REVIEWS_FEED);
      const etag = first.headers.get('etag')!;
      assert.ok(first.headers.get('last-modified'));
      const unchanged = await fetchFeed(ctx, REVIEWS_FEED, { 'if-none-match': etag });
      assert.equal(unchanged.status, 304);
      assert.ok(unchanged.queries < first.queries, `304: ${unchanged.queries} queries, 200: ${first.queries}`);
      assert.notEqual((await fetchFeed(ctx, `${REVIEWS_FEED}?locale=fr`)).headers.get('etag'), etag, 'each locale has its own');
      await createReview(ctx.strapi, 'Feeds late arrival (2022)');
      const changed = await fetchFeed(ctx, REVIEWS_FEED, { 'if-none-match': etag });
      assert.equal(changed.status, 200);
      assert.equal(readAtom(changed.text).entries[0].title, 'Feeds late arrival (2022)');
    });

    it('links entries to the frontend when the comment URL setting names it, and a change of it changes the ETags', async () => {
      const before = await fetchFeed(ctx, commentsFeed(threaded.slug));
      await settings().update({ commentUrlPattern: 'https://frontend.test/reviews/{slug}#comment-{documentId}' });
      try {
        const comments = await fetchFeed(ctx, commentsFeed(threaded.slug), { 'if-none-match': before.headers.get('etag')! });
        assert.equal(comments.status, 200);
        for (const entry of readAtom(comments.text).entries) {
          assert.equal(entry.link, `https://frontend.test/reviews/${threaded.slug}#comment-${entry.id!.split(':').at(-1)}`);
        }
        const [newest] = readAtom((await fetchFeed(ctx, REVIEWS_FEED)).text).entries;
        assert.match(newest.link ?? '', /^https:\/\/frontend\.test\/reviews\/[a-z0-9-]+$/);
        assert.match(readAtom(comments.text).selfLink ?? '', /\/api\/film-reviews\/feeds\/reviews\/.+\/comments\.atom\?locale=en$/, 'the feed itself is the API');
      } finally {
        await settings().update({ commentUrlPattern: savedSettings.commentUrlPattern });
      }
    });

    it('looks a review up by its slug in the locale asked for: one thread whatever the locale', async () => {
      const english = readAtom((await fetchFeed(ctx, commentsFeed(REFERENCE_SLUG))).text);
      const french = await fetchFeed(ctx, `${commentsFeed(REFERENCE_SLUG_FR)}?locale=fr`);
      assert.equal(french.status, 200);
      assert.ok(english.entries.length > 0);
      assert.deepEqual(readAtom(french.text).entries.map((entry) => entry.id), english.entries.map((entry) => entry.id));
      assert.match(readAtom(french.text).title ?? '', /Auprès de moi toujours/);
      assert.equal((await fetchFeed(ctx, `${commentsFeed(REFERENCE_SLUG)}?locale=fr`)).status, 404, 'the English slug is not a French one');
    });

    it('refuses unknown parameters and locales with 400, and an unknown review with 404, in Strapi\'s error shape', async () => {
      const visitor = http(ctx.baseUrl);
      for (const path of [`${REVIEWS_FEED}?limit=100`, `${REVIEWS_FEED}?populate=*`, `${commentsFeed(threaded.slug)}?spoilers=show`, `${REVIEWS_FEED}?locale=xx`, `${commentsFeed(threaded.slug)}?locale=xx`]) {
        const { status, body } = await visitor.get(path);
        assert.equal(status, 400, path);
        assert.equal(body.error.name, 'ValidationError', path);
      }
      const missing = await visitor.get(commentsFeed('no-such-film'));
      assert.equal(missing.status, 404);
      assert.equal(missing.body.data, null);
      assert.equal(missing.body.error.name, 'NotFoundError');
      const draft = await ctx.strapi.documents(REVIEW_UID as any).create({ data: { title: 'Feeds draft only (2020)', reviewer: 'Test Reviewer', rating: 2, film: { title: 'Draft', releaseYear: 2020, credits: [] } } as any });
      assert.equal((await visitor.get(commentsFeed(draft.slug))).status, 404, 'an unpublished review has no feed');
    });
  });
