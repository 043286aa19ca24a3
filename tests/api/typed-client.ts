import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createFilmReviewsClient, FilmReviewsError, FilmReviewsGraphqlError, type PostCommentResult } from 'strapi-plugin-film-reviews-client';
import { REFERENCE_SLUG, REFERENCE_SLUG_FR } from '../../playground/scripts/seed-content';
import { unsubscribeToken } from '../../server/src/notifications/unsubscribe-token';
import { PREVIEW_SECRET } from '../helpers/frontend';
import type { ApiContext } from './context';
import { usesDemoContent } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const DRAFT_SLUG = 'aftersun-2022';

/** Type-checks `export const x = <json> satisfies Type` lines: a missing, extra or mistyped field fails to compile. */
const compile = (samples: Array<[string, unknown, string]>) => {
  const dir = fs.mkdtempSync(path.join(ROOT, 'tests', '.typed-client-'));
  try {
    const types = [...new Set(samples.map(([, , type]) => type))].join(', ');
    const lines = samples.map(([name, value, type]) => `export const ${name} = ${JSON.stringify(value, null, 1)} satisfies ${type};`);
    fs.writeFileSync(path.join(dir, 'samples.ts'), [`import type { ${types} } from 'strapi-plugin-film-reviews-client';`, ...lines].join('\n'));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['samples.ts'] }));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** The rejection of a call that must throw. */
const rejection = async <T extends Error>(call: Promise<unknown>, type: new (...args: any[]) => T): Promise<T> => {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown
  );
  assert.ok(error instanceof type, `expected a ${type.name}, got ${String(error)}`);
  return error;
};

let counter = 0;
const reader = () => {
  counter += 1;
  return { authorName: `Client Reader ${counter}`, authorEmail: `client-reader-${counter}@readers.test`, company: '' };
};

