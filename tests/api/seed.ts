import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedContent } from '../../playground/scripts/seed';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const COMMENT_UID = 'plugin::film-reviews.reader-comment';

export const seedSuite = (ctx: ApiContext) =>
  describe('demo seed', () => {
    const counts = async () => ({
      reviewRows: await ctx.strapi.db.query(REVIEW_UID).count(),
      published: await ctx.strapi.db.query(REVIEW_UID).count({ where: { publishedAt: { $notNull: true } } }),
      comments: await ctx.strapi.db.query(COMMENT_UID).count(),
    });

    it('seeds the reference review and its comments once, however often it runs', async () => {
      const before = await counts();
      await seedContent(ctx.strapi);
      const once = await counts();
      await seedContent(ctx.strapi);
      assert.deepEqual(await counts(), once);
      // 4 published reviews (draft + published rows each), the reference one in French too, and 1 draft; 8 comments.
      assert.equal(once.reviewRows - before.reviewRows, 11);
      assert.equal(once.published - before.published, 5);
      assert.equal(once.comments - before.comments, 8);
    });

    it('publishes the reference review with its credits, rating and spoiler warning', async () => {
      const reference = await ctx.strapi.documents(REVIEW_UID as any).findFirst({
        filters: { slug: REFERENCE_SLUG },
        status: 'published',
        populate: { film: { populate: ['credits'] } },
      });
      assert.ok(reference, 'the reference review is published');
      assert.equal(reference.rating, 4);
      assert.equal(reference.spoilerWarning.level, 'major');
      assert.ok((reference.body.match(/\|\|[^|]+\|\|/g) ?? []).length >= 2, 'at least two inline spoilers');
      const credits = reference.film.credits.map((c: any) => `${c.job}:${c.name}`);
      for (const expected of ['director:Mark Romanek', 'screenwriter:Alex Garland', 'source-author:Kazuo Ishiguro', 'cinematographer:Adam Kimmel', 'actor:Carey Mulligan', 'actor:Ella Purnell']) {
        assert.ok(credits.includes(expected), `credit ${expected}`);
      }
      const comments = await ctx.strapi.db.query(COMMENT_UID).findMany({ where: { reviewDocumentId: reference.documentId } });
      const byStatus = (status: string) => comments.filter((c: any) => c.moderationStatus === status);
      assert.equal(byStatus('approved').length, 5);
      assert.equal(byStatus('pending').length, 1);
      assert.equal(byStatus('spam').length, 1);
      assert.equal(byStatus('rejected').length, 1);
      const reply = byStatus('approved').find((c: any) => c.parentDocumentId && c.content.startsWith('@'));
      assert.ok(reply, 'a reply addresses an earlier commenter by @name');
      const parent = comments.find((c: any) => c.documentId === reply.parentDocumentId);
      assert.ok(reply.content.startsWith(`@${parent.authorName}`));
    });
  });
