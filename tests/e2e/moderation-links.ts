import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { TEST_ADMIN } from '../helpers/admin';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import { linkSet } from '../../server/src/moderation-links/link-token';
import type { E2eContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';

export const moderationLinksSuite = (ctx: E2eContext) =>
  describe('moderating from an email link', () => {
    const it = itWithScreenshot(() => ctx.page);
    const comments = () => ctx.strapi.db.query(COMMENT_UID);

    it('confirms before acting, acts once, and the thread dialog shows the decision came from an email', async () => {
      const { page } = ctx;
      const comment = await comments().create({
        data: { reviewDocumentId: ctx.referenceId, authorName: 'Inbox reader', authorEmail: 'inbox@readers.test', content: 'The last scene on the beach stayed with me.', moderationStatus: 'pending', publishedAt: new Date() },
      });
      const admin = await ctx.strapi.db.query('admin::user').findOne({ select: ['id', 'firstname', 'lastname'], where: { email: TEST_ADMIN.email } });
      const links = linkSet(ctx.strapi, { commentDocumentId: comment.documentId, adminId: admin.id, expiresAt: new Date(Date.now() + 86_400_000) });
      const local = (url: string) => `${ctx.baseUrl}${new URL(url).pathname}${new URL(url).search}`;

      await page.goto(local(links.approve));
      await page.getByRole('heading', { name: 'Approve this comment?' }).waitFor();
      await page.getByText('The last scene on the beach stayed with me.').waitFor();
      await screenshot(page, 'moderation-link-confirm');
      assert.equal((await comments().findOne({ where: { id: comment.id } })).moderationStatus, 'pending', 'opening the link changes nothing');

      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByText('The comment is now approved.').waitFor();
      assert.equal((await comments().findOne({ where: { id: comment.id } })).moderationStatus, 'approved');

      await page.goto(local(links.reject));
      await page.getByRole('heading', { name: 'This link was already used' }).waitFor();
      assert.equal(await page.getByRole('button').count(), 0, 'a used set offers nothing to press');
      await screenshot(page, 'moderation-link-used');

      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/moderation`);
      await page.locator('[data-status-tab="approved"]').click();
      const row = page.locator(`[data-comment-row="${comment.documentId}"]`);
      await row.getByRole('button', { name: 'Thread' }).click();
      const history = page.getByRole('dialog').locator(`[data-thread-comment="${comment.documentId}"] [data-moderation-history]`);
      await history.waitFor();
      assert.match(await history.innerText(), new RegExp(`^Approved by ${admin.firstname} ${admin.lastname ?? ''}\\s*from an email link, `));
      await screenshot(page, 'moderation-thread-history');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    });
  });
