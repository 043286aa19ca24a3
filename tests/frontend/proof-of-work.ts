import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import { screenshot } from '../helpers/browser';
import { startFrontend, type Frontend } from '../helpers/frontend';
import { freePort } from '../helpers/user-app';
import type { FrontendContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';

/**
 * The plugin requiring proof of work, and the site told so (PROOF_OF_WORK) with an API token
 * of its own: a reader with JavaScript posts as usual, one without it is held.
 */
export const proofOfWorkSuite = (ctx: FrontendContext) =>
  describe('Leave a Reply with proof of work', () => {
    let site: Frontend;
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const page = () => `${site.url}/reviews/${REFERENCE_SLUG}`;
    const stored = (authorName: string) => ctx.strapi.db.query(COMMENT_UID).findOne({ where: { authorName } });
    const post = async (javaScriptEnabled: boolean, authorName: string) => {
      const context = await ctx.browser.newContext({ javaScriptEnabled });
      try {
        const tab = await context.newPage();
        await tab.goto(page());
        await tab.getByRole('textbox', { name: 'Comment', exact: true }).fill(`${authorName}: a thoughtful line about the score.`);
        await tab.getByRole('textbox', { name: 'Name', exact: true }).fill(authorName);
        await tab.getByRole('textbox', { name: 'Email', exact: true }).fill(`${authorName.replace(/\W/g, '').toLowerCase()}@readers.test`);
        if (javaScriptEnabled) await screenshot(tab, 'frontend-proof-of-work', tab.locator('#respond'));
        await tab.getByRole('button', { name: 'Post Comment' }).click();
        await tab.locator('[data-form-status]:not(:empty)').waitFor();
        return await tab.locator('[data-form-status]').textContent();
      } finally {
        await context.close();
      }
    };

    before(async () => {
      const token = await ctx.strapi.service('admin::api-token').create({ name: 'reference site', type: 'custom', lifespan: null, permissions: ['plugin::film-reviews.comments.create'] });
      site = await startFrontend({ port: await freePort(), strapiUrl: ctx.baseUrl, env: { PROOF_OF_WORK: 'true', STRAPI_API_TOKEN: token.accessKey } });
      await settings().update({ requireProofOfWork: true, holdFirstTimeCommenters: false });
    });
    after(async () => {
      await settings().update({ requireProofOfWork: false, holdFirstTimeCommenters: true });
      await site?.stop();
    });

    it('with JavaScript: the widget solves the challenge and the comment is published', async () => {
      assert.equal(await post(true, 'Widget Reader'), 'Thank you! Your comment is published.');
      const comment = await stored('Widget Reader');
      assert.deepEqual([comment.moderationStatus, comment.heldReason], ['approved', null]);
    });

    it('without JavaScript: the comment is held for a moderator, not refused', async () => {
      assert.equal(await post(false, 'Plain Proofless'), 'Your comment is awaiting moderation.');
      const comment = await stored('Plain Proofless');
      assert.deepEqual([comment.moderationStatus, comment.heldReason], ['pending', 'no proof of work']);
    });

    it('loads the widget code only on the site that asks for it', async () => {
      /** Whether the page, its inline scripts or the scripts it loads define the widget. */
      const loadsWidget = async (url: string) => {
        const tab = await ctx.browser.newPage();
        try {
          const scripts: Array<Promise<string>> = [];
          tab.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response.text()));
          await tab.goto(url, { waitUntil: 'networkidle' });
          const sources = [await tab.content(), ...(await Promise.all(scripts))];
          return sources.some((source) => source.includes('customElements.define("altcha-widget"'));
        } finally {
          await tab.close();
        }
      };
      assert.equal(await loadsWidget(page()), true, 'PROOF_OF_WORK=true');
      assert.equal(await loadsWidget(`${ctx.frontendUrl}/reviews/${REFERENCE_SLUG}`), false, 'the site without PROOF_OF_WORK');
    });
  });
