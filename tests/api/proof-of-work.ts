import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createChallenge, solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { http } from '../helpers/http';
import { graphql } from '../helpers/graphql';
import { createReview, type OwnReview } from '../helpers/fixtures';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const SPENT_UID = 'plugin::film-reviews.proof-of-work-solution';
const API = '/api/film-reviews';

/** What the altcha widget sends once it solved the challenge: base64 JSON of the challenge and its solution. */
export const solved = async (challenge: Challenge) => {
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution, 'the challenge can be solved');
  return Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString('base64');
};

export const proofOfWorkSuite = (ctx: ApiContext) =>
  describe('proof of work', () => {
    let review: OwnReview;
    let serial = 0;
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const service = () => ctx.strapi.plugin('film-reviews').service('proof-of-work');
    const rows = () => ctx.strapi.db.query(COMMENT_UID);
    const fetchChallenge = async (): Promise<Challenge> => (await http(ctx.baseUrl).get(`${API}/challenge`)).body;
    const comment = (extra: Record<string, unknown> = {}) => ({ authorName: 'Reader', authorEmail: `reader${(serial += 1)}@readers.test`, content: `Comment ${serial}.`, ...extra });
    const post = (data: Record<string, unknown>, client = http(ctx.baseUrl)) => client.post(`${API}/reviews/${review.slug}/comments`, { data });
    /** A 400 at `altcha` that stored nothing. */
    const refusedAtAltcha = async (data: Record<string, unknown>, client?: ReturnType<typeof http>) => {
      const before = await rows().count();
      const { status, body } = await post(data, client);
      assert.equal(status, 400, JSON.stringify(body));
      assert.equal(body.error.name, 'ValidationError');
      assert.deepEqual(body.error.details.errors.map((error: { path: string[] }) => error.path), [['altcha']]);
      assert.equal(await rows().count(), before, 'nothing refused was written');
      return body.error.message as string;
    };

    before(async () => {
      review = await createReview(ctx.strapi, 'Proof of work under test (2023)');
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 }, holdFirstTimeCommenters: false, requireApproval: false });
    });
    after(() => settings().update({ requireProofOfWork: false }));

    it('hands out a signed, expiring challenge to anyone, never cached', async () => {
      const { status, headers, body } = await http(ctx.baseUrl).get(`${API}/challenge`);
      assert.equal(status, 200);
      assert.equal(headers.get('cache-control'), 'no-store');
      assert.deepEqual(Object.keys(body).sort(), ['parameters', 'signature']);
      assert.deepEqual(Object.keys(body.parameters).sort(), ['algorithm', 'cost', 'expiresAt', 'keyLength', 'keyPrefix', 'keySignature', 'nonce', 'salt']);
      assert.equal(body.parameters.algorithm, 'SHA-256');
      const minutesLeft = (body.parameters.expiresAt * 1000 - Date.now()) / 60_000;
      assert.ok(minutesLeft > 9 && minutesLeft <= 10, `expires in ${minutesLeft} minutes`);
      assert.notEqual((await fetchChallenge()).signature, body.signature, 'each request gets its own');
    });

    it('asks nothing of a guest while the setting is off', async () => {
      assert.equal((await settings().get()).requireProofOfWork, false, 'off by default');
      const { status, body } = await post(comment());
      assert.equal(status, 201, JSON.stringify(body));
    });

    describe('when required', () => {
      before(() => settings().update({ requireProofOfWork: true }));

      it('refuses a guest comment without a solved challenge, or with garbage or a forged one', async () => {
        assert.match(await refusedAtAltcha(comment()), /altcha is required/);
        assert.match(await refusedAtAltcha(comment({ altcha: 'not a payload' })), /solved challenge/);
        const foreign = await createChallenge({ algorithm: 'SHA-256', cost: 1, counter: 10, deriveKey, hmacSignatureSecret: 'someone else', hmacKeySignatureSecret: 'their key' });
        assert.match(await refusedAtAltcha(comment({ altcha: await solved(foreign) })), /does not solve/);
        const ours = await fetchChallenge();
        const tampered = { ...ours, parameters: { ...ours.parameters, keyPrefix: ours.parameters.keyPrefix.slice(0, 2) } };
        assert.match(await refusedAtAltcha(comment({ altcha: await solved(tampered) })), /does not solve/, 'an easier prefix breaks the signature');
        const wrong = JSON.parse(Buffer.from(await solved(ours), 'base64').toString());
        wrong.solution.derivedKey = `${wrong.solution.derivedKey[0] === '0' ? '1' : '0'}${wrong.solution.derivedKey.slice(1)}`;
        assert.match(await refusedAtAltcha(comment({ altcha: Buffer.from(JSON.stringify(wrong)).toString('base64') })), /does not solve/);
        assert.equal((await post(comment({ altcha: 'x'.repeat(4001) }))).status, 400, 'too long');
      });

      it('takes a solved challenge once: the same solution again is refused, and the spend is stored until it expires', async () => {
        const altcha = await solved(await fetchChallenge());
        const first = await post(comment({ altcha }));
        assert.equal(first.status, 201, JSON.stringify(first.body));
        assert.equal(first.body.data.moderationStatus, 'approved');
        assert.match(await refusedAtAltcha(comment({ altcha })), /already used/);
        const spent = await ctx.strapi.db.query(SPENT_UID).count();
        assert.ok(spent >= 1);
        const { expiredSolutions } = await ctx.strapi.plugin('film-reviews').service('retention').sweep(new Date(Date.now() + 11 * 60_000));
        assert.ok(expiredSolutions >= 1, 'the sweep deletes spends of expired challenges');
        assert.equal(await ctx.strapi.db.query(SPENT_UID).count(), spent - expiredSolutions);
      });

      it('remembers a spent solution across a restart, and of two posts of one solution at once takes one', async () => {
        const altcha = await solved(await fetchChallenge());
        assert.equal((await post(comment({ altcha }))).status, 201);
        await ctx.restart();
        assert.match(await refusedAtAltcha(comment({ altcha })), /already used/, 'the spend is in the database, not in the memory of the instance that took it');
        const twin = await solved(await fetchChallenge());
        const statuses = (await Promise.all([post(comment({ altcha: twin })), post(comment({ altcha: twin }))])).map((response) => response.status).sort();
        assert.deepEqual(statuses, [201, 400]);
      });

      it('refuses a solution of an expired challenge', async () => {
        const stale = await service().challenge(Date.now() - 11 * 60_000);
        assert.match(await refusedAtAltcha(comment({ altcha: await solved(stale) })), /expired/);
      });

      it('exempts a signed-in reader', async () => {
        const role = await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
        await ctx.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::film-reviews.comments.create', role: role.id } });
        const user = await ctx.strapi
          .plugin('users-permissions')
          .service('user')
          .add({ username: `pow${Date.now()}`, email: `pow${Date.now()}@readers.test`, password: 'Secret123!', provider: 'local', confirmed: true, role: role.id });
        const jwt = ctx.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
        const { status, body } = await post({ content: 'Signed in, no puzzle.' }, http(ctx.baseUrl, jwt));
        assert.equal(status, 201, JSON.stringify(body));
        assert.equal(body.data.moderationStatus, 'approved');
      });

      it("holds a frontend's comment sent with an API token and no altcha (its reader ran no JavaScript), and still refuses a bad one", async () => {
        const custom = await ctx.strapi.service('admin::api-token').create({ name: `comments only ${Date.now()}`, type: 'custom', lifespan: null, permissions: ['plugin::film-reviews.comments.create'] });
        for (const token of [ctx.apiToken, custom.accessKey]) {
          const { status, body } = await post(comment(), http(ctx.baseUrl, token));
          assert.equal(status, 201, JSON.stringify(body));
          assert.equal(body.data.moderationStatus, 'pending');
          const stored = await rows().findOne({ where: { documentId: body.data.documentId } });
          assert.deepEqual([stored.moderationStatus, stored.heldReason], ['pending', 'no proof of work']);
        }
        const altcha = await solved(await fetchChallenge());
        const proven = await post(comment({ altcha }), http(ctx.baseUrl, custom.accessKey));
        assert.equal(proven.body.data?.moderationStatus, 'approved', 'a solved challenge through the frontend is not held');
        await refusedAtAltcha(comment({ altcha }), http(ctx.baseUrl, custom.accessKey));
        await refusedAtAltcha(comment({ altcha: 'garbage' }), http(ctx.baseUrl, ctx.apiToken));
      });

      it('holds GraphQL posts to the same rule, in Strapi\'s error shape', async () => {
        const mutation = `mutation Post($slug: String!, $data: FilmReviewsCommentInput!) { postFilmReviewComment(slug: $slug, data: $data) { moderationStatus } }`;
        const refused = await graphql(ctx.baseUrl)(mutation, { slug: review.slug, data: comment() });
        assert.equal(refused.body.errors[0].extensions.code, 'BAD_USER_INPUT');
        assert.deepEqual(refused.body.errors[0].extensions.error.details.errors.map((error: { path: string[] }) => error.path), [['altcha']]);
        const taken = await graphql(ctx.baseUrl)(mutation, { slug: review.slug, data: comment({ altcha: await solved(await fetchChallenge()) }) });
        assert.equal(taken.body.data?.postFilmReviewComment.moderationStatus, 'approved', JSON.stringify(taken.body));
      });
    });
  });
