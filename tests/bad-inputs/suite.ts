import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, rawRequest } from '../helpers/http';
import { TEST_ADMIN } from '../helpers/admin';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { ApiContext } from '../api/context';
import { ACCEPTED_INPUTS, BAD_INPUTS, type BadInput } from './cases';
import { usesDemoContent } from '../helpers/fixtures';

/** Every table the plugin writes: a refused request must leave each row count as it was. */
const PLUGIN_TABLES = ['film-review', 'reader-comment', 'comment-limit', 'comment-thread', 'image-job', 'outbox-message', 'comment-report', 'reader-like', 'reader-block', 'proof-of-work-solution'].map((name) => `plugin::film-reviews.${name}`);

const inRange = (status: number, expected: BadInput['status']) =>
  typeof expected === 'number' ? status === expected : status >= expected[0] && status <= expected[1];

/** The one runner of the catalogue in cases.ts: each row is its own test. */
export const badInputsSuite = (ctx: ApiContext) =>
  describe(`bad-input catalogue (${BAD_INPUTS.length} refused, ${ACCEPTED_INPUTS.length} accepted)`, () => {
    usesDemoContent(ctx);
    let adminToken: string;
    let ids: Record<string, string>;
    let savedSettings: unknown;
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const rowCounts = () => Promise.all(PLUGIN_TABLES.map((uid) => ctx.strapi.db.query(uid).count()));

    before(async () => {
      adminToken = (await http(ctx.baseUrl).post('/admin/login', TEST_ADMIN)).body.data.token;
      const review = await ctx.strapi.db.query('plugin::film-reviews.film-review').findOne({ where: { slug: REFERENCE_SLUG } });
      const comment = await ctx.strapi.db.query('plugin::film-reviews.reader-comment').findOne({ where: { reviewDocumentId: review.documentId } });
      ids = { '{review}': review.documentId, '{comment}': comment.documentId };
      // Limits off for the run, so every case meets the input checks rather than a 429.
      savedSettings = await settings().get();
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 } });
    });
    after(async () => {
      const { floodIntervalSeconds, rateLimit } = savedSettings as any;
      await settings().update({ floodIntervalSeconds, rateLimit });
    });

    for (const accepted of ACCEPTED_INPUTS) {
      it(`accepted: ${accepted.name}`, async () => {
        const response = await rawRequest(ctx.baseUrl, {
          method: accepted.method,
          path: accepted.path,
          headers: accepted.json === undefined ? {} : { 'content-type': 'application/json' },
          body: accepted.json === undefined ? undefined : JSON.stringify(accepted.json),
        });
        assert.equal(response.status, accepted.status, response.text.slice(0, 300));
        assert.equal(({} as any).polluted, undefined, 'no prototype was polluted');
        if (accepted.method === 'GET') assert.ok(response.body.meta.pagination.pageSize <= 100);
        if (accepted.stored !== undefined) {
          const row = await ctx.strapi.db.query('plugin::film-reviews.reader-comment').findOne({ where: { documentId: response.body.data.documentId } });
          assert.equal(row.content, accepted.stored);
        }
      });
    }

    for (const badInput of BAD_INPUTS) {
      it(badInput.name, async () => {
        const fill = (text: string) => text.replace(/\{comment\}|\{review\}/g, (key) => ids[key]);
        const json = badInput.json === undefined ? undefined : fill(JSON.stringify(badInput.json));
        // fetch's types take bytes as a plain Uint8Array, not a Buffer.
        const raw = typeof badInput.raw === 'string' ? fill(badInput.raw) : badInput.raw && new Uint8Array(badInput.raw);
        const before = await rowCounts();
        const response = await rawRequest(ctx.baseUrl, {
          method: badInput.method,
          path: fill(badInput.path),
          headers: {
            ...(json === undefined ? {} : { 'content-type': 'application/json' }),
            ...(badInput.admin ? { authorization: `Bearer ${adminToken}` } : {}),
            ...badInput.headers,
          },
          body: json ?? raw,
        });
        const shown = `${response.status} ${response.text.slice(0, 300)}`;
        assert.ok(inRange(response.status, badInput.status), `expected ${badInput.status}, got ${shown}`);
        assert.equal(response.body?.data, null, shown);
        assert.equal(response.body.error?.status, response.status, shown);
        assert.equal(typeof response.body.error.name, 'string', shown);
        assert.equal(typeof response.body.error.message, 'string', shown);
        if (!badInput.bodyParser) assert.equal(typeof response.body.error.details, 'object', shown);
        if (badInput.error) assert.equal(response.body.error.name, badInput.error, shown);
        assert.deepEqual(await rowCounts(), before, 'a refused request wrote nothing');
        assert.equal((await http(ctx.baseUrl).get('/api/film-reviews/reviews')).status, 200, 'the server answers the next request');
      });
    }
  });
