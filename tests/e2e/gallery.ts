import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { contentManagerPath } from '../helpers/admin';
import { itWithScreenshot, saveDocument, screenshot } from '../helpers/browser';
import type { E2eContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const [A, B, C] = ['hailsham-fog.jpg', 'norfolk-beach.jpg', 'field-fence.jpg'];

export const gallerySuite = (ctx: E2eContext) =>
  describe('gallery input', () => {
    const it = itWithScreenshot(() => ctx.page);
    const filesNamed = async () => {
      const files = await ctx.strapi.db.query('plugin::upload.file').findMany({ where: { name: { $in: [A, B, C] } } });
      return (name: string) => files.find((file: any) => file.name === name).id as number;
    };

    it('adds images from the media library, reorders them by drag and by keyboard, sets a caption, saves', async () => {
      const { page } = ctx;
      const created = await ctx.admin.post(contentManagerPath(REVIEW_UID), { title: 'Gallery in the browser', reviewer: 'E2E', rating: 3 });
      const { documentId } = created.body.data;
      const idOf = await filesNamed();

      await page.goto(`${ctx.baseUrl}/admin${contentManagerPath(REVIEW_UID, documentId)}`);
      await page.getByRole('button', { name: 'Add from the media library' }).click();
      const dialog = page.getByRole('dialog');
      for (const name of [A, B, C]) await dialog.getByRole('checkbox', { name }).click();
      await dialog.getByRole('button', { name: 'Finish' }).click();
      const cards = page.locator('[data-gallery-item]');
      await cards.nth(2).waitFor();
      const order = async () => cards.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-gallery-item'))));
      assert.deepEqual(await order(), [A, B, C].map(idOf));

      // Drag the third image onto the first.
      await cards.nth(2).dragTo(cards.nth(0));
      assert.deepEqual(await order(), [C, A, B].map(idOf));
      // Move the second one later with the keyboard.
      await page.getByRole('button', { name: `Move ${A} later` }).focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await order(), [C, B, A].map(idOf));

      await page.getByRole('textbox', { name: `Caption (${C})` }).fill('A fence, at the end');
      await page.locator(`[data-gallery-item="${idOf(B)}"]`).getByRole('checkbox', { name: 'Shows a spoiler' }).click();
      await screenshot(page, 'gallery-input', cards.nth(0));

      assert.equal((await saveDocument(page, documentId)).status(), 200);
      const stored = await ctx.admin.get(contentManagerPath(REVIEW_UID, documentId));
      assert.deepEqual(stored.body.data.gallery, [
        { file: idOf(C), caption: 'A fence, at the end' },
        { file: idOf(B), spoiler: true },
        { file: idOf(A) },
      ]);
    });

    it('removes an image', async () => {
      const { page } = ctx;
      const idOf = await filesNamed();
      const created = await ctx.admin.post(contentManagerPath(REVIEW_UID), {
        title: 'Gallery to trim',
        reviewer: 'E2E',
        rating: 3,
        gallery: [{ file: idOf(C), caption: 'A fence, at the end' }, { file: idOf(B) }, { file: idOf(A) }],
      });
      const { documentId } = created.body.data;
      await page.goto(`${ctx.baseUrl}/admin${contentManagerPath(REVIEW_UID, documentId)}`);
      await page.getByRole('button', { name: `Remove ${B}` }).click();
      const body = await (await saveDocument(page, documentId)).json();
      // By file: a caption-only check passes whichever uncaptioned image went.
      assert.deepEqual(body.data.gallery, [{ file: idOf(C), caption: 'A fence, at the end' }, { file: idOf(A) }]);
      const stored = await ctx.admin.get(contentManagerPath(REVIEW_UID, documentId));
      assert.deepEqual(stored.body.data.gallery.map((item: any) => item.file), [idOf(C), idOf(A)]);
    });
  });
