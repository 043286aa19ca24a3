import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentManagerPath } from '../helpers/admin';
import type { ApiContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const SCORECARD_UID = 'api::scorecard.scorecard';

const review = (extra: Record<string, unknown>) => ({
  title: `Validation ${Math.random().toString(36).slice(2)}`,
  reviewer: 'Test Reviewer',
  film: { title: 'Validation' },
  ...extra,
});

const errorPaths = (body: any) => body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));

export const fieldValidationSuite = (ctx: ApiContext) =>
  describe('custom field validation', () => {
    const reviewCount = () => ctx.strapi.db.query(REVIEW_UID).count();

    const expectRejected = async (data: Record<string, unknown>, paths: string[]) => {
      const before = await reviewCount();
      const response = await ctx.admin.post(contentManagerPath(REVIEW_UID), review(data));
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.equal(response.body.error.name, 'ValidationError');
      assert.deepEqual(errorPaths(response.body).sort(), [...paths].sort());
      assert.equal(await reviewCount(), before, 'a rejected write must store nothing');
      return response.body.error;
    };

    it('rejects ratings outside 0.5..max or off the half-star step, naming the field', async () => {
      for (const rating of [0, 5.5, 7, -1, 3.25]) {
        const error = await expectRejected({ rating }, ['rating']);
        assert.match(error.message, /^rating /);
      }
      await expectRejected({ rating: 'four' }, ['rating']);
    });

    it('accepts half and whole stars, and an empty rating on a draft', async () => {
      for (const rating of [0.5, 3.5, 5, null]) {
        const response = await ctx.admin.post(contentManagerPath(REVIEW_UID), review({ rating }));
        assert.equal(response.status, 201, JSON.stringify(response.body));
        assert.equal(response.body.data.rating, rating);
      }
    });

    it('rejects a bad rating on update and leaves the stored one', async () => {
      const created = await ctx.admin.post(contentManagerPath(REVIEW_UID), review({ rating: 2 }));
      const { documentId } = created.body.data;
      const response = await ctx.admin.put(contentManagerPath(REVIEW_UID, documentId), { ...created.body.data, rating: 9 });
      assert.equal(response.status, 400);
      const stored = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { documentId } });
      assert.equal(stored.rating, 2);
    });

    it('rejects spoiler warnings with a bad level, a long note or unknown keys', async () => {
      await expectRejected({ spoilerWarning: { level: 'huge' } }, ['spoilerWarning.level']);
      await expectRejected({ spoilerWarning: { level: 'mild', note: 'x'.repeat(281) } }, ['spoilerWarning.note']);
      await expectRejected({ spoilerWarning: { level: 'none', colour: 'red' } }, ['spoilerWarning.colour']);
      await expectRejected({ spoilerWarning: 'major' }, ['spoilerWarning']);
      await expectRejected({ rating: 11, spoilerWarning: { note: 'no level' } }, ['rating', 'spoilerWarning.level']);
    });

    it('stores a valid spoiler warning as written', async () => {
      const spoilerWarning = { level: 'major', note: 'x'.repeat(280) };
      const response = await ctx.admin.post(contentManagerPath(REVIEW_UID), review({ spoilerWarning }));
      assert.equal(response.status, 201, JSON.stringify(response.body));
      assert.deepEqual(response.body.data.spoilerWarning, spoilerWarning);
    });

    it('holds for strapi.documents() calls', async () => {
      const before = await reviewCount();
      await assert.rejects(
        ctx.strapi.documents(REVIEW_UID as any).create({ data: review({ rating: 4.2 }) as any }),
        (error: any) => error.name === 'ValidationError' && error.details.errors[0].path[0] === 'rating'
      );
      await assert.rejects(
        ctx.strapi.documents(REVIEW_UID as any).create({ data: review({ spoilerWarning: { level: 'total' } }) as any }),
        (error: any) => error.name === 'ValidationError'
      );
      assert.equal(await reviewCount(), before);
    });

    it('honours the options of another content type (max 10, whole stars) and nested components', async () => {
      const ok = await ctx.api.post('/api/scorecards', { data: { name: 'ok', score: 10, subScores: [{ value: 2.5 }] } });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.equal(ok.body.data.score, 10);

      for (const score of [7.5, 11, 0.5]) {
        const response = await ctx.api.post('/api/scorecards', { data: { name: 'bad', score } });
        assert.equal(response.status, 400, `score ${score}: ${JSON.stringify(response.body)}`);
        assert.deepEqual(errorPaths(response.body), ['score']);
      }
      const nested = await ctx.api.post('/api/scorecards', {
        data: { name: 'bad', subScores: [{ value: 1 }, { value: 3.5 }], advisory: { level: 'none', extra: true } },
      });
      assert.equal(nested.status, 400);
      assert.deepEqual(errorPaths(nested.body).sort(), ['advisory.extra', 'subScores.1.value']);
      assert.equal(await ctx.strapi.db.query(SCORECARD_UID).count({ where: { name: 'bad' } }), 0);
    });
  });
