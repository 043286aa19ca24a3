import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe } from 'node:test';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import type { E2eContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const EMAIL = 'maren@example.org';

export const privacyPageSuite = (ctx: E2eContext) =>
  describe('privacy view', () => {
    const it = itWithScreenshot(() => ctx.page);

    it('finds a reader’s comments by email, downloads them as JSON and anonymizes them after a confirmation', async () => {
      const { page } = ctx;
      const stored = await ctx.strapi.db.query(COMMENT_UID).count({ where: { authorEmail: EMAIL } });
      assert.ok(stored > 0, 'the seed has comments by this reader');

      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews`);
      await page.getByRole('tab', { name: 'Privacy' }).click();
      await page.getByLabel("Reader's email").fill(EMAIL);
      await page.getByRole('button', { name: 'Find comments' }).click();
      const count = page.locator(`[data-privacy-count="${stored}"]`);
      await count.waitFor();
      assert.match(await count.innerText(), new RegExp(`${stored} comments? stored for ${EMAIL}`));
      await screenshot(page, 'privacy-view-found');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download as JSON' }).click();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), `comments-${EMAIL}.json`);
      const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
      assert.equal(file.comments.length, stored);
      assert.ok(file.comments.every((comment: any) => comment.authorEmail === EMAIL && comment.review.slug));

      await page.getByRole('radio', { name: /^Anonymize/ }).click();
      await page.getByRole('button', { name: 'Erase' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText(new RegExp(`Anonymize ${stored} comments? of ${EMAIL}\\?`)).waitFor();
      await screenshot(page, 'privacy-view-confirm');
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await page.locator('[data-privacy-count="0"]').waitFor();
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count({ where: { authorEmail: EMAIL } }), 0);
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count({ where: { authorEmail: 'erased@invalid', authorName: 'Anonymous' } }), stored);
    });
  });
