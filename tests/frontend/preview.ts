import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentManagerPath } from '../helpers/admin';
import { saveDocument, screenshot } from '../helpers/browser';
import { waitFor } from '../helpers/wait';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { FrontendContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';

/** Strapi Preview: the admin's pane shows the frontend's rendering of the draft. */
export const previewSuite = (ctx: FrontendContext) =>
  describe('Strapi Preview', () => {
    it('shows an unpublished change in the admin preview pane, while readers still see the published review', async () => {
      const page = ctx.adminPage;
      const editView = `${ctx.baseUrl}/admin${contentManagerPath(REVIEW_UID, ctx.referenceId)}`;
      await page.goto(editView);
      const title = page.getByRole('textbox', { name: /^title/i });
      // Fill only once the form holds the stored review: a value typed before it loads is overwritten, and Save stays disabled.
      await waitFor(async () => (await title.inputValue().catch(() => '')) === 'Never Let Me Go (2010)', 30_000, 'the edit form to load the review');
      await title.fill('Never Let Me Go (2010), revisited');
      const saved = await saveDocument(page, ctx.referenceId);
      assert.equal(saved.status(), 200);

      await page.getByRole('link', { name: 'Open preview' }).click();
      const pane = page.frameLocator('[data-testid="preview-iframe"]');
      await pane.getByRole('heading', { level: 1, name: 'Never Let Me Go (2010), revisited' }).waitFor();
      assert.match((await pane.locator('.preview-banner').textContent()) ?? '', /Preview of the draft/);
      await screenshot(page, 'frontend-preview-pane');

      const publicPage = await (await fetch(`${ctx.frontendUrl}/reviews/${REFERENCE_SLUG}`)).text();
      assert.ok(!publicPage.includes('revisited'), 'readers never see the draft');
    });

    it('refuses the preview route without the secret', async () => {
      const response = await fetch(`${ctx.frontendUrl}/preview?slug=${REFERENCE_SLUG}&status=draft&secret=wrong-secret`);
      assert.equal(response.status, 401);
      assert.ok(!(await response.text()).includes('Never Let Me Go'));
    });
  });
