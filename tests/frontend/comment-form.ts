import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/browser';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { FrontendContext } from './context';

const fillReply = async (page: Page, { name, email, content }: { name: string; email: string; content?: string }) => {
  if (content !== undefined) await page.getByRole('textbox', { name: 'Comment', exact: true }).fill(content);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
};

/** Leave a Reply: the plain form POST (no JavaScript) and the enhanced one, then moderation in the admin. */
export const commentFormSuite = (ctx: FrontendContext) =>
  describe('Leave a Reply', () => {
    const reference = () => `${ctx.frontendUrl}/reviews/${REFERENCE_SLUG}`;

    const approveInAdmin = async (authorName: string) => {
      const page = ctx.adminPage;
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/moderation`);
      const row = page.locator('[data-comment-row]', { hasText: authorName });
      await row.waitFor();
      await row.getByRole('button', { name: 'Approve' }).click();
      await row.waitFor({ state: 'detached' });
    };

    it('without JavaScript: a bad email is named at its field, the text is kept, then the comment awaits moderation and shows once approved', async () => {
      const context = await ctx.browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(reference());
        await fillReply(page, { name: 'Plain Reader', email: 'not-an-email', content: 'Posted with JavaScript off: the ending stayed with me.' });
        await page.getByLabel('Your rating').selectOption('4.5');
        await page.getByRole('button', { name: 'Post Comment' }).click();
        await page.waitForLoadState();
        assert.match((await page.locator('#error-authorEmail').textContent()) ?? '', /email/i);
        assert.equal(await page.getByRole('textbox', { name: 'Email', exact: true }).getAttribute('aria-invalid'), 'true');
        assert.equal(await page.getByRole('textbox', { name: 'Comment', exact: true }).inputValue(), 'Posted with JavaScript off: the ending stayed with me.');
        assert.equal(await page.getByLabel('Your rating').inputValue(), '4.5');

        await page.getByRole('textbox', { name: 'Email', exact: true }).fill('plain.reader@readers.test');
        await page.getByRole('button', { name: 'Post Comment' }).click();
        await page.waitForURL(/comment=pending/);
        assert.equal(await page.locator('[data-form-status]').textContent(), 'Your comment is awaiting moderation.');
        assert.equal(await page.locator('.comment', { hasText: 'Plain Reader' }).count(), 0, 'not shown before approval');

        await approveInAdmin('Plain Reader');
        await page.goto(reference());
        const comment = page.locator('.comment', { hasText: 'Plain Reader' });
        assert.match((await comment.textContent()) ?? '', /6\.\s*Plain Reader.*4\.5 out of 5 stars.*the ending stayed with me/s);
      } finally {
        await context.close();
      }
    });

    it('with JavaScript: errors at their fields without leaving the page, a reply to @Maren, approval in the admin, nested under Maren', async () => {
      const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(reference(), { waitUntil: 'networkidle' });
        await screenshot(page, 'frontend-review-desktop');
        await page.getByRole('link', { name: 'Reply to Maren' }).first().click();
        assert.equal(await page.locator('[data-reply-title]').textContent(), 'Reply to Maren');
        assert.equal(await page.getByRole('textbox', { name: 'Comment', exact: true }).inputValue(), '@Maren ');
        await page.getByRole('textbox', { name: 'Comment', exact: true }).fill('@Maren the novel and the film both broke me.');
        await fillReply(page, { name: 'Script Reader', email: 'script-reader@' });
        const url = page.url();
        await page.getByRole('button', { name: 'Post Comment' }).click();
        await page.locator('#error-authorEmail:not(:empty)').waitFor();
        assert.match((await page.locator('#error-authorEmail').textContent()) ?? '', /email/i);
        assert.equal(page.url(), url, 'no page load');
        await screenshot(page, 'frontend-comment-error', page.locator('#respond'));

        await page.getByRole('textbox', { name: 'Email', exact: true }).fill('script.reader@readers.test');
        await page.getByRole('button', { name: 'Post Comment' }).click();
        await page.getByText('Your comment is awaiting moderation.').waitFor();
        assert.equal(await page.locator('#error-authorEmail').textContent(), '');

        // The same text again from the same reader is a duplicate (409) or too soon (429): a readable message either way.
        await fillReply(page, { name: 'Script Reader', email: 'script.reader@readers.test', content: '@Maren the novel and the film both broke me.' });
        await page.getByRole('button', { name: 'Post Comment' }).click();
        await page.getByText(/already posted this comment|commenting too quickly/).waitFor();

        await approveInAdmin('Script Reader');
        await page.reload();
        const maren = page.locator('.comment', { hasText: 'Maren' }).first();
        assert.match((await maren.locator('.comment-replies').textContent()) ?? '', /Script Reader.*the novel and the film both broke me/s);
      } finally {
        await context.close();
      }
    });

    it("marks the editor's reply, threaded under the comment it answers", async () => {
      const thread = await (await fetch(`${ctx.baseUrl}/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`)).json();
      const tobias = thread.data.find((comment: any) => comment.author.name === 'Tobias');
      const reply = await ctx.admin.post(`/film-reviews/moderation/comments/${tobias.documentId}/reply`, { content: 'Thank you, Tobias: the grading was a choice.' });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      const page = await ctx.browser.newPage();
      try {
        await page.goto(reference());
        const answer = page.locator('.comment', { hasText: 'Tobias' }).first().locator('.comment-replies .comment-editor');
        assert.equal(await answer.count(), 1, 'nested under Tobias');
        assert.match((await answer.textContent()) ?? '', /Editor.*the grading was a choice/s);
      } finally {
        await page.close();
      }
    });
  });
