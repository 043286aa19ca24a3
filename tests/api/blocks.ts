import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { adminWithActions, TEST_ADMIN } from '../helpers/admin';
import { createReview, type OwnReview } from '../helpers/fixtures';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const BLOCK_UID = 'plugin::film-reviews.reader-block';
const REPORT_UID = 'plugin::film-reviews.comment-report';
const API = '/api/film-reviews';

export const blocksSuite = (ctx: ApiContext) =>
  describe('blocking a reader', () => {
    let review: OwnReview;
    let serial = 0;
    const rows = () => ctx.strapi.db.query(COMMENT_UID);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const post = async (authorEmail: string, content = `Comment ${(serial += 1)} from ${authorEmail}.`) => {
      const { status, body } = await http(ctx.baseUrl).post(`${API}/reviews/${review.slug}/comments`, { data: { authorName: 'Someone', authorEmail, content } });
      assert.equal(status, 201, JSON.stringify(body));
      return { ...body.data, stored: await rows().findOne({ where: { documentId: body.data.documentId } }) };
    };
    /** A comment of the email that came from no address this suite's requests share (as if its address were forgotten). */
    const storedComment = async (authorEmail: string) => {
      const { documentId } = await post(authorEmail);
      await rows().update({ where: { documentId }, data: { ipHash: null, moderationStatus: 'approved' } });
      return documentId;
    };
    const block = (commentId: string, body: Record<string, unknown> = {}) => ctx.admin.post(`/film-reviews/moderation/comments/${commentId}/block`, body);

    before(async () => {
      review = await createReview(ctx.strapi, 'Blocks under test (2022)');
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 }, holdFirstTimeCommenters: false, requireApproval: false });
    });
    // Every request here comes from one address: a block of it must not outlive the suite.
    after(() => ctx.strapi.db.query(BLOCK_UID).deleteMany({ where: {} }));

    it("stores a blocked reader's new comments as spam, answered like pending ones, until unblocked", async () => {
      const commentId = await storedComment('troll@readers.test');
      assert.equal((await post('troll@readers.test')).moderationStatus, 'approved', 'before the block');
      const { status, body } = await block(commentId, { note: 'Spoils every thread', expiresAt: null });
      assert.equal(status, 201, JSON.stringify(body));
      assert.deepEqual(
        { ...body.data, documentId: typeof body.data.documentId, createdAt: typeof body.data.createdAt },
        { documentId: 'string', authorName: 'Someone', commentDocumentId: commentId, note: 'Spoils every thread', expiresAt: null, blockedBy: TEST_ADMIN.email, createdAt: 'string', active: true, matches: ['email'] }
      );
      const blocked = await post('TROLL@readers.test');
      assert.equal(blocked.moderationStatus, 'pending', 'a bot learns nothing');
      assert.deepEqual([blocked.stored.moderationStatus, blocked.stored.heldReason], ['spam', 'blocked reader']);
      assert.equal((await post('someone-else@readers.test')).moderationStatus, 'approved', 'another reader is not blocked');
      const unblocked = await ctx.admin.del(`/film-reviews/moderation/blocks/${body.data.documentId}`);
      assert.deepEqual(unblocked.body, { data: { documentId: body.data.documentId } });
      assert.equal((await post('troll@readers.test')).moderationStatus, 'approved', 'after the unblock');
      assert.equal((await ctx.admin.del(`/film-reviews/moderation/blocks/${body.data.documentId}`)).status, 404);
    });

    it('blocks by client address too: comments under any email and reports from it are spam, reports count for nothing', async () => {
      const target = await post('address@readers.test');
      assert.equal(target.moderationStatus, 'approved');
      const victim = await storedComment('victim@readers.test');
      const { body } = await block(target.documentId);
      assert.deepEqual(body.data.matches, ['email', 'address']);
      try {
        const other = await post('new-name@readers.test');
        assert.deepEqual([other.moderationStatus, other.stored.moderationStatus], ['pending', 'spam']);
        await settings().update({ reportThreshold: 1 });
        const report = await http(ctx.baseUrl).post(`${API}/comments/${victim}/report`, { data: { reason: 'abuse' } });
        assert.deepEqual([report.status, report.body], [201, { data: { documentId: victim, counted: true } }]);
        assert.equal((await ctx.strapi.db.query(REPORT_UID).findOne({ where: { commentDocumentId: victim } })).spam, true);
        assert.equal((await rows().findOne({ where: { documentId: victim } })).moderationStatus, 'approved', 'one report at a threshold of 1 held nothing');
      } finally {
        await settings().update({ reportThreshold: 3 });
        await ctx.admin.del(`/film-reviews/moderation/blocks/${body.data.documentId}`);
      }
      assert.equal((await post('new-name@readers.test')).moderationStatus, 'approved');
    });

    it('lets a block expire, lists blocks newest first without their hashes, and refuses bad input', async () => {
      const first = await block(await storedComment('soon-free@readers.test'), { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      assert.equal(first.status, 201);
      assert.equal((await post('soon-free@readers.test')).stored.moderationStatus, 'spam');
      await ctx.strapi.db.query(BLOCK_UID).update({ where: { documentId: first.body.data.documentId }, data: { expiresAt: new Date(Date.now() - 1000) } });
      assert.equal((await post('soon-free@readers.test')).stored.moderationStatus, 'approved', 'an expired block holds nothing');
      const second = await block(await storedComment('listed@readers.test'), { note: 'second' });
      const list = await ctx.admin.get('/film-reviews/moderation/blocks?pageSize=2');
      assert.equal(list.status, 200);
      assert.deepEqual(list.body.data.map((entry: any) => [entry.documentId, entry.active]), [[second.body.data.documentId, true], [first.body.data.documentId, false]]);
      assert.equal(list.body.meta.pagination.total, 2);
      assert.ok(!/emailHash|ipHash/.test(JSON.stringify(list.body)), 'no hash leaves the server');
      for (const [body, path] of [
        [{ note: 'x'.repeat(501) }, ['note']],
        [{ expiresAt: '2001-01-01T00:00:00Z' }, ['expiresAt']],
        [{ expiresAt: 'tomorrow' }, ['expiresAt']],
        [{ note: 'ok', emailHash: 'x' }, ['emailHash']],
      ] as const) {
        const refused = await block(second.body.data.commentDocumentId, body);
        assert.equal(refused.status, 400, JSON.stringify(body));
        assert.deepEqual(refused.body.error.details.errors[0].path, path, JSON.stringify(refused.body));
      }
      assert.equal((await block('no-such-comment')).status, 404);
      assert.equal(await ctx.strapi.db.query(BLOCK_UID).count(), 2, 'refused requests stored nothing');
    });

    it('is for moderators only: a role that may read comments but not moderate them gets 403', async () => {
      const reader = await adminWithActions(ctx.strapi, ctx.baseUrl, 'Comment readers (blocks)', ['plugin::film-reviews.comments.read']);
      const commentId = await storedComment('guarded@readers.test');
      assert.equal((await reader.post(`/film-reviews/moderation/comments/${commentId}/block`, {})).status, 403);
      assert.equal((await reader.get('/film-reviews/moderation/blocks')).status, 403);
      assert.equal((await reader.del('/film-reviews/moderation/blocks/anything')).status, 403);
    });
  });
