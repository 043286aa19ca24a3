import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const LIMIT_UID = 'plugin::film-reviews.comment-limit';
const DAY_MS = 86_400_000;

export const retentionSuite = (ctx: ApiContext) =>
  describe('retention of client data', () => {
    it('removes ended limit windows and clears the address hash and user agent of comments past 90 days', async () => {
      const now = new Date();
      const comment = (content: string, ageDays: number) =>
        ctx.strapi.db.query(COMMENT_UID).create({
          data: {
            documentId: `retention${content.replace(/\W/g, '')}`.slice(0, 24),
            reviewDocumentId: 'retentionreview',
            authorName: 'Old reader',
            authorEmail: 'old@readers.test',
            content,
            moderationStatus: 'approved',
            ipHash: 'a'.repeat(64),
            userAgent: 'Mozilla/5.0 (old)',
            createdAt: new Date(now.getTime() - ageDays * DAY_MS),
          },
        });
      const old = await comment('from 91 days ago', 91);
      const recent = await comment('from 89 days ago', 89);
      const limits = ctx.strapi.db.query(LIMIT_UID);
      await limits.create({ data: { key: 'retention:ended', hits: 3, windowEndsAt: new Date(now.getTime() - 1000) } });
      await limits.create({ data: { key: 'retention:open', hits: 3, windowEndsAt: new Date(now.getTime() + 60_000) } });

      const result = await ctx.strapi.plugin('film-reviews').service('retention').sweep(now);

      assert.ok(result.expiredLimits >= 1 && result.clearedComments >= 1, JSON.stringify(result));
      assert.equal(await limits.count({ where: { key: 'retention:ended' } }), 0, 'the ended window is gone');
      assert.equal(await limits.count({ where: { key: 'retention:open' } }), 1, 'a running window stays');
      const read = (id: number) => ctx.strapi.db.query(COMMENT_UID).findOne({ where: { id } });
      const [oldAfter, recentAfter] = [await read(old.id), await read(recent.id)];
      assert.equal(oldAfter.ipHash, null);
      assert.equal(oldAfter.userAgent, null);
      assert.equal(oldAfter.content, 'from 91 days ago', 'the comment itself stays');
      assert.equal(recentAfter.ipHash, 'a'.repeat(64));
      assert.equal(recentAfter.userAgent, 'Mozilla/5.0 (old)');
      await ctx.strapi.db.query(COMMENT_UID).deleteMany({ where: { id: { $in: [old.id, recent.id] } } });
    });
  });
