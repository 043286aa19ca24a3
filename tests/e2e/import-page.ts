import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import { startWordPressSite, type WordPressSite } from '../helpers/wordpress-site';
import type { E2eContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';

export const importPageSuite = (ctx: E2eContext) =>
  describe('import view', () => {
    const it = itWithScreenshot(() => ctx.page);
    let site: WordPressSite;

    before(async () => {
      site = await startWordPressSite();
    });
    after(async () => site?.close());

    it('previews a WordPress export with a dry run, then imports it with a progress bar and shows the report', async () => {
      const { page } = ctx;
      const reviewsBefore = await ctx.strapi.db.query(REVIEW_UID).count({});
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews`);
      await page.getByRole('tab', { name: 'Import' }).click();
      await page.getByRole('heading', { name: 'Import from WordPress' }).waitFor();
      await page.locator('input[type="file"]').setInputFiles(site.writeExport());

      await page.getByRole('button', { name: 'Preview (dry run)' }).click();
      await page.locator('[data-import-state="done"][data-import-dry-run="true"]').waitFor();
      await page.getByText('Dry run of export-1.xml: nothing was written').waitFor();
      assert.match(await page.locator('[data-import-totals]').innerText(), /Reviews: 3 created, 0 updated, 0 unchanged, 0 failed/);
      assert.match(await page.locator('[data-import-totals]').innerText(), /Images: 6 to upload/);
      assert.equal(await ctx.strapi.db.query(REVIEW_UID).count({}), reviewsBefore, 'the preview wrote nothing');

      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.locator('[data-import-state="running"], [data-import-state="done"][data-import-dry-run="false"]').first().waitFor();
      await page.getByRole('progressbar').waitFor();
      await page.locator('[data-import-state="done"][data-import-dry-run="false"]').waitFor({ timeout: 120_000 });
      await page.getByText('export-1.xml imported').waitFor();
      const row = page.locator('[data-import-post="10"]');
      assert.equal(await row.getAttribute('data-import-action'), 'created');
      assert.match(await row.innerText(), /Never Let Me Go \(2010\)[\s\S]*Published[\s\S]*7 new, 0 updated, 1 skipped/i);
      assert.match(await page.locator('[data-import-post="30"]').innerText(), /no rating found: left empty/);
      for (const skipped of ['item:50', 'item:40', 'comment:508', 'image:201']) {
        await page.locator(`[data-import-skipped="${skipped}"]`).waitFor();
      }
      await screenshot(page, 'import-view-report');
      assert.equal(await ctx.strapi.db.query(REVIEW_UID).count({}), reviewsBefore + 5, 'two published reviews and a draft');
    });
  });