/** The client package (strapi-plugin-film-reviews-client, its built CommonJS output) against the playground. */
export const typedClientSuite = (ctx: ApiContext) =>
  describe('client package', () => {
    usesDemoContent(ctx);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const client = () => createFilmReviewsClient({ baseUrl: ctx.baseUrl });
    const approve = (ids: string[]) => ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids, action: 'approve' });
    const posted = (result: PostCommentResult) => {
      assert.ok(result.ok, JSON.stringify(result));
      return result.data;
    };
    let saved: { floodIntervalSeconds: number; rateLimit: { max: number; windowSeconds: number } };

    before(async () => {
      const { floodIntervalSeconds, rateLimit } = await settings().get();
      saved = { floodIntervalSeconds, rateLimit };
      // One address posts every comment here; the 429 test sets the flood interval itself.
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 } });
    });
    after(async () => {
      await settings().update(saved);
    });

    it('compiles what REST and GraphQL answer against the exported types', async () => {
      const api = client();
      const comment = { ...reader(), content: 'Typed all the way' };
      const samples: Array<[string, unknown, string]> = [
        ['restList', await api.listReviews(), 'ReviewListResponse'],
        ['restListFr', await api.listReviews({ locale: 'fr' }), 'ReviewListResponse'],
        ['restReview', await api.getReview(REFERENCE_SLUG), 'ReviewDetailResponse'],
        ['restReviewFr', await api.getReview(REFERENCE_SLUG_FR, { locale: 'fr' }), 'ReviewDetailResponse'],
        ['restThread', await api.getComments(REFERENCE_SLUG), 'CommentThreadResponse'],
        ['restPost', { data: posted(await api.postComment(REFERENCE_SLUG, comment)) }, 'PostedCommentResponse'],
        ['graphqlList', await api.graphql.reviews(), 'GraphqlReviewList'],
        ['graphqlReview', await api.graphql.review(REFERENCE_SLUG), 'GraphqlReview'],
        ['graphqlReviewFr', await api.graphql.review(REFERENCE_SLUG_FR, { locale: 'fr' }), 'GraphqlReview'],
        ['graphqlThread', await api.graphql.comments(REFERENCE_SLUG), 'GraphqlCommentThread'],
        ['graphqlPost', await api.graphql.postComment(REFERENCE_SLUG, { ...comment, content: 'Typed again' }), 'PostedComment'],
      ];
      const review = samples[2][1] as any;
      assert.ok(review.data.gallery.some((image: any) => !('url' in image)), 'the sample holds a withheld spoiler image');
      const thread = samples[9][1] as any;
      assert.ok(thread.data.some((root: any) => root.replies.length > 0), 'the GraphQL thread holds replies');
      const { ok, output } = compile(samples);
      assert.ok(ok, output);
      // The check can fail: a field the types do not promise (here a private one) does not compile.
      const leaky = compile([['leaky', { data: { ...review.data, authorEmail: 'x@y.z' } }, 'ReviewDetailResponse']]);
      assert.equal(leaky.ok, false);
      assert.match(leaky.output, /authorEmail/);
    });

    it('lists reviews with filters, sort, pagination and locale in Strapi query syntax', async () => {
      const api = client();
      const rated = await api.listReviews({ filters: { rating: { $gte: 4 } }, sort: ['rating:desc', 'title:asc'], pagination: { page: 1, pageSize: 2 } });
      assert.deepEqual(rated.meta.pagination.pageSize, 2);
      assert.ok(rated.meta.pagination.total > 2, 'more than one page of reviews rated 4 or more');
      assert.ok(rated.data.length === 2 && rated.data.every((card) => card.rating.value >= 4));
      assert.ok(rated.data[0].rating.value >= rated.data[1].rating.value, 'sorted by rating');
      const starring = await api.listReviews({ filters: { film: { credits: { name: { $eq: 'Carey Mulligan' } } } } });
      assert.deepEqual(starring.data.map((card) => card.slug), [REFERENCE_SLUG]);
      const french = await api.listReviews({ locale: 'fr' });
      assert.ok(french.data.length > 0 && french.data.every((card) => card.locale === 'fr'));
      const refused = await rejection(api.listReviews({ filters: { authorEmail: { $eq: 'x@y.z' } } }), FilmReviewsError);
      assert.equal(refused.status, 400);
      assert.equal(refused.error?.name, 'ValidationError');
    });

    it('reads a review with spoilers hidden by default and shown on request; an unknown slug throws its 404', async () => {
      const api = client();
      const { data: hidden } = await api.getReview(REFERENCE_SLUG);
      assert.ok(hidden.advisories.spoilers.hiddenSpans > 0);
      assert.ok(hidden.body.includes('[spoiler]') && !hidden.body.includes('||'));
      assert.ok(hidden.gallery.some((image) => !('url' in image)));
      const { data: shown } = await api.getReview(REFERENCE_SLUG, { spoilers: 'show' });
      assert.equal(shown.advisories.spoilers.hiddenSpans, 0);
      assert.ok(shown.body.includes('||'));
      assert.ok(shown.gallery.every((image) => 'url' in image));
      const missing = await rejection(api.getReview('no-such-film'), FilmReviewsError);
      assert.equal(missing.status, 404);
      assert.equal(missing.error?.name, 'NotFoundError');
    });

    it('reads a comment thread again with its ETag: a 304 returns the kept page, a new approved comment a fresh one', async () => {
      const statuses: number[] = [];
      // The real fetch, watched: what the client sends and what Strapi answers.
      const watched: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      };
      const api = createFilmReviewsClient({ baseUrl: ctx.baseUrl, fetch: watched });
      const params = { sort: 'newest', pagination: { page: 1, pageSize: 5 } } as const;
      const first = await api.getComments(REFERENCE_SLUG, params);
      const second = await api.getComments(REFERENCE_SLUG, params);
      assert.deepEqual(statuses, [200, 304]);
      assert.equal(second, first, 'the 304 returns the page read before');

      const { documentId } = posted(await api.postComment(REFERENCE_SLUG, { ...reader(), content: 'A new voice in the thread' }));
      assert.equal((await approve([documentId])).status, 200);
      const third = await api.getComments(REFERENCE_SLUG, params);
      assert.equal(statuses.at(-1), 200, 'the thread changed: a full answer');
      assert.equal(third.data[0].documentId, documentId, 'newest first');
      assert.equal(third.meta.totalComments, first.meta.totalComments + 1);
    });

    it('posts comments: 201, 400 with each field error, 409 for a duplicate, 429 with retryAfter; an unknown review throws its 404', async () => {
      const api = client();
      const author = reader();
      const created = await api.postComment(REFERENCE_SLUG, { ...author, content: 'Said once' });
      assert.equal(created.status, 201);
      assert.ok(created.ok && ['approved', 'pending'].includes(created.data.moderationStatus));

      const duplicate = await api.postComment(REFERENCE_SLUG, { ...author, content: 'Said once' });
      assert.equal(duplicate.status, 409);
      assert.equal(duplicate.ok, false);

      const invalid = await api.postComment(REFERENCE_SLUG, { ...reader(), authorEmail: 'not-an-email', content: ' ' });
      assert.ok(invalid.status === 400, JSON.stringify(invalid));
      assert.deepEqual(invalid.fieldErrors.map((error) => error.path.join('.')).sort(), ['data.authorEmail', 'data.content']);
      assert.ok(invalid.fieldErrors.every((error) => error.message.length > 0));

      await settings().update({ floodIntervalSeconds: 15 });
      try {
        const hasty = reader();
        assert.equal((await api.postComment(REFERENCE_SLUG, { ...hasty, content: 'First thought' })).status, 201);
        const flood = await api.postComment(REFERENCE_SLUG, { ...hasty, content: 'Second thought, too soon' });
        assert.ok(flood.status === 429, JSON.stringify(flood));
        assert.ok(flood.retryAfter !== null && flood.retryAfter >= 1 && flood.retryAfter <= 15, `retryAfter ${flood.retryAfter}`);
      } finally {
        await settings().update({ floodIntervalSeconds: 0 });
      }

      const unknown = await rejection(api.postComment('no-such-film', { ...reader(), content: 'Anyone?' }), FilmReviewsError);
      assert.equal(unknown.status, 404);
    });

    it('reports an approved comment once per client; an unknown comment throws its 404', async () => {
      const api = client();
      const { documentId } = posted(await api.postComment(REFERENCE_SLUG, { ...reader(), content: 'Reported, sadly' }));
      await approve([documentId]);
      const first = await api.reportComment(documentId, 'off-topic');
      assert.deepEqual(first, { ok: true, status: 201, data: { documentId, counted: true } });
      const again = await api.reportComment(documentId, 'spam');
      assert.deepEqual(again, { ok: true, status: 200, data: { documentId, counted: false } });
      assert.equal((await rejection(api.reportComment('nosuchcomment', 'spam'), FilmReviewsError)).status, 404);
    });

    it('likes and unlikes a comment and a review with a reader key', async () => {
      const api = client();
      const { documentId } = posted(await api.postComment(REFERENCE_SLUG, { ...reader(), content: 'Liked, happily' }));
      await approve([documentId]);
      const key = 'typed-client-reader-0001';
      assert.deepEqual(await api.likeComment(documentId, key), { ok: true, data: { likes: 1, liked: true } });
      assert.deepEqual(await api.unlikeComment(documentId, key), { ok: true, data: { likes: 0, liked: false } });
      const liked = await api.likeReview(REFERENCE_SLUG, key, { locale: 'en' });
      assert.ok(liked.ok && liked.data.liked && liked.data.likes >= 1);
      assert.deepEqual(await api.unlikeReview(REFERENCE_SLUG, key), { ok: true, data: { likes: liked.ok ? liked.data.likes - 1 : -1, liked: false } });
      assert.equal((await rejection(api.likeComment(documentId), FilmReviewsError)).status, 400, 'a guest needs a key');
    });

    it('reads a draft with the preview secret or an API token, and never without', async () => {
      const { data: draft } = await client().getDraftReview(DRAFT_SLUG, { previewSecret: PREVIEW_SECRET });
      assert.equal(draft.title, 'Aftersun (2022)');
      assert.equal(draft.publishedAt, null);
      const withToken = createFilmReviewsClient({ baseUrl: ctx.baseUrl, headers: { authorization: `Bearer ${ctx.apiToken}` } });
      assert.equal((await withToken.getDraftReview(DRAFT_SLUG)).data.title, 'Aftersun (2022)');
      const refused = await rejection(client().getDraftReview(DRAFT_SLUG, { previewSecret: 'not-the-secret' }), FilmReviewsError);
      assert.equal(refused.status, 401);
    });

    it('unsubscribes with an email link token; a bad token throws its 400', async () => {
      const api = client();
      const { documentId } = posted(await api.postComment(REFERENCE_SLUG, { ...reader(), content: 'Tell me about replies', notifyReplies: true }));
      assert.deepEqual(await api.unsubscribe(unsubscribeToken(ctx.strapi, { kind: 'reply', commentDocumentId: documentId })), { data: { unsubscribed: 'reply' } });
      const bad = await rejection(api.unsubscribe('not.a-token'), FilmReviewsError);
      assert.equal(bad.status, 400);
    });

    it('GraphQL errors throw with their Strapi code', async () => {
      const error = await rejection(client().graphql.review('no-such-film'), FilmReviewsGraphqlError);
      assert.equal(error.errors[0].extensions?.code, 'STRAPI_NOT_FOUND_ERROR');
    });
  });
