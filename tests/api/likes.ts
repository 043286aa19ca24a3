import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { measureRequest } from '../helpers/request-queries';
import { createReview, usesDemoContent, type OwnReview } from '../helpers/fixtures';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const LIKE_UID = 'plugin::film-reviews.reader-like';
const REVIEW_UID = 'plugin::film-reviews.film-review';
const API = '/api/film-reviews';

/** A new guest's key, as a browser would make one. */
const newKey = () => randomBytes(18).toString('base64url');

export const likesSuite = (ctx: ApiContext) =>
  describe('likes', () => {
    usesDemoContent(ctx);
    /** A review of this suite's own with the demo thread, so no other suite's likes or comments meet these counts. */
    let review: OwnReview;
    /** Its thread's comments by author name, roots and replies. */
    let byAuthor: Map<string, { documentId: string; number: number }>;
    const reader = (key = newKey()) => http(ctx.baseUrl, undefined, { 'x-reader-key': key });
    const visitor = () => http(ctx.baseUrl);
    const thread = (query = '') => visitor().get(`${API}/reviews/${review.slug}/comments${query}`);
    const commentLike = (documentId: string) => `${API}/comments/${documentId}/like`;
    const reviewLike = (slug = review.slug) => `${API}/reviews/${slug}/like`;
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const flatten = (comments: any[]): any[] => comments.flatMap((comment) => [comment, ...flatten(comment.replies)]);

    before(async () => {
      review = await createReview(ctx.strapi, 'Likes under test (2024)', { withThread: true });
      // Every request comes from one address: room for the concurrent bursts below.
      await settings().update({ rateLimit: { max: 10_000, windowSeconds: 600 } });
      const { body } = await thread('?spoilers=show');
      byAuthor = new Map(flatten(body.data).map((comment) => [comment.author.name, { documentId: comment.documentId, number: comment.number }]));
    });

    it('likes and unlikes an approved comment, once per reader, and the thread shows the count', async () => {
      const maren = byAuthor.get('Maren')!.documentId;
      const alice = reader();
      assert.deepEqual((await alice.post(commentLike(maren))).body, { data: { likes: 1, liked: true } });
      assert.deepEqual((await alice.post(commentLike(maren))).body, { data: { likes: 1, liked: true } }, 'liking twice counts once');
      assert.deepEqual((await reader().post(commentLike(maren))).body, { data: { likes: 2, liked: true } });
      const shown = flatten((await thread()).body.data).find((comment) => comment.documentId === maren);
      assert.equal(shown.likes, 2);
      assert.ok(flatten((await thread()).body.data).every((comment) => typeof comment.likes === 'number'));
      assert.deepEqual((await alice.del(commentLike(maren))).body, { data: { likes: 1, liked: false } });
      assert.deepEqual((await alice.del(commentLike(maren))).body, { data: { likes: 1, liked: false } }, 'unliking again changes nothing');
      assert.deepEqual((await reader().del(commentLike(maren))).body, { data: { likes: 1, liked: false } }, 'unliking what you never liked is a no-op');
    });

    it('likes and unlikes a published review, in any locale, and cards and the detail show the count', async () => {
      const bob = reader();
      assert.deepEqual((await bob.post(reviewLike())).body, { data: { likes: 1, liked: true } });
      assert.deepEqual((await bob.post(reviewLike())).body, { data: { likes: 1, liked: true } });
      assert.deepEqual((await reader().post(`${reviewLike()}?locale=en`)).body, { data: { likes: 2, liked: true } });
      assert.equal((await visitor().get(`${API}/reviews/${review.slug}`)).body.data.likes, 2);
      const cards = (await visitor().get(`${API}/reviews?filters[slug][$eq]=${review.slug}`)).body.data;
      assert.deepEqual(cards.map((card: any) => card.likes), [2]);
      assert.deepEqual((await bob.del(reviewLike())).body, { data: { likes: 1, liked: false } });
      assert.deepEqual((await bob.del(reviewLike())).body, { data: { likes: 1, liked: false } });
      assert.equal((await visitor().get(`${API}/reviews/${review.slug}`)).body.data.likes, 1);
      const other = (await visitor().get(`${API}/reviews?pagination[pageSize]=100`)).body.data.find((card: any) => card.slug !== review.slug);
      assert.equal(typeof other.likes, 'number', 'every card has a count');
    });

    it('a signed-in reader is one reader whatever key their browser sends', async () => {
      const role = await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
      const user = await ctx.strapi.plugin('users-permissions').service('user').add({ username: `liker${Date.now()}`, email: `liker${Date.now()}@readers.test`, password: 'Secret123!', provider: 'local', confirmed: true, role: role.id });
      const jwt = ctx.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
      const permissions = ctx.strapi.db.query('plugin::users-permissions.permission');
      await permissions.create({ data: { action: 'plugin::film-reviews.likes.likeComment', role: role.id } });
      const tobias = byAuthor.get('Tobias')!.documentId;
      const first = await http(ctx.baseUrl, jwt, { 'x-reader-key': newKey() }).post(commentLike(tobias));
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual((await http(ctx.baseUrl, jwt).post(commentLike(tobias))).body, { data: { likes: 1, liked: true } }, 'no key needed, and the same user counts once');
    });

    it('refuses a request without a reader key, or with a malformed one, and writes nothing', async () => {
      const maren = byAuthor.get('Maren')!.documentId;
      const before = await ctx.strapi.db.query(LIKE_UID).count();
      for (const [client, name] of [
        [visitor(), 'no key'],
        [reader('short'), 'too short'],
        [reader(`${'k'.repeat(20)}!`), 'not URL-safe'],
        [reader('k'.repeat(129)), 'too long'],
      ] as const) {
        for (const response of [await client.post(commentLike(maren)), await client.del(reviewLike())]) {
          assert.equal(response.status, 400, name);
          assert.equal(response.body.error.name, 'ValidationError');
          assert.deepEqual(response.body.error.details.errors.map((error: any) => error.path), [['X-Reader-Key']], name);
        }
      }
      assert.equal(await ctx.strapi.db.query(LIKE_UID).count(), before);
    });

    it('answers 404 for a pending or unknown comment and an unpublished or unknown review', async () => {
      const pending = await ctx.strapi.db.query(COMMENT_UID).create({
        data: { reviewDocumentId: review.documentId, authorName: 'Held', authorEmail: 'held@readers.test', content: 'Waiting', moderationStatus: 'pending', publishedAt: new Date() },
      });
      const draft = await ctx.strapi.documents(REVIEW_UID as any).create({ data: { title: 'Unpublished likes (2024)', reviewer: 'Test Reviewer', rating: 3, film: { title: 'x', releaseYear: 2001, credits: [] } } as any });
      const someone = reader();
      for (const path of [commentLike(pending.documentId), commentLike('no-such-comment'), reviewLike(draft.slug), reviewLike('no-such-film')]) {
        for (const response of [await someone.post(path), await someone.del(path)]) {
          assert.equal(response.status, 404, path);
          assert.equal(response.body.error.name, 'NotFoundError');
        }
      }
    });

    it('counts concurrent likes exactly: 40 readers at once, and 20 requests of one reader at once', async () => {
      const elena = byAuthor.get('Elena')!.documentId;
      const many = await Promise.all(Array.from({ length: 40 }, () => reader().post(commentLike(elena))));
      assert.deepEqual([...new Set(many.map((response) => response.status))], [200], JSON.stringify(many.find((response) => response.status !== 200)?.body));
      assert.equal(Math.max(...many.map((response) => response.body.data.likes)), 40);
      assert.equal(flatten((await thread()).body.data).find((comment) => comment.documentId === elena).likes, 40);

      const jon = byAuthor.get('Jon')!.documentId;
      const same = reader();
      const repeated = await Promise.all(Array.from({ length: 20 }, () => same.post(commentLike(jon))));
      assert.deepEqual(repeated.map((response) => response.body.data), Array.from({ length: 20 }, () => ({ likes: 1, liked: true })));
      const unliked = await Promise.all(Array.from({ length: 20 }, () => same.del(commentLike(jon))));
      assert.deepEqual(unliked.map((response) => response.body.data), Array.from({ length: 20 }, () => ({ likes: 0, liked: false })));

      const detailLikes = async () => (await visitor().get(`${API}/reviews/${review.slug}`)).body.data.likes as number;
      const start = await detailLikes();
      const reviewLikes = await Promise.all(Array.from({ length: 20 }, () => reader().post(reviewLike())));
      assert.equal(Math.max(...reviewLikes.map((response) => response.body.data.likes)), start + 20);
      assert.equal(await detailLikes(), start + 20);
      assert.equal(await ctx.strapi.db.query(LIKE_UID).count({ where: { targetDocumentId: elena } }), 40);
    });

    it('sort=top puts the most liked roots first, then the oldest; replies stay under their root and numbers stay', async () => {
      // The last root, liked more than the others: first in `top`.
      const jon = byAuthor.get('Jon')!.documentId;
      for (const client of [reader(), reader(), reader()]) await client.post(commentLike(jon));
      const { body: oldest } = await thread('?spoilers=show');
      const { body: top } = await thread('?sort=top&spoilers=show');
      const roots = (body: any) => body.data.map((comment: any) => [comment.number, comment.likes, comment.replies.map((reply: any) => reply.number)]);
      const expected = [...roots(oldest)].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      assert.deepEqual(roots(top), expected);
      assert.equal(top.data[0].documentId, jon, 'the likes above change the order');
      assert.deepEqual(flatten(top.data).map((comment) => comment.number).sort((a, b) => a - b), flatten(oldest.data).map((comment) => comment.number).sort((a, b) => a - b));
      const paged = await thread('?sort=top&pagination[pageSize]=1&pagination[page]=1');
      assert.equal(paged.body.data[0].number, expected[0][0], 'the page query orders the roots, not only the page');
    });

    it('a like changes the thread ETag, so cached pages go stale', async () => {
      const first = await thread('?sort=top');
      const etag = first.headers.get('etag')!;
      assert.equal((await http(ctx.baseUrl, undefined, { 'if-none-match': etag }).get(`${API}/reviews/${review.slug}/comments?sort=top`)).status, 304);
      await reader().post(commentLike(byAuthor.get('Priya')!.documentId));
      const after = await http(ctx.baseUrl, undefined, { 'if-none-match': etag }).get(`${API}/reviews/${review.slug}/comments?sort=top`);
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
      assert.equal(flatten(after.body.data).find((comment) => comment.author.name === 'Priya').likes, 1);
    });

    it('no public response tells who liked', async () => {
      const key = newKey();
      await reader(key).post(commentLike(byAuthor.get('Maren')!.documentId));
      const stored = await ctx.strapi.db.query(LIKE_UID).findMany({ select: ['readerHash'], limit: 5 });
      assert.ok(stored.length > 0);
      const responses = await Promise.all([
        thread('?spoilers=show'),
        thread('?sort=top'),
        visitor().get(`${API}/reviews/${review.slug}`),
        visitor().get(`${API}/reviews?pagination[pageSize]=100`),
        reader(key).post(commentLike(byAuthor.get('Maren')!.documentId)),
      ]);
      for (const { body } of responses) {
        const text = JSON.stringify(body);
        for (const secret of [key, 'readerHash', 'likeCount', 'targetKind', ...stored.map((row: any) => row.readerHash)]) assert.ok(!text.includes(secret), secret);
      }
      assert.equal((await ctx.api.get(`/api/reader-likes`)).status, 404, 'no content API of its own');
    });

    it('limits likes per address with a budget of their own, answering 429 with Retry-After', async () => {
      const limits = ctx.strapi.db.query('plugin::film-reviews.comment-limit');
      const commentBudget = () => limits.findMany({ select: ['key', 'hits'], where: { key: { $startsWith: 'ip:' } }, orderBy: { key: 'asc' } });
      const spent = await commentBudget();
      const maren = byAuthor.get('Maren')!.documentId;
      const likes = async () => flatten((await thread()).body.data).find((comment) => comment.documentId === maren).likes;
      const before = await likes();
      await settings().update({ rateLimit: { max: 1, windowSeconds: 600 } });
      try {
        const refused = await reader().post(commentLike(maren));
        assert.equal(refused.status, 429);
        assert.equal(refused.body.error.name, 'RateLimitError');
        assert.ok(Number(refused.headers.get('retry-after')) > 0);
        assert.equal(refused.body.error.details.retryAfter, Number(refused.headers.get('retry-after')));
        assert.equal(await likes(), before, 'a refused like counts nothing');
      } finally {
        await settings().update({ rateLimit: { max: 10_000, windowSeconds: 600 } });
      }
      assert.deepEqual(await commentBudget(), spent, 'likes never spend the comment budget');
      assert.ok((await limits.count({ where: { key: { $startsWith: 'like-ip:' } } })) > 0);
    });

    it('deleting a review deletes its likes and its comments\' likes', async () => {
      const doomed = await createReview(ctx.strapi, 'Likes deleted with the review (2024)', { withThread: true });
      const [root] = (await visitor().get(`${API}/reviews/${doomed.slug}/comments`)).body.data;
      await reader().post(commentLike(root.documentId));
      await reader().post(reviewLike(doomed.slug));
      const likesOf = () => ctx.strapi.db.query(LIKE_UID).count({ where: { targetDocumentId: { $in: [root.documentId, doomed.documentId] } } });
      assert.equal(await likesOf(), 2);
      await ctx.strapi.documents(REVIEW_UID as any).delete({ documentId: doomed.documentId });
      assert.equal(await likesOf(), 0);
      assert.ok((await ctx.strapi.db.query(LIKE_UID).count()) > 0, 'other reviews keep theirs');
    });

    it('likes do not add queries to the thread or the cards', async () => {
      const fresh = await createReview(ctx.strapi, 'Likes query count (2024)', { withThread: true });
      const measure = async () => ({
        thread: (await measureRequest(ctx.strapi, (headers) => http(ctx.baseUrl, undefined, headers).get(`${API}/reviews/${fresh.slug}/comments?sort=top`))).queries,
        cards: (await measureRequest(ctx.strapi, (headers) => http(ctx.baseUrl, undefined, headers).get(`${API}/reviews?pagination[pageSize]=100`))).queries,
        detail: (await measureRequest(ctx.strapi, (headers) => http(ctx.baseUrl, undefined, headers).get(`${API}/reviews/${fresh.slug}`))).queries,
      });
      const before = await measure();
      const { body } = await visitor().get(`${API}/reviews/${fresh.slug}/comments`);
      for (const comment of flatten(body.data)) await Promise.all([reader().post(commentLike(comment.documentId)), reader().post(commentLike(comment.documentId))]);
      await Promise.all(Array.from({ length: 5 }, () => reader().post(reviewLike(fresh.slug))));
      const after = await measure();
      assert.deepEqual(after, before);
    });
  });
