import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import type { E2eContext } from './context';

/** Requests to the plugin's admin route at `path`, whatever their query. */
const adminRoute = (path: string) => (url: URL) => url.pathname.endsWith(`/film-reviews${path}`);

export const failedRequestsSuite = (ctx: E2eContext) =>
  describe('failed admin requests', () => {
    const it = itWithScreenshot(() => ctx.page);

    it('says the settings could not be read instead of spinning, and shows them on retry', async () => {
      const { page } = ctx;
      const settings = adminRoute('/settings');
      await page.route(settings, (route) => route.abort('connectionrefused'));
      try {
        await page.goto(`${ctx.baseUrl}/admin/settings/film-reviews`);
        const failure = page.locator('[data-error-state]');
        await failure.waitFor();
        assert.match(await failure.innerText(), /The server could not be reached/);
        assert.equal(await page.getByText(/Loading/).count(), 0, 'no loader left spinning');
        assert.equal(await page.getByRole('textbox', { name: 'Links that hold a comment' }).count(), 0);
        await screenshot(page, 'settings-failed');
      } finally {
        await page.unroute(settings);
      }
      await page.locator('[data-error-state]').getByRole('button', { name: 'Retry' }).click();
      await page.getByRole('textbox', { name: 'Links that hold a comment' }).waitFor();
      assert.equal(await page.locator('[data-error-state]').count(), 0);
    });

    it("shows a 403 on the moderation page's review list beside the comments, and the reviews on retry", async () => {
      const { page } = ctx;
      const reviews = adminRoute('/moderation/review-options');
      await page.route(reviews, (route) =>
        route.fulfill({ status: 403, json: { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Policy Failed', details: {} } } })
      );
      try {
        await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/moderation`);
        const failure = page.locator('[data-error-state]');
        await failure.waitFor();
        assert.match(await failure.innerText(), /reviews to filter by could not be loaded: You are not allowed .*\(403\)/);
        await page.locator('[data-comment-row]').first().waitFor();
        await screenshot(page, 'moderation-review-filter-failed');
      } finally {
        await page.unroute(reviews);
      }
      await page.locator('[data-error-state]').getByRole('button', { name: 'Retry' }).click();
      const filter = page.getByRole('combobox', { name: 'Review' });
      await filter.click();
      await filter.pressSequentially('never let');
      // The slug tells the reference review from a copy of the same title (the import suite makes one).
      await page.getByRole('option', { name: 'Never Let Me Go (2010) · never-let-me-go-2010', exact: true }).click();
      // Only that review's comments are left, and it has some.
      await page.locator('[data-comment-row]', { hasText: 'Amélie' }).waitFor({ state: 'detached' });
      const rows = await page.locator('[data-comment-row]').allInnerTexts();
      assert.ok(rows.length > 0 && rows.every((row) => row.includes('Never Let Me Go (2010)')), rows.join('\n'));
    });
  });
