import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { http, type HttpClient } from '../helpers/http';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';
import { usesDemoContent } from '../helpers/fixtures';
import { adminWithActions } from '../helpers/admin';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';

export const adminRoutesSuite = (ctx: ApiContext) =>
  describe('admin routes: moderation, insights, settings', () => {
    usesDemoContent(ctx);
    let referenceId: string;
    let editor: HttpClient;

    before(async () => {
      referenceId = (await ctx.strapi.db.query('plugin::film-reviews.film-review').findOne({ where: { slug: REFERENCE_SLUG } })).documentId;
      const editorRole = await ctx.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
      await ctx.strapi.service('admin::user').create({
        email: 'plain-editor@test.local', password: 'Editor12345!', firstname: 'Plain', lastname: 'Editor', isActive: true, registrationToken: null, roles: [editorRole.id],
      });
      const login = await http(ctx.baseUrl).post('/admin/login', { email: 'plain-editor@test.local', password: 'Editor12345!' });
      editor = http(ctx.baseUrl, login.body.data.token);
    });

    it('refuses every admin route to an editor without the plugin permissions (403), on the server', async () => {
      const calls: Array<[string, () => Promise<{ status: number }>]> = [
        ['list', () => editor.get('/film-reviews/moderation/comments')],
        ['bulk', () => editor.post('/film-reviews/moderation/comments/bulk', { ids: ['x'], action: 'approve' })],
        ['thread', () => editor.get('/film-reviews/moderation/comments/x/thread')],
        ['reply', () => editor.post('/film-reviews/moderation/comments/x/reply', { content: 'hi' })],
        ['summary', () => editor.get(`/film-reviews/moderation/reviews/${referenceId}`)],
        ['review options', () => editor.get('/film-reviews/moderation/review-options')],
        ['insights', () => editor.get('/film-reviews/insights')],
        ['settings read', () => editor.get('/film-reviews/settings')],
        ['settings update', () => editor.put('/film-reviews/settings', { data: { maxLinks: 9 } })],
      ];
      for (const [name, call] of calls) assert.equal((await call()).status, 403, name);
      assert.equal((await ctx.strapi.plugin('film-reviews').service('settings').get()).maxLinks, 2);
    });

    it('lists comments with their email for moderators, counts per status, filters by status, review and text', async () => {
      const all = await ctx.admin.get(`/film-reviews/moderation/comments?review=${referenceId}&pageSize=100`);
      assert.equal(all.status, 200);
      assert.ok(all.body.data.every((c: any) => c.review.slug === REFERENCE_SLUG));
      assert.ok(all.body.data.some((c: any) => c.authorEmail === 'maren@example.org'));
      const { counts } = all.body.meta;
      assert.equal(counts.pending + counts.approved + counts.spam + counts.rejected, all.body.meta.pagination.total);
      const spam = await ctx.admin.get(`/film-reviews/moderation/comments?review=${referenceId}&status=spam`);
      assert.ok(spam.body.data.length >= 1 && spam.body.data.every((c: any) => c.moderationStatus === 'spam'));
      // On one review: other suites seed the same thread on reviews of their own.
      const text = await ctx.admin.get(`/film-reviews/moderation/comments?review=${referenceId}&q=PHONE%20CASES`);
      assert.deepEqual(text.body.data.map((c: any) => c.authorName), ['Best Deals']);
      assert.match(text.body.data[0].content, /phone cases/i);
      assert.equal((await ctx.admin.get('/film-reviews/moderation/comments?status=weird')).status, 400);
    });

    it('approves, marks spam, rejects and restores in bulk, and the public thread follows', async () => {
      const publicThread = async () => (await http(ctx.baseUrl).get(`/api/film-reviews/reviews/${REFERENCE_SLUG}/comments?pagination[pageSize]=100`)).body;
      const pending = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { reviewDocumentId: referenceId, authorName: 'New reader' } });
      const before = (await publicThread()).meta.totalComments;
      const approve = await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: [pending.documentId], action: 'approve' });
      assert.deepEqual(approve.body.data, { count: 1, moderationStatus: 'approved' });
      assert.equal((await publicThread()).meta.totalComments, before + 1);
      const row = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: pending.documentId } });
      assert.equal(row.moderatedBy, 'editor@test.local');
      for (const [action, status] of [['spam', 'spam'], ['reject', 'rejected'], ['restore', 'pending']]) {
        await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: [pending.documentId], action });
        assert.equal((await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: pending.documentId } })).moderationStatus, status);
      }
      assert.equal((await publicThread()).meta.totalComments, before);
      assert.equal((await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: [], action: 'approve' })).status, 400);
      assert.equal((await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: ['x'], action: 'publish' })).status, 400);
    });

    it('shows a comment in its thread and answers it as the editor, threaded in the public API', async () => {
      const maren = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { reviewDocumentId: referenceId, authorName: 'Maren', parentDocumentId: null }, orderBy: { id: 'asc' } });
      const priya = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { reviewDocumentId: referenceId, authorName: 'Priya' }, orderBy: { id: 'asc' } });
      const thread = await ctx.admin.get(`/film-reviews/moderation/comments/${priya.documentId}/thread`);
      assert.equal(thread.body.data[0].documentId, maren.documentId);
      assert.equal(thread.body.data[0].depth, 0);
      assert.ok(thread.body.data.some((c: any) => c.documentId === priya.documentId && c.depth === 1));

      const reply = await ctx.admin.post(`/film-reviews/moderation/comments/${maren.documentId}/reply`, { content: 'Thank you, Maren.' });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      const { body } = await http(ctx.baseUrl).get(`/api/film-reviews/reviews/${REFERENCE_SLUG}/comments?pagination[pageSize]=100`);
      const root = body.data.find((c: any) => c.documentId === maren.documentId);
      const answer = root.replies.find((c: any) => c.documentId === reply.body.data.documentId);
      assert.equal(answer.isEditorReply, true);
      assert.equal(answer.author.name, 'Test Editor');
      assert.equal((await ctx.admin.post(`/film-reviews/moderation/comments/${maren.documentId}/reply`, { content: '  ' })).status, 400);
    });

    it('summarises one review for the side panel', async () => {
      const { body } = await ctx.admin.get(`/film-reviews/moderation/reviews/${referenceId}`);
      assert.ok(body.data.counts.approved >= 5);
      assert.ok(body.data.pending.length <= 5 && body.data.pending.every((c: any) => c.moderationStatus === 'pending'));
    });

    it('lists reviews by title for the moderation filter to a role that may read comments, searched and paged past 100', async () => {
      const reader = await adminWithActions(ctx.strapi, ctx.baseUrl, 'Comment readers (filter)', ['plugin::film-reviews.comments.read']);
      const number = (i: number) => String(i).padStart(3, '0');
      const rows = Array.from({ length: 101 }, (_, i) => ({ documentId: `filteroption${number(i)}`, title: `Filter option ${number(i)}`, slug: `filter-option-${number(i)}`, locale: 'en', publishedAt: null }));
      await ctx.strapi.db.query('plugin::film-reviews.film-review').createMany({ data: rows });
      try {
        const first = await reader.get('/film-reviews/moderation/review-options?q=FILTER%20OPTION&pageSize=100');
        assert.equal(first.status, 200, JSON.stringify(first.body));
        assert.equal(first.body.data.length, 100);
        assert.deepEqual(first.body.meta.pagination, { page: 1, pageSize: 100, pageCount: 2, total: 101 });
        const second = await reader.get('/film-reviews/moderation/review-options?q=filter%20option&pageSize=100&page=2');
        assert.deepEqual(second.body.data, [{ documentId: 'filteroption100', title: 'Filter option 100', slug: 'filter-option-100' }]);
        // Published, drafted and translated, the reference review is one option.
        const reference = await reader.get('/film-reviews/moderation/review-options?q=never%20let%20me%20go');
        assert.deepEqual(reference.body.data, [{ documentId: referenceId, title: 'Never Let Me Go (2010)', slug: 'never-let-me-go-2010' }]);
        assert.equal((await reader.get('/film-reviews/moderation/review-options?pageSize=101')).status, 400);
      } finally {
        await ctx.strapi.db.query('plugin::film-reviews.film-review').deleteMany({ where: { documentId: { $startsWith: 'filteroption' } } });
      }
    });

    it('gives insights: rating distributions, comments per week, most discussed', async () => {
      const { status, body } = await ctx.admin.get('/film-reviews/insights');
      assert.equal(status, 200);
      const { reviewRatings, readerRatings, commentsPerWeek, mostDiscussed } = body.data;
      assert.ok(reviewRatings.some((r: any) => r.rating === 4 && r.count >= 1));
      assert.ok(readerRatings.some((r: any) => r.rating === 4.5));
      assert.equal(commentsPerWeek.length, 12);
      assert.ok(commentsPerWeek[11].count > 0, 'this week has comments');
      assert.ok(mostDiscussed.length >= 1 && mostDiscussed[0].comments >= mostDiscussed[mostDiscussed.length - 1].comments);
    });

    it('reads and validates settings, which take effect at once', async () => {
      const read = await ctx.admin.get('/film-reviews/settings');
      assert.equal(read.body.data.spoilerPlaceholder, '[spoiler]');
      for (const key of ['images', 'retention', 'preview']) assert.ok(!(key in read.body.data), `${key} is config-only (the preview secret never reaches the page)`);
      // The settings page sends back what it read.
      assert.equal((await ctx.admin.put('/film-reviews/settings', { data: read.body.data })).status, 200);
      const bad = await ctx.admin.put('/film-reviews/settings', { data: { maxLinks: -1, floodIntervalSeconds: 'soon', colour: 'red' } });
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.error.details.errors.map((e: any) => e.path.join('.')).sort(), ['colour', 'floodIntervalSeconds', 'maxLinks']);
      const saved = await ctx.admin.put('/film-reviews/settings', { data: { spoilerPlaceholder: '[hidden]' } });
      assert.equal(saved.status, 200);
      const review = await http(ctx.baseUrl).get(`/api/film-reviews/reviews/${REFERENCE_SLUG}`);
      assert.match(review.body.data.body, /\[hidden\]/);
      await ctx.admin.put('/film-reviews/settings', { data: { spoilerPlaceholder: '[spoiler]' } });
    });
  });
