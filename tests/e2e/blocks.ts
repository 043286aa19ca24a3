import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { TEST_ADMIN } from '../helpers/admin';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import { http } from '../helpers/http';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { E2eContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const BLOCK_UID = 'plugin::film-reviews.reader-block';
const COMMENTS = `/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`;
const DAY_MS = 24 * 60 * 60 * 1000;

export const blocksSuite = (ctx: E2eContext) =>
  describe('blocking a reader', () => {
    const it = itWithScreenshot(() => ctx.page);
    const comments = () => ctx.strapi.db.query(COMMENT_UID);
    /**
     * A pending comment, newest in the queue, stored without a client address: every test request
     * comes from 127.0.0.1, and a block of that address would make every later comment spam.
     */
    const pendingComment = async (authorName: string, authorEmail: string) =>
      comments().create({
        data: { reviewDocumentId: ctx.referenceId, authorName, authorEmail, content: `${authorName} thinks everyone here is wrong.`, moderationStatus: 'pending', publishedAt: new Date() },
      });
    const openQueueAt = async (page: Page, documentId: string) => {
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/moderation`);
      const row = page.locator(`[data-comment-row="${documentId}"]`);
      await row.waitFor();
      return row;
    };

    it('blocks a reader from the queue with a note, lists the block, stores their next comment as spam, shows it expired, and unblocks them', async () => {
      const { page } = ctx;
      const name = 'Blocked reader';
      const email = 'blocked@readers.test';
      const comment = await pendingComment(name, email);
      const row = await openQueueAt(page, comment.documentId);
      await row.getByRole('button', { name: 'Block reader' }).click();
      const dialog = page.getByRole('dialog', { name: `Block ${name}` });
      const note = dialog.getByRole('textbox', { name: 'Note' });

      // The server's refusal shows at the field, and nothing is stored.
      await note.fill('x'.repeat(501));
      await dialog.getByRole('button', { name: 'Block', exact: true }).click();
      await dialog.getByText(/Too big: expected string to have <=500 characters/).waitFor();
      await page.getByText('The reader could not be blocked: see the dialog').waitFor();
      assert.equal(await ctx.strapi.db.query(BLOCK_UID).count(), 0);

      await note.fill('Insults the other readers');
      await dialog.getByText(/Too big/).waitFor({ state: 'detached' });
      await dialog.getByRole('combobox', { name: 'Blocked for' }).click();
      await page.getByRole('option', { name: '7 days' }).click();
      await screenshot(page, 'block-reader-dialog');
      await dialog.getByRole('button', { name: 'Block', exact: true }).click();
      await page.getByText(`${name} is blocked`).waitFor();
      await dialog.waitFor({ state: 'detached' });
      const block = await ctx.strapi.db.query(BLOCK_UID).findOne({ where: { commentDocumentId: comment.documentId } });
      assert.ok(block, 'the block is stored');
      try {
        assert.equal(block.note, 'Insults the other readers');
        assert.ok(Math.abs(new Date(block.expiresAt).getTime() - (Date.now() + 7 * DAY_MS)) < 60 * 60 * 1000, `expires in 7 days: ${block.expiresAt}`);

        await page.getByRole('tab', { name: 'Blocked readers' }).click();
        const listed = page.locator(`[data-block-row="${block.documentId}"]`);
        await listed.waitFor();
        const text = await listed.innerText();
        for (const shown of [name, 'Insults the other readers', TEST_ADMIN.email]) assert.ok(text.includes(shown), `${shown} in ${text}`);
        assert.equal(await listed.locator('[data-block-state="active"]').count(), 1);
        assert.equal(await listed.locator('[data-block-matches]').getAttribute('data-block-matches'), 'email', 'a comment without its address is blocked by its email only');
        assert.doesNotMatch(text, /Until lifted/);
        await screenshot(page, 'blocked-readers');

        const posted = await http(ctx.baseUrl).post(COMMENTS, { data: { authorName: name, authorEmail: email, content: 'I am back, and still right.' } });
        assert.equal(posted.status, 201, JSON.stringify(posted.body));
        assert.equal(posted.body.data.moderationStatus, 'pending', 'answered like an ordinary pending comment');
        const stored = await comments().findOne({ where: { documentId: posted.body.data.documentId } });
        assert.deepEqual([stored.moderationStatus, stored.heldReason], ['spam', 'blocked reader']);

        // An expired block holds nothing but stays listed, as expired, until it is removed.
        await ctx.strapi.db.query(BLOCK_UID).update({ where: { id: block.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
        await page.reload();
        await listed.locator('[data-block-state="expired"]').waitFor();

        await listed.getByRole('button', { name: 'Unblock' }).click();
        const confirm = page.getByRole('alertdialog');
        await confirm.getByText(`New comments and reports of ${name} will be judged by the usual rules again.`).waitFor();
        await confirm.getByRole('button', { name: 'Confirm' }).click();
        await page.getByText(`${name} is no longer blocked`).waitFor();
        await listed.waitFor({ state: 'detached' });
        await page.getByText('No reader is blocked').waitFor();
        assert.equal(await ctx.strapi.db.query(BLOCK_UID).count({ where: { documentId: block.documentId } }), 0);
      } finally {
        await ctx.strapi.db.query(BLOCK_UID).deleteMany({ where: { documentId: block.documentId } });
      }
    });

    it("offers Block reader on a reader's comment in its thread, in a dialog over the thread's", async () => {
      const { page } = ctx;
      const comment = await pendingComment('Threaded reader', 'threaded@readers.test');
      const row = await openQueueAt(page, comment.documentId);
      await row.getByRole('button', { name: 'Thread' }).click();
      const thread = page.getByRole('dialog', { name: /^Conversation on / });
      const item = thread.locator(`[data-thread-comment="${comment.documentId}"]`);
      await item.getByRole('button', { name: 'Block reader' }).waitFor();
      await screenshot(page, 'moderation-thread-block');
      await item.getByRole('button', { name: 'Block reader' }).click();
      const dialog = page.getByRole('dialog', { name: 'Block Threaded reader' });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Cancelling closes only the block dialog, and blocks no one.
      await item.waitFor();
      assert.equal(await ctx.strapi.db.query(BLOCK_UID).count(), 0);
      await page.keyboard.press('Escape');
      await thread.waitFor({ state: 'detached' });
    });

    it('says in the dialog when a comment no longer holds anything to block its author by', async () => {
      const { page } = ctx;
      // What erasing a reader leaves once the retention sweep has forgotten the address.
      const comment = await pendingComment('Anonymous', 'erased@invalid');
      const row = await openQueueAt(page, comment.documentId);
      await row.getByRole('button', { name: 'Block reader' }).click();
      const dialog = page.getByRole('dialog', { name: 'Block Anonymous' });
      await dialog.getByRole('button', { name: 'Block', exact: true }).click();
      await dialog.getByRole('alert').getByText(/no longer holds the email or the address of its author/).waitFor();
      await page.getByText('The reader could not be blocked: see the dialog').waitFor();
      assert.equal(await ctx.strapi.db.query(BLOCK_UID).count(), 0);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  });
