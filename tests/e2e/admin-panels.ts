import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { contentManagerPath } from '../helpers/admin';
import { loginToAdmin, itWithScreenshot, screenshot } from '../helpers/browser';
import { http } from '../helpers/http';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { E2eContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const COMMENTS = `/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`;

export const adminPanelsSuite = (ctx: E2eContext) =>
  describe('admin panels', () => {
    const it = itWithScreenshot(() => ctx.page);
    const publicThread = async () => (await http(ctx.baseUrl).get(`${COMMENTS}?pagination[pageSize]=100&spoilers=show`)).body;
    const statusOf = async (authorName: string) => (await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { authorName } })).moderationStatus;
    let readers = 0;
    const postComment = async (extra: Record<string, unknown> = {}) => {
      readers += 1;
      const name = `Browser reader ${readers}`;
      const response = await http(ctx.baseUrl).post(COMMENTS, { data: { authorName: name, authorEmail: `browser${readers}@readers.test`, content: `Comment from ${name}`, ...extra } });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return name;
    };
    const openModeration = async (page: Page) => {
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/moderation`);
      await page.locator('[data-status-tab="pending"]').waitFor();
    };

    it('approves a pending comment from the queue, and it appears in the public API', async () => {
      const { page } = ctx;
      await openModeration(page);
      const row = page.locator('[data-comment-row]', { hasText: 'New reader' });
      await row.waitFor();
      await screenshot(page, 'moderation-queue');
      const before = (await publicThread()).meta.totalComments;
      await row.getByRole('button', { name: 'Approve' }).click();
      await row.waitFor({ state: 'detached' });
      assert.equal((await publicThread()).meta.totalComments, before + 1);
      assert.equal(await statusOf('New reader'), 'approved');
    });

    it('marks several comments as spam at once', async () => {
      const { page } = ctx;
      const names = [await postComment(), await postComment()];
      await openModeration(page);
      for (const name of names) {
        await page.getByRole('checkbox', { name: `Select the comment of ${name}` }).click();
      }
      await page.getByRole('button', { name: 'Mark as spam (2)' }).click();
      await page.locator('[data-comment-row]', { hasText: names[0] }).waitFor({ state: 'detached' });
      for (const name of names) assert.equal(await statusOf(name), 'spam');
      const spamTab = page.locator('[data-status-tab="spam"]');
      assert.match(await spamTab.innerText(), /\(\d+\)/);
    });

    it('opens a comment in its thread and replies as the editor, threaded in the public API', async () => {
      const { page } = ctx;
      await openModeration(page);
      await page.locator('[data-status-tab="approved"]').click();
      const row = page.locator('[data-comment-row]').filter({ has: page.getByText('tobias@example.org', { exact: true }) }).first();
      await row.getByRole('button', { name: 'Thread' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('[data-thread-comment]', { hasText: 'Elena' }).waitFor();
      await dialog.getByRole('textbox', { name: 'Reply as the editor' }).fill('Glad you both noticed the photography.');
      await screenshot(page, 'moderation-thread');
      await dialog.getByRole('button', { name: 'Publish reply' }).click();
      await dialog.locator('[data-thread-comment]', { hasText: 'Glad you both noticed' }).waitFor();
      const tobias = (await publicThread()).data.find((c: any) => c.author.name === 'Tobias');
      const reply = tobias.replies.find((c: any) => c.content === 'Glad you both noticed the photography.');
      assert.ok(reply, 'the reply is threaded under Tobias');
      assert.equal(reply.isEditorReply, true);
    });

    it('shows counts, pending comments, spoilers and image weight in the review side panel, and approves from it', async () => {
      const { page } = ctx;
      const name = await postComment();
      await page.goto(`${ctx.baseUrl}/admin${contentManagerPath('plugin::film-reviews.film-review', ctx.referenceId)}`);
      const panel = page.locator('[data-review-panel]');
      await panel.locator('[data-panel-counts]').waitFor();
      assert.match(await panel.locator('[data-panel-spoilers]').innerText(), /Major spoilers · 3 inline spoilers/);
      assert.match(await panel.locator('[data-panel-weight]').innerText(), /^6 images: [\d,]+ KB originals, [\d,]+ KB optimized$/);
      assert.match(await panel.innerText(), /On slow 3G \(400 kbit\/s\): [\d.]+ s instead of [\d.]+ s/);
      await screenshot(page, 'review-side-panel', panel);
      const pending = panel.locator('[data-panel-pending]', { hasText: name });
      await pending.getByRole('button', { name: 'Approve' }).click();
      await pending.waitFor({ state: 'detached' });
      assert.equal(await statusOf(name), 'approved');
    });

    it('words the side panel for one spoiler, a level that contradicts it and no images', async () => {
      const { page } = ctx;
      const created = await ctx.admin.post(contentManagerPath('plugin::film-reviews.film-review'), {
        title: 'Panel wording', reviewer: 'E2E', rating: 3, spoilerWarning: { level: 'none' }, body: 'It ends ||in the rain||.',
      });
      await page.goto(`${ctx.baseUrl}/admin${contentManagerPath('plugin::film-reviews.film-review', created.body.data.documentId)}`);
      const panel = page.locator('[data-review-panel]');
      await panel.locator('[data-panel-weight]').waitFor();
      assert.equal(await panel.locator('[data-panel-spoilers]').innerText(), 'No spoilers · 1 inline spoiler');
      assert.match(await panel.locator('[data-panel-spoiler-mismatch]').innerText(), /marks inline spoilers, but the warning says “No spoilers”/);
      assert.equal(await panel.locator('[data-panel-weight]').innerText(), 'No images');
      assert.doesNotMatch(await panel.innerText(), /0\.0 s instead of 0\.0 s/);
      await screenshot(page, 'review-side-panel-mismatch', panel);
    });

    it('labels the fields of a review with words in the content manager', async () => {
      const { page } = ctx;
      await page.goto(`${ctx.baseUrl}/admin${contentManagerPath('plugin::film-reviews.film-review', ctx.referenceId)}`);
      await page.locator('[data-review-panel]').waitFor();
      for (const label of ['Spoiler warning', 'Reviewer URL', 'Comments open', 'Cover image']) {
        await page.getByText(label, { exact: true }).first().waitFor();
      }
      assert.equal(await page.getByText('spoilerWarning', { exact: true }).count(), 0, 'no attribute names as labels');
      assert.equal(await page.getByText('reviewerUrl', { exact: true }).count(), 0);
    });

    it('saves settings that apply to the next comment, and shows errors at the field', async () => {
      const { page } = ctx;
      await page.goto(`${ctx.baseUrl}/admin/settings/film-reviews`);
      const maxLinks = page.getByRole('textbox', { name: 'Links that hold a comment' });
      await maxLinks.waitFor();
      await maxLinks.fill('-1');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Some settings are not valid').waitFor();
      await page.getByText('Too small: expected number to be >=0').waitFor();
      await maxLinks.fill('2');
      await page.getByRole('checkbox', { name: 'Require approval' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Settings saved').waitFor();
      await screenshot(page, 'settings');
      const returning = await http(ctx.baseUrl).post(COMMENTS, { data: { authorName: 'Maren', authorEmail: 'maren@example.org', content: 'Checking the settings' } });
      assert.equal(returning.body.data.moderationStatus, 'pending', 'approval is now required, even for returning readers');
      await ctx.strapi.plugin('film-reviews').service('settings').update({ requireApproval: false });
    });

    it('turns proof of work on from the settings page: a guest comment without it is refused', async () => {
      const { page } = ctx;
      await page.goto(`${ctx.baseUrl}/admin/settings/film-reviews`);
      const toggle = page.getByRole('checkbox', { name: 'Require proof of work' });
      await toggle.click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Settings saved').waitFor();
      try {
        const unproven = await http(ctx.baseUrl).post(COMMENTS, { data: { authorName: 'Bot', authorEmail: 'bot@example.org', content: 'No puzzle solved' } });
        assert.equal(unproven.status, 400);
        assert.deepEqual(unproven.body.error.details.errors[0].path, ['altcha']);
      } finally {
        await ctx.strapi.plugin('film-reviews').service('settings').update({ requireProofOfWork: false });
      }
    });

    it('charts ratings and comments in the Insights view', async () => {
      const { page } = ctx;
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/insights`);
      await page.locator('.recharts-surface').first().waitFor();
      assert.equal(await page.locator('.recharts-surface').count(), 3);
      assert.match(await page.locator('[data-ranking="mostDiscussed"]').innerText(), /Never Let Me Go \(2010\)/);
      await screenshot(page, 'insights');
    });

    it('hides moderation from a user who may only read comments, and the server refuses it too', async () => {
      const roleService = ctx.strapi.service('admin::role');
      const role = await roleService.create({ name: 'Comment readers', description: 'May read comments only' });
      await roleService.assignPermissions(role.id, [{ action: 'plugin::film-reviews.comments.read', subject: null, properties: {}, conditions: [] }]);
      await ctx.strapi.service('admin::user').create({
        email: 'reader-only@test.local', password: 'Reader12345!', firstname: 'Read', lastname: 'Only', isActive: true, registrationToken: null, roles: [role.id],
      });
      const context = await ctx.page.context().browser()!.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      try {
        await loginToAdmin(page, ctx.baseUrl, { email: 'reader-only@test.local', password: 'Reader12345!' });
        await openModeration(page);
        await page.locator('[data-comment-row]').first().waitFor();
        assert.equal(await page.getByRole('button', { name: 'Approve' }).count(), 0, 'no approve button');
        assert.equal(await page.getByRole('button', { name: 'Block reader' }).count(), 0, 'no block button');
        // The tabs fill in once the user's permissions have loaded: wait for that state, not for time.
        await page.locator('[data-plugin-nav]:not([data-plugin-nav=""])').waitFor();
        assert.equal(await page.locator('[data-plugin-nav]').getAttribute('data-plugin-nav'), 'moderation', 'only the views it may open');
        assert.equal(await page.getByRole('checkbox', { name: /Select the comment/ }).count() > 0, true);
        const login = await http(ctx.baseUrl).post('/admin/login', { email: 'reader-only@test.local', password: 'Reader12345!' });
        const token = login.body.data.token;
        const pendingRow = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { moderationStatus: 'pending' } });
        const refused = await http(ctx.baseUrl, token).post('/film-reviews/moderation/comments/bulk', { ids: [pendingRow.documentId], action: 'approve' });
        assert.equal(refused.status, 403);
        assert.equal((await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: pendingRow.documentId } })).moderationStatus, 'pending');
      } finally {
        await context.close();
      }
    });
  });
