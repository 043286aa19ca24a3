import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import { http } from '../helpers/http';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { E2eContext } from './context';

const COMMENTS = `/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`;

export const reportsSuite = (ctx: E2eContext) =>
  describe('reader reports in the moderation view', () => {
    const it = itWithScreenshot(() => ctx.page);

    it('shows the report count and reasons of a comment held by reports, and dismisses them', async () => {
      const { page } = ctx;
      const name = 'Reported reader';
      const posted = await http(ctx.baseUrl).post(COMMENTS, { data: { authorName: name, authorEmail: 'reported@readers.test', content: 'Everyone in this film is a clone.' } });
      assert.equal(posted.status, 201);
      const { documentId } = posted.body.data;
      assert.equal((await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: [documentId], action: 'approve' })).status, 200);
      // Three readers at three addresses: the default threshold sends it back to the queue.
      assert.equal((await http(ctx.baseUrl).post(`/api/film-reviews/comments/${documentId}/report`, { data: { reason: 'spoiler' } })).status, 201);
      const reports = ctx.strapi.plugin('film-reviews').service('reports');
      await reports.report(documentId, 'spam', { ip: '203.0.113.20' });
      await reports.report(documentId, 'spoiler', { ip: '203.0.113.21' });

      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/moderation`);
      const row = page.locator('[data-comment-row]', { hasText: name });
      await row.waitFor();
      const badge = row.locator('[data-reports="3"]');
      await badge.waitFor();
      assert.match(await badge.innerText(), /3 reports/i);
      assert.match(await badge.innerText(), /spoiler ×2/);
      assert.match(await badge.innerText(), /spam ×1/);
      await screenshot(page, 'moderation-reports');

      await badge.getByRole('button', { name: 'Dismiss' }).click();
      await badge.waitFor({ state: 'detached' });
      const open = await ctx.strapi.db.query('plugin::film-reviews.comment-report').count({ where: { commentDocumentId: documentId, dismissedAt: null } });
      assert.equal(open, 0);
    });
  });
