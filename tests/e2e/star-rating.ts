import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { contentManagerPath } from '../helpers/admin';
import { itWithScreenshot, saveDocument, screenshot } from '../helpers/browser';
import type { E2eContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';

export const starRatingSuite = (ctx: E2eContext) =>
  describe('star rating input', () => {
    const it = itWithScreenshot(() => ctx.page);

    /** Each test starts from a known stored draft rating instead of what the test before saved. */
    const openReferenceRatedAt = async (page: Page, rating: number) => {
      await ctx.strapi.documents(REVIEW_UID).update({ documentId: ctx.referenceId, data: { rating } as never });
      await page.goto(`${ctx.baseUrl}/admin${contentManagerPath(REVIEW_UID, ctx.referenceId)}`);
      const slider = page.locator('[data-rating-input="rating"]');
      await slider.and(page.locator(`[aria-valuenow="${rating}"]`)).waitFor({ timeout: 30_000 });
      return slider;
    };

    const save = async (page: Page) => assert.equal((await saveDocument(page, ctx.referenceId)).status(), 200);

    const storedDraftRating = async () => {
      const response = await ctx.admin.get(contentManagerPath(REVIEW_UID, ctx.referenceId));
      return response.body.data.rating;
    };

    it('shows the stored rating to screen readers as "4 out of 5 stars"', async () => {
      const slider = await openReferenceRatedAt(ctx.page, 4);
      assert.equal(await slider.getAttribute('aria-valuetext'), '4 out of 5 stars');
      assert.equal(await slider.locator('[data-rating-value]').count(), 10, 'five stars with two halves each');
      await screenshot(ctx.page, 'star-rating-loaded', slider);
    });

    it('sets a half-star rating with the mouse and saves it', async () => {
      const slider = await openReferenceRatedAt(ctx.page, 4);
      await slider.locator('[data-rating-value="2.5"]').click();
      assert.equal(await slider.getAttribute('aria-valuetext'), '2.5 out of 5 stars');
      await save(ctx.page);
      assert.equal(await storedDraftRating(), 2.5);
      await screenshot(ctx.page, 'star-rating-mouse', slider);
    });

    it('is operable with the keyboard', async () => {
      const slider = await openReferenceRatedAt(ctx.page, 2.5);
      await slider.focus();
      await ctx.page.keyboard.press('End');
      await ctx.page.keyboard.press('ArrowLeft');
      await ctx.page.keyboard.press('ArrowLeft');
      await ctx.page.keyboard.press('ArrowRight');
      assert.equal(await slider.getAttribute('aria-valuetext'), '4.5 out of 5 stars');
      await save(ctx.page);
      assert.equal(await storedDraftRating(), 4.5);
      await screenshot(ctx.page, 'star-rating-keyboard', slider);
    });

    it('clears the rating with the clear button', async () => {
      await openReferenceRatedAt(ctx.page, 3);
      await ctx.page.getByRole('button', { name: 'Clear rating' }).click();
      assert.equal(await ctx.page.locator('[data-rating-input="rating"]').getAttribute('aria-valuetext'), 'No rating');
      await save(ctx.page);
      assert.equal(await storedDraftRating(), null);
    });

    it('shows the spoiler warning level and note', async () => {
      await openReferenceRatedAt(ctx.page, 4);
      await assert.doesNotReject(ctx.page.getByText('Major spoilers').first().waitFor({ timeout: 10_000 }));
      const note = ctx.page.getByLabel('Note for readers');
      assert.match(await note.inputValue(), /discusses the ending/);
      await screenshot(ctx.page, 'spoiler-warning', note);
    });
  });
