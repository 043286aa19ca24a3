import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';
import fc from 'fast-check';
import { http } from '../helpers/http';
import type { ApiContext } from './context';
import { measureRequest } from '../helpers/request-queries';
import { createReview, usesDemoContent, type OwnReview } from '../helpers/fixtures';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const REVIEW_UID = 'plugin::film-reviews.film-review';

let counter = 0;
/** A valid submission from a new reader (own email, so no flood interval in the way). */
const fresh = (extra: Record<string, unknown> = {}) => {
  counter += 1;
  return { data: { authorName: `Reader ${counter}`, authorEmail: `reader${counter}@readers.test`, content: `Comment number ${counter}`, company: '', ...extra } };
};

export const commentsSuite = (ctx: ApiContext) =>
  describe('reader comments', () => {
    usesDemoContent(ctx);
    /** The demo thread on a review of this suite's own, so no other suite's comments change its numbers. */
    let review: OwnReview;
    const path = (slug = review.slug) => `/api/film-reviews/reviews/${slug}/comments`;
    const visitor = () => http(ctx.baseUrl);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const stored = (documentId: string) => ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId } });
    const post = (body: unknown, slug?: string) => visitor().post(path(slug), body);

    before(async () => {
      review = await createReview(ctx.strapi, 'Comments under test (2024)', { withThread: true });
      // Tests post from one address; the rate-limit test lowers this again.
      await settings().update({ rateLimit: { max: 10_000, windowSeconds: 600 }, floodIntervalSeconds: 15 });
    });

    it('reads approved comments as a numbered thread, replies nested, spoilers hidden', async () => {
      const { status, body } = await visitor().get(path());
      assert.equal(status, 200);
      assert.equal(body.meta.totalComments, 5);
      assert.deepEqual(body.meta.pagination, { page: 1, pageSize: 20, pageCount: 1, total: 3 });
      const summary = body.data.map((c: any) => [c.number, c.author.name, c.replies.map((r: any) => [r.number, r.author.name])]);
      assert.deepEqual(summary, [
        [1, 'Maren', [[3, 'Priya']]],
        [2, 'Tobias', [[5, 'Elena']]],
        [4, 'Jon', []],
      ]);
      const jon = body.data[2];
      assert.equal(jon.content, null);
      assert.equal(jon.contentHtml, null);
      assert.equal(jon.spoilerHidden, true);
      const shown = await visitor().get(`${path()}?spoilers=show`);
      assert.match(shown.body.data[2].content, /scream/);
      const newest = await visitor().get(`${path()}?sort=newest&pagination[pageSize]=2`);
      assert.deepEqual(newest.body.data.map((c: any) => c.number), [4, 2]);
      assert.deepEqual(newest.body.meta.pagination, { page: 1, pageSize: 2, pageCount: 2, total: 3 });
      const text = JSON.stringify(body);
      for (const secret of ['@example.org', 'ipHash', 'userAgent', 'authorEmail', 'moderationStatus']) assert.ok(!text.includes(secret), secret);
      for (const query of ['sort=best', 'spoilers=maybe', 'pagination[pageSize]=101', 'populate=*']) {
        assert.equal((await visitor().get(`${path()}?${query}`)).status, 400, query);
      }
      assert.equal((await visitor().get(path('no-such-film'))).status, 404);
      assert.equal((await visitor().get(path('aftersun-2022'))).status, 404);
    });

    it('escapes reader HTML, links URLs with rel="nofollow ugc noopener" and makes paragraphs', async () => {
      const response = await post(fresh({ content: '<script>alert(1)</script> see https://example.net/x?a=1&b=2\n\nSecond "paragraph"' }));
      assert.equal(response.status, 201);
      await ctx.strapi.db.query(COMMENT_UID).update({ where: { documentId: response.body.data.documentId }, data: { moderationStatus: 'approved' } });
      const { body } = await visitor().get(`${path()}?sort=newest&pagination[pageSize]=1`);
      assert.equal(
        body.data[0].contentHtml,
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; see <a href="https://example.net/x?a=1&amp;b=2" rel="nofollow ugc noopener">https://example.net/x?a=1&amp;b=2</a></p><p>Second &quot;paragraph&quot;</p>'
      );
      assert.equal(body.data[0].content, '<script>alert(1)</script> see https://example.net/x?a=1&b=2\n\nSecond "paragraph"', 'stored exactly as typed');
    });

    it('attaches replies deeper than maxThreadDepth to their deepest allowed ancestor', async () => {
      await settings().update({ maxThreadDepth: 2 });
      try {
        const deep = await createReview(ctx.strapi, 'Deep thread (2024)');
        let parent: string | null = null;
        for (let depth = 0; depth < 5; depth += 1) {
          const comment: any = await ctx.strapi.db.query(COMMENT_UID).create({
            data: { reviewDocumentId: deep.documentId, parentDocumentId: parent, authorName: `Depth ${depth}`, authorEmail: 'deep@readers.test', content: `level ${depth}`, moderationStatus: 'approved' },
          });
          parent = comment.documentId;
        }
        const { body } = await visitor().get(path(deep.slug));
        const root = body.data[0];
        assert.equal(root.author.name, 'Depth 0');
        assert.equal(root.replies[0].author.name, 'Depth 1');
        assert.deepEqual(root.replies[0].replies.map((r: any) => r.author.name), ['Depth 2', 'Depth 3', 'Depth 4']);
      } finally {
        await settings().update({ maxThreadDepth: 5 });
      }
    });

    it('reads a 2,000-comment thread with the same number of queries as a 5-comment one', async () => {
      const busy = await createReview(ctx.strapi, 'Busy thread (2024)');
      const measure = async () => {
        const started = performance.now();
        const { result: response, queries } = await measureRequest(ctx.strapi, (headers) => http(ctx.baseUrl, undefined, headers).get(`${path(busy.slug)}?pagination[pageSize]=100`));
        assert.equal(response.status, 200);
        return { queries, ms: performance.now() - started, total: response.body.meta.totalComments };
      };
      const rows = (from: number, count: number) =>
        Array.from({ length: count }, (_, i) => ({
          reviewDocumentId: busy.documentId,
          authorName: `Bulk ${from + i}`,
          authorEmail: `bulk${from + i}@readers.test`,
          content: `Bulk comment ${from + i} https://example.net/${i}`,
          moderationStatus: 'approved',
          // Every third comment answers an earlier root, so the thread has depth.
          parentDocumentId: null,
        }));
      await ctx.strapi.db.query(COMMENT_UID).createMany({ data: rows(0, 5) });
      const small = await measure();
      for (let from = 5; from < 2000; from += 500) {
        await ctx.strapi.db.query(COMMENT_UID).createMany({ data: rows(from, Math.min(500, 2000 - from)) });
      }
      const large = await measure();
      assert.equal(small.total, 5);
      assert.equal(large.total, 2000);
      console.log(`comment thread: ${small.queries} queries for 5 comments, ${large.queries} for 2000; ${small.ms.toFixed(0)} ms vs ${large.ms.toFixed(0)} ms`);
      assert.equal(large.queries, small.queries);
    });

    it('posts with the same queries at 5 and at 2,000 comments: at most 13 for a held comment, 18 for an approved one', async () => {
      const busy = await createReview(ctx.strapi, 'Busy posting (2024)');
      // Two returning readers, one per measure; an approved comment of theirs makes the next one approved.
      const regulars = ['regular-a@readers.test', 'regular-b@readers.test'];
      for (const authorEmail of regulars) {
        await ctx.strapi.db.query(COMMENT_UID).create({ data: { reviewDocumentId: busy.documentId, authorName: 'Regular', authorEmail, content: 'First, approved.', moderationStatus: 'approved' } });
      }
      const measurePost = async (body: unknown) => {
        const { result, queries } = await measureRequest(ctx.strapi, (headers) => http(ctx.baseUrl, undefined, headers).post(path(busy.slug), body));
        assert.equal(result.status, 201, JSON.stringify(result.body));
        return { queries, status: result.body.data.moderationStatus };
      };
      const measure = async (regular: string) => ({
        held: await measurePost(fresh()),
        approved: await measurePost({ data: { authorName: 'Regular', authorEmail: regular, content: `Back again at ${Date.now()}.`, company: '' } }),
      });
      // The flood interval would spend a second limit per post (two more queries); its own test covers it.
      await settings().update({ floodIntervalSeconds: 0 });
      try {
        const small = await measure(regulars[0]);
        for (let from = 0; from < 2000; from += 500) {
          const rows = Array.from({ length: 500 }, (_, i) => ({ reviewDocumentId: busy.documentId, authorName: `Bulk ${from + i}`, authorEmail: `post-bulk${from + i}@readers.test`, content: `Bulk ${from + i}`, moderationStatus: 'approved' }));
          await ctx.strapi.db.query(COMMENT_UID).createMany({ data: rows });
        }
        const large = await measure(regulars[1]);
        console.log(`comment POST: held ${small.held.queries} -> ${large.held.queries} queries, approved ${small.approved.queries} -> ${large.approved.queries}, at 5 and 2,005 comments`);
        assert.deepEqual([small.held.status, small.approved.status, large.held.status, large.approved.status], ['pending', 'approved', 'pending', 'approved']);
        assert.equal(large.approved.queries, small.approved.queries);
        // A held comment arms the moderators' digest when none is queued: one query more.
        assert.ok(Math.abs(large.held.queries - small.held.queries) <= 1, `held: ${small.held.queries} and ${large.held.queries}`);
        assert.ok(Math.max(small.held.queries, large.held.queries) <= 13);
        assert.ok(small.approved.queries <= 18);
      } finally {
        await settings().update({ floodIntervalSeconds: 15 });
      }
    });

    it('reads only the page: the rows the database returns do not grow with the thread', async () => {
      const review = await createReview(ctx.strapi, 'Long thread (2021)');
      let written = 0;
      /** One root in five, each followed by a chain of four replies (depth 4), as the bench seeds. */
      const addComments = async (count: number) => {
        const rows = [];
        let parent: string | null = null;
        for (let i = 0; i < count; i += 1, written += 1) {
          const documentId = `long${written}`.padEnd(24, 'x');
          rows.push({ documentId, reviewDocumentId: review.documentId, parentDocumentId: written % 5 === 0 ? null : parent, authorName: `Long ${written}`, authorEmail: `long${written}@readers.test`, content: `Long ${written} https://example.net/${written}`, moderationStatus: 'approved' });
          parent = documentId;
        }
        for (let from = 0; from < rows.length; from += 500) await ctx.strapi.db.query(COMMENT_UID).createMany({ data: rows.slice(from, from + 500) });
      };
      const measure = async () => {
        const { result: response, rowsRead } = await measureRequest(ctx.strapi, (headers) => http(ctx.baseUrl, undefined, headers).get(path(review.slug)));
        assert.equal(response.status, 200);
        const shown = (comments: any[]): number => comments.reduce((sum, c) => sum + 1 + shown(c.replies), 0);
        return { rowsRead, shown: shown(response.body.data), body: response.body };
      };
      await addComments(5);
      const small = await measure();
      await addComments(4995);
      const large = await measure();
      assert.equal(large.body.meta.totalComments, 5000);
      assert.deepEqual(large.body.meta.pagination, { page: 1, pageSize: 20, pageCount: 50, total: 1000 });
      assert.equal(large.shown, 100, '20 roots with 4 replies each');
      // Beyond the page's own comments, the same few rows (review, thread state, permissions).
      assert.equal(large.rowsRead - large.shown, small.rowsRead - small.shown, `rows read: ${small.rowsRead} for 5 comments, ${large.rowsRead} for 5000`);
      const first = large.body.data[0];
      assert.deepEqual([first.number, first.replies[0].number, first.replies[0].replies[0].number], [1, 2, 3]);

      // Moderation renumbers and re-roots: without the first root, its reply is root number 1.
      const moderation = ctx.strapi.plugin('film-reviews').service('moderation');
      await moderation.setStatus({ ids: [first.documentId], action: 'reject' }, { id: 1, email: 'editor@test.local' });
      const rejected = (await measure()).body;
      assert.equal(rejected.meta.totalComments, 4999);
      assert.equal(rejected.meta.pagination.total, 1000, 'one root fewer, its reply one root more');
      assert.deepEqual([rejected.data[0].documentId, rejected.data[0].number], [first.replies[0].documentId, 1]);
      await moderation.setStatus({ ids: [first.documentId], action: 'approve' }, { id: 1, email: 'editor@test.local' });
      assert.deepEqual((await measure()).body.data, large.body.data);
    });

    it('fills the HTML and thread bookkeeping of comments stored without them (the migration)', async () => {
      const review = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: 'amelie-2001', publishedAt: { $notNull: true } } });
      const before = (await visitor().get(path('amelie-2001'))).body;
      // As a database from before this bookkeeping holds it: written around the query engine.
      const now = new Date();
      await ctx.strapi.db.connection('film_reviews_reader_comments').insert({
        document_id: 'legacycommentxxxxxxxxxxx',
        review_document_id: review.documentId,
        author_name: 'Legacy',
        author_email: 'legacy@readers.test',
        content: 'Stored before https://example.net',
        moderation_status: 'approved',
        created_at: now,
        updated_at: now,
        published_at: now,
      });
      await ctx.strapi.plugin('film-reviews').service('comment-threads').backfill();
      const after = (await visitor().get(`${path('amelie-2001')}?sort=newest&pagination[pageSize]=1`)).body;
      assert.equal(after.meta.totalComments, before.meta.totalComments + 1);
      assert.deepEqual([after.data[0].author.name, after.data[0].number], ['Legacy', before.meta.totalComments + 1]);
      assert.equal(after.data[0].contentHtml, '<p>Stored before <a href="https://example.net" rel="nofollow ugc noopener">https://example.net</a></p>');
    });

    it('answers a conditional request with 304 until the thread changes, and lets caches keep it', async () => {
      // A page size no other test reads: the first answer cannot come from the page cache.
      const get = async (etag?: string) => {
        const { result: response, queries } = await measureRequest(ctx.strapi, (headers) =>
          http(ctx.baseUrl, undefined, { ...headers, ...(etag ? { 'if-none-match': etag } : {}) }).get(`${path()}?pagination[pageSize]=7`)
        );
        return { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), queries };
      };
      const first = await get();
      assert.equal(first.status, 200);
      assert.ok(first.etag, 'an ETag');
      assert.match(first.cacheControl ?? '', /public/);
      assert.match(first.cacheControl ?? '', /s-maxage=\d+/);
      const unchanged = await get(first.etag!);
      assert.equal(unchanged.status, 304);
      assert.equal(unchanged.etag, first.etag);
      assert.ok(unchanged.queries < first.queries, `304: ${unchanged.queries} queries, 200: ${first.queries}`);

      const added = await ctx.strapi.db.query(COMMENT_UID).create({
        data: { reviewDocumentId: review.documentId, authorName: 'Late reader', authorEmail: 'late@readers.test', content: 'One more thought on the ending.', moderationStatus: 'approved' },
      });
      const changed = await get(first.etag!);
      assert.equal(changed.status, 200);
      assert.notEqual(changed.etag, first.etag);
      await ctx.strapi.db.query(COMMENT_UID).update({ where: { documentId: added.documentId }, data: { moderationStatus: 'rejected' } });
      assert.equal((await get(changed.etag!)).status, 200, 'moderation changes the ETag too');
    });

    it('takes a first comment as pending and a returning reader\'s as approved', async () => {
      const first = await post(fresh());
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.deepEqual(Object.keys(first.body.data).sort(), ['documentId', 'editToken', 'editableUntil', 'moderationStatus'], 'the edit token comes with the edit window (on by default)');
      assert.equal(first.body.data.moderationStatus, 'pending');
      const returning = await post({ data: { authorName: 'Maren', authorEmail: 'MAREN@example.org', content: 'Back again, still thinking about it.' } });
      assert.equal(returning.status, 201);
      assert.equal(returning.body.data.moderationStatus, 'approved');
      const row = await stored(returning.body.data.documentId);
      assert.equal(row.authorEmail, 'maren@example.org');
      assert.notEqual(row.ipHash, null);
      assert.ok(!row.ipHash.includes('127.0.0.1') && row.ipHash.length === 64, 'the address is stored as a keyed hash only');
      assert.equal(row.userAgent, 'node');
    });

    it('stores spam (honeypot, disallowed words, even obfuscated) but answers like a pending comment', async () => {
      await settings().update({ disallowedWords: ['casino'], moderationWords: ['director\'s cut'] });
      try {
        for (const extra of [{ company: 'ACME Corp' }, { content: 'Best CASINO bonuses here' }, { content: 'cheap c4s1n0 deals' }, { content: 'Le casíno du film' }]) {
          const response = await post(fresh(extra));
          assert.equal(response.status, 201, JSON.stringify(extra));
          assert.equal(response.body.data.moderationStatus, 'pending');
          assert.equal((await stored(response.body.data.documentId)).moderationStatus, 'spam', JSON.stringify(extra));
        }
        const held = await post({ data: { authorName: 'Priya', authorEmail: 'priya@example.org', content: "Is the Director's Cut any different?" } });
        assert.equal((await stored(held.body.data.documentId)).moderationStatus, 'pending', 'a moderation word holds even a returning reader');
      } finally {
        await settings().update({ disallowedWords: [], moderationWords: [] });
      }
    });

    it('holds comments with maxLinks links, and everything when approval is required', async () => {
      const links = await post({ data: { authorName: 'Tobias', authorEmail: 'tobias@example.org', content: 'See https://a.example and https://b.example' } });
      assert.equal((await stored(links.body.data.documentId)).moderationStatus, 'pending');
      await settings().update({ requireApproval: true });
      try {
        const returning = await post({ data: { authorName: 'Elena', authorEmail: 'elena@example.org', content: 'Approval is required now.' } });
        assert.equal(returning.body.data.moderationStatus, 'pending');
      } finally {
        await settings().update({ requireApproval: false });
      }
      await settings().update({ holdFirstTimeCommenters: false });
      try {
        assert.equal((await post(fresh())).body.data.moderationStatus, 'approved');
      } finally {
        await settings().update({ holdFirstTimeCommenters: true });
      }
    });

    it('names every bad field, refuses unknown ones and writes nothing', async () => {
      const before = await ctx.strapi.db.query(COMMENT_UID).count();
      const bad = await post({ data: { authorName: '', authorEmail: 'not-an-email', authorUrl: 'javascript:alert(1)', content: ' ', rating: 7, status: 'approved', isEditorReply: true } });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.name, 'ValidationError');
      const paths = bad.body.error.details.errors.map((e: any) => e.path.join('.')).sort();
      assert.deepEqual(paths, ['data.authorEmail', 'data.authorName', 'data.authorUrl', 'data.content', 'data.isEditorReply', 'data.status']);
      const rating = await post(fresh({ rating: 4.3 }));
      assert.equal(rating.status, 400);
      assert.deepEqual(rating.body.error.details.errors[0].path, ['rating']);
      assert.equal((await post({ data: {} })).status, 400);
      assert.equal((await post({})).status, 400);
      assert.equal((await post(fresh({ content: 'x'.repeat(5001) }))).status, 400);
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count(), before);
    });

    it('accepts a reply only to an approved comment of the same review', async () => {
      const { body } = await visitor().get(path());
      const maren = body.data[0].documentId;
      const reply = await post(fresh({ parent: maren, content: '@Maren agreed' }));
      assert.equal(reply.status, 201);
      assert.equal((await stored(reply.body.data.documentId)).parentDocumentId, maren);
      const pending = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { moderationStatus: 'pending', reviewDocumentId: review.documentId } });
      assert.equal((await post(fresh({ parent: pending.documentId }))).status, 400);
      assert.equal((await post(fresh({ parent: maren }), 'paddington-2-2017')).status, 400, 'a comment of another review');
      assert.equal((await post(fresh({ parent: 'nope' }))).status, 400);
    });

    it('answers 404, 403, 409, 413 and malformed JSON as it should', async () => {
      assert.equal((await post(fresh(), 'no-such-film')).status, 404);
      assert.equal((await post(fresh(), 'aftersun-2022')).status, 404);

      const room = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: 'the-room-2003', publishedAt: { $null: true } } });
      await ctx.strapi.documents(REVIEW_UID as any).update({ documentId: room.documentId, data: { commentsOpen: false } as any });
      await ctx.strapi.documents(REVIEW_UID as any).publish({ documentId: room.documentId });
      const closed = await post(fresh(), 'the-room-2003');
      assert.equal(closed.status, 403);
      assert.equal(closed.body.error.name, 'ForbiddenError');

      const once = fresh();
      assert.equal((await post(once)).status, 201);
      const again = await post(once);
      assert.equal(again.status, 409);
      assert.equal(again.body.error.status, 409);

      const huge = await post(fresh({ content: 'x'.repeat(70 * 1024) }));
      assert.equal(huge.status, 413);

      const malformed = await fetch(`${ctx.baseUrl}${path()}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"data": {' });
      assert.equal(malformed.status, 400);
    });

    it('stores two identical posts sent at the same moment once: one 201 and one 409, on every database', async () => {
      // With no flood interval only the unique key stands between the two inserts.
      await settings().update({ floodIntervalSeconds: 0 });
      try {
        for (let round = 0; round < 20; round += 1) {
          const same = fresh();
          const statuses = (await Promise.all([post(same), post(same)])).map((response) => response.status).sort();
          assert.deepEqual(statuses, [201, 409], `round ${round}`);
          assert.equal(await ctx.strapi.db.query(COMMENT_UID).count({ where: { content: same.data.content } }), 1);
        }
      } finally {
        await settings().update({ floodIntervalSeconds: 15 });
      }
    });

    it('takes 60 approved comments posted at once to one new thread, numbered 1 to 60, on every database', async () => {
      // Returning readers, so every post is numbered into the thread in its own transaction; the
      // first ones race to create the thread's state row.
      const crowded = await createReview(ctx.strapi, 'Crowded thread (2024)');
      const readers = Array.from({ length: 60 }, (_, i) => `crowd${i}-${counter}@readers.test`);
      const elsewhere = await createReview(ctx.strapi, 'Where the crowd first spoke (2024)');
      await ctx.strapi.db.query(COMMENT_UID).createMany({
        data: readers.map((authorEmail) => ({ reviewDocumentId: elsewhere.documentId, authorName: 'Crowd', authorEmail, content: 'Approved before.', moderationStatus: 'approved' })),
      });
      await settings().update({ floodIntervalSeconds: 0 });
      try {
        const responses = await Promise.all(readers.map((authorEmail, i) => post({ data: { authorName: `Crowd ${i}`, authorEmail, content: `In the crowd, number ${i}.`, company: '' } }, crowded.slug)));
        assert.deepEqual(
          responses.map((response) => `${response.status} ${response.body?.data?.moderationStatus}`),
          readers.map(() => '201 approved'),
          JSON.stringify(responses.find((response) => response.status !== 201)?.body)
        );
        const thread = (await visitor().get(`${path(crowded.slug)}?pagination[pageSize]=100`)).body;
        assert.equal(thread.meta.totalComments, 60);
        assert.deepEqual(thread.data.map((comment: any) => comment.number), Array.from({ length: 60 }, (_, i) => i + 1));
      } finally {
        await settings().update({ floodIntervalSeconds: 15 });
      }
    });

    it('answers 429 with Retry-After within the flood interval and past the rate limit', async () => {
      const first = fresh();
      assert.equal((await post(first)).status, 201);
      const flood = await post({ data: { ...first.data, content: 'and another thing' } });
      assert.equal(flood.status, 429);
      const retry = Number(flood.headers.get('retry-after'));
      assert.ok(retry >= 1 && retry <= 15, `Retry-After ${retry}`);

      await settings().update({ rateLimit: { max: 3, windowSeconds: 60 } });
      await ctx.strapi.db.query('plugin::film-reviews.comment-limit').deleteMany({ where: { key: { $startsWith: 'ip:' } } });
      try {
        for (let i = 0; i < 3; i += 1) assert.equal((await post(fresh())).status, 201);
        const limited = await post(fresh());
        assert.equal(limited.status, 429);
        assert.ok(Number(limited.headers.get('retry-after')) > 0);
      } finally {
        await settings().update({ rateLimit: { max: 10_000, windowSeconds: 600 } });
        await ctx.strapi.db.query('plugin::film-reviews.comment-limit').deleteMany({ where: { key: { $startsWith: 'ip:' } } });
      }
    });

    it('lets a signed-in reader comment without name and email, taken from the account', async () => {
      await ctx.strapi.plugin('users-permissions').service('user').add({
        username: 'cinephile',
        email: 'cinephile@readers.test',
        password: 'Reader12345!',
        provider: 'local',
        confirmed: true,
        role: (await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })).id,
      });
      const publicRole = await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      await ctx.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::users-permissions.auth.callback', role: publicRole.id } });
      const login = await visitor().post('/api/auth/local', { identifier: 'cinephile', password: 'Reader12345!' });
      assert.equal(login.status, 200, JSON.stringify(login.body));
      // The authenticated role gets the comment routes like the public one would.
      const role = await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
      await ctx.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::film-reviews.comments.create', role: role.id } });
      const response = await http(ctx.baseUrl, login.body.jwt).post(path(), { data: { content: 'Signed in, no name needed.' } });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      const row = await stored(response.body.data.documentId);
      assert.equal(row.authorName, 'cinephile');
      assert.equal(row.authorEmail, 'cinephile@readers.test');
      assert.equal((await post({ data: { content: 'anonymous, no name' } })).status, 400);
    });

    it('keeps comments when a review is unpublished and deletes them with the review', async () => {
      const reviews = ctx.strapi.documents(REVIEW_UID as any);
      const review = await reviews.create({ data: { title: 'Short-lived (2020)', reviewer: 'T', rating: 3, film: { title: 'Short-lived' } } as any, status: 'published' });
      const comment = await post(fresh(), 'short-lived-2020');
      assert.equal(comment.status, 201);
      const count = () => ctx.strapi.db.query(COMMENT_UID).count({ where: { reviewDocumentId: review.documentId } });
      await reviews.unpublish({ documentId: review.documentId });
      assert.equal(await count(), 1, 'unpublishing keeps the comments');
      await reviews.delete({ documentId: review.documentId });
      assert.equal(await count(), 0, 'deleting the review deletes them');
    });

    it('never answers 5xx or stores an invalid comment, whatever the payload (property-based)', async () => {
      await settings().update({ floodIntervalSeconds: 0 });
      try {
        const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.emailAddress(), fc.webUrl(), fc.array(fc.string(), { maxLength: 3 }));
        const payload = fc.oneof(
          fc.record({ data: fc.dictionary(fc.constantFrom('authorName', 'authorEmail', 'authorUrl', 'content', 'parent', 'containsSpoilers', 'rating', 'company', 'status', 'x'), value) }),
          fc.record({ data: fc.record({ authorName: fc.string({ maxLength: 100 }), authorEmail: fc.emailAddress(), content: fc.string({ maxLength: 300 }), rating: fc.option(fc.double({ min: -1, max: 11 }), { nil: undefined }), authorUrl: fc.option(fc.webUrl(), { nil: undefined }) }, { requiredKeys: ['authorName', 'authorEmail', 'content'] }) }),
          value
        );
        await fc.assert(
          fc.asyncProperty(payload, async (body) => {
            const response = await post(body);
            assert.ok(response.status < 500, `${response.status} for ${JSON.stringify(body)}`);
            if (response.status === 201) {
              const row = await stored(response.body.data.documentId);
              assert.ok(row.authorName.length >= 1 && row.authorName.length <= 80);
              assert.match(row.authorEmail, /^[^@\s]+@[^@\s]+$/);
              assert.ok(row.content.trim().length >= 1 && row.content.length <= 5000);
              assert.ok(['pending', 'approved', 'spam'].includes(row.moderationStatus));
              assert.ok(row.rating === null || (row.rating >= 0.5 && row.rating <= 5 && Number.isInteger(row.rating * 2)));
              assert.ok(row.authorUrl === null || /^https?:\/\//.test(row.authorUrl));
            }
          }),
          { numRuns: 150, seed: 20261125 }
        );
      } finally {
        await settings().update({ floodIntervalSeconds: 15 });
      }
    });
  });
