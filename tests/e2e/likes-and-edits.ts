import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe } from 'node:test';
import { contentManagerPath } from '../helpers/admin';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import { http } from '../helpers/http';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { E2eContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const API = '/api/film-reviews';

export const likesAndEditsSuite = (ctx: E2eContext) =>
  describe("readers' likes and edits in the admin", () => {
    const it = itWithScreenshot(() => ctx.page);
    const like = async (path: string) => {
      const response = await http(ctx.baseUrl, undefined, { 'x-reader-key': randomBytes(18).toString('base64url') }).post(`${API}${path}`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
    };
    let liked: string;

    before(async () => {
      // The newest approved comment: first in its tab.
      const created = await ctx.strapi.db.query(COMMENT_UID).create({
        data: {
          reviewDocumentId: ctx.referenceId,
          authorName: 'Liked reader',
          authorEmail: 'liked@readers.test',
          content: 'The score carries the last act.',
          moderationStatus: 'approved',
          publishedAt: new Date(),
        },
      });
      liked = created.documentId;
      // What its author's edit stores.
      await ctx.strapi.db.query(COMMENT_UID).update({
        where: { documentId: liked },
        data: {
          editedAt: new Date(),
          earlierVersions: [{ content: 'The music is too loud at the end.', containsSpoilers: false, replacedAt: new Date().toISOString() }],
        },
      });
      for (let i = 0; i < 3; i += 1) await like(`/comments/${liked}/like`);
      await like(`/reviews/${REFERENCE_SLUG}/like`);
    });

    it("shows a comment's likes and its edit in the queue, and its earlier text in the thread", async () => {
      const { page } = ctx;
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/moderation`);
      await page.locator('[data-status-tab="approved"]').click();
      const row = page.locator(`[data-comment-row="${liked}"]`);
      await row.getByRole('img', { name: '3 likes' }).waitFor();
      assert.match(await row.innerText(), /Edited /);
      await screenshot(page, 'moderation-likes', row);
      await row.getByRole('button', { name: 'Thread' }).click();
      const item = page.getByRole('dialog').locator(`[data-thread-comment="${liked}"]`);
      await item.getByRole('img', { name: '3 likes' }).waitFor();
      await item.getByRole('button', { name: '1 earlier version' }).click();
      const versions = item.locator('[data-earlier-versions]');
      await versions.getByText('The music is too loud at the end.').waitFor();
      assert.match(await versions.innerText(), /Replaced /);
      // The disclosure slides open: the screenshot waits for it to be open.
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      await screenshot(page, 'moderation-thread-edited');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    });

    it("says in the review's side panel why the rules held a pending comment", async () => {
      const { page } = ctx;
      const held = await ctx.strapi.db.query(COMMENT_UID).create({
        data: { reviewDocumentId: ctx.referenceId, authorName: 'Held reader', authorEmail: 'held@readers.test', content: 'Buy here: https://example.org/a https://example.org/b', moderationStatus: 'pending', heldReason: 'links', publishedAt: new Date() },
      });
      await page.goto(`${ctx.baseUrl}/admin${contentManagerPath('plugin::film-reviews.film-review', ctx.referenceId)}`);
      const pending = page.locator(`[data-panel-pending="${held.documentId}"]`);
      await pending.getByText('Held: too many links').waitFor();
      await screenshot(page, 'review-side-panel-held', pending);
      await ctx.strapi.db.query(COMMENT_UID).delete({ where: { id: held.id } });
    });

    it('shows the most liked review and comment on the insights', async () => {
      const { page } = ctx;
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/insights`);
      const reviews = page.locator('[data-ranking="mostLikedReviews"]');
      await reviews.getByText('Never Let Me Go (2010)').waitFor();
      await reviews.getByRole('img', { name: '1 like' }).waitFor();
      const comments = page.locator('[data-ranking="mostLikedComments"]');
      await comments.locator('li').first().getByText('The score carries the last act.').waitFor();
      assert.match(await comments.innerText(), /Liked reader on Never Let Me Go \(2010\)/);
      await screenshot(page, 'insights-likes', comments);
    });

    it('saves the edit window from the comment rules', async () => {
      const { page } = ctx;
      const settings = ctx.strapi.plugin('film-reviews').service('settings');
      await page.goto(`${ctx.baseUrl}/admin/settings/film-reviews`);
      const window = page.getByRole('textbox', { name: 'Edit window (minutes)' });
      await window.waitFor();
      assert.equal(await window.inputValue(), String((await settings.get()).editWindowMinutes));
      await window.fill('30');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Settings saved').waitFor();
      assert.equal((await settings.get()).editWindowMinutes, 30);
      await screenshot(page, 'settings-edit-window', window);
      await settings.update({ editWindowMinutes: 10 });
    });
  });
