import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { adminWithActions, limitedAdmin } from '../helpers/admin';
import { itWithScreenshot, loginToAdmin, screenshot } from '../helpers/browser';
import { reviewsInEveryStatus } from '../helpers/fixtures';
import type { E2eContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const REVIEW_UID = 'plugin::film-reviews.film-review';
const WAITING = 'Comments waiting';
/** Requests to the plugin's admin route at `path`, whatever their query. */
const adminRoute = (path: string) => (url: URL) => url.pathname.endsWith(`/film-reviews${path}`);
const RECENT = 'Recent reviews';

export const homeWidgetsSuite = (ctx: E2eContext) =>
  describe('admin home page widgets', () => {
    const it = itWithScreenshot(() => ctx.page);
    const comments = () => ctx.strapi.db.query(COMMENT_UID);
    const widget = (page: Page, title: string) => page.getByRole('region', { name: title });
    const openHome = async (page: Page) => {
      await page.goto(`${ctx.baseUrl}/admin`);
      const waiting = widget(page, WAITING).locator('[data-pending-widget], [data-widget-empty]');
      await waiting.waitFor();
      return waiting;
    };
    const statusOf = async (documentId: string) => (await comments().findOne({ where: { documentId }, select: ['moderationStatus'] })).moderationStatus;

    it('shows how many comments wait and the five that waited longest; Approve and Spam act in place and the count follows', async () => {
      const { page } = ctx;
      // Older than anything seeded or posted: these six are the queue's oldest.
      const waiting = [];
      for (let day = 1; day <= 6; day += 1) {
        waiting.push(
          await comments().create({
            data: {
              reviewDocumentId: ctx.referenceId,
              authorName: `Patient reader ${day}`,
              authorEmail: `patient-${day}@readers.test`,
              content: `Comment ${day} has waited since January ${day}, 1990, for a moderator to read it.`,
              moderationStatus: 'pending',
              createdAt: new Date(Date.UTC(1990, 0, day)),
              publishedAt: new Date(),
            },
          })
        );
      }
      const pendingCount = () => comments().count({ where: { moderationStatus: 'pending' } });
      const title = (await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { documentId: ctx.referenceId }, select: ['title'] })).title;

      const content = await openHome(page);
      const section = widget(page, WAITING);
      const rows = section.locator('[data-widget-comment]');
      const shownIds = async () => rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-widget-comment')));
      let count = await pendingCount();
      assert.equal(await content.getAttribute('data-pending-widget'), String(count));
      await section.getByText(`${count} comments waiting`).waitFor();
      assert.deepEqual(await shownIds(), waiting.slice(0, 5).map((comment) => comment.documentId));
      const first = await rows.first().innerText();
      for (const shown of ['Patient reader 1', `on ${title}`, 'Comment 1 has waited since January 1, 1990', 'years ago']) assert.ok(first.includes(shown), `${shown} in ${first}`);
      await screenshot(page, 'home-widgets', section);

      await rows.first().getByRole('button', { name: 'Approve' }).click();
      await section.locator(`[data-widget-comment="${waiting[0].documentId}"]`).waitFor({ state: 'detached' });
      count -= 1;
      await section.locator(`[data-pending-widget="${count}"]`).waitFor();
      assert.equal(await statusOf(waiting[0].documentId), 'approved');
      assert.deepEqual(await shownIds(), waiting.slice(1, 6).map((comment) => comment.documentId), 'the sixth moves up');

      await rows.first().getByRole('button', { name: 'Spam' }).click();
      await section.locator(`[data-widget-comment="${waiting[1].documentId}"]`).waitFor({ state: 'detached' });
      count -= 1;
      await section.locator(`[data-pending-widget="${count}"]`).waitFor();
      assert.equal(await statusOf(waiting[1].documentId), 'spam');
      assert.equal(count, await pendingCount());
    });

    it('links the comments widget to the moderation queue', async () => {
      const { page } = ctx;
      await openHome(page);
      await widget(page, WAITING).getByRole('link', { name: 'Open the queue' }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/admin/plugins/film-reviews/moderation'));
      await page.getByRole('tab', { name: /^Pending/, selected: true }).waitFor();
      await page.locator('[data-comment-row]').first().waitFor();
    });

    it('lists the reviews edited last with their rating, shown comments and status, each linked to its edit view', async () => {
      const { page } = ctx;
      const { draft, modified, published } = await reviewsInEveryStatus(ctx.strapi, 'Home page review');
      await openHome(page);
      const section = widget(page, RECENT);
      const rows = section.locator('[data-widget-review]');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 5);
      const expected = [
        { review: draft, status: 'draft', label: 'Draft' },
        { review: modified, status: 'modified', label: 'Modified' },
        { review: published, status: 'published', label: 'Published' },
      ];
      for (const [index, { review, status, label }] of expected.entries()) {
        const row = rows.nth(index);
        assert.equal(await row.getAttribute('data-widget-review'), review.documentId);
        assert.equal(await row.locator('[data-widget-status]').getAttribute('data-widget-status'), status);
        assert.equal(await row.locator('[data-widget-rating]').getAttribute('data-widget-rating'), String(review.rating));
        await row.getByRole('img', { name: `${review.rating} out of 5 stars` }).waitFor();
        assert.equal(await row.locator('[data-widget-comments]').getAttribute('data-widget-comments'), String(review.comments));
        const text = await row.innerText();
        for (const shown of [review.title, label, `${review.comments} comments`]) assert.ok(text.includes(shown), `${shown} in ${text}`);
      }
      assert.ok(published.comments > 1, 'the published review shows its thread');
      await screenshot(page, 'home-widgets-recent', section);

      await section.getByRole('link', { name: draft.title }).click();
      await page.waitForURL((url) => url.pathname.endsWith(`/content-manager/collection-types/${REVIEW_UID}/${draft.documentId}`));
      await page.getByRole('heading', { name: draft.title }).waitFor();
    });

    it('shows each widget only to roles allowed what it reads and does', async () => {
      const roles = [
        { name: 'Home moderator', actions: ['plugin::film-reviews.comments.read', 'plugin::film-reviews.comments.moderate'], sees: WAITING, not: RECENT },
        // May read comments but not act on them: no inline buttons to refuse.
        { name: 'Home review reader', actions: ['plugin::film-reviews.comments.read', { action: 'plugin::content-manager.explorer.read', subject: REVIEW_UID }], sees: RECENT, not: WAITING },
      ];
      for (const role of roles) {
        await adminWithActions(ctx.strapi, ctx.baseUrl, role.name, role.actions);
        const context = await ctx.page.context().browser()!.newContext({ viewport: { width: 1440, height: 1000 } });
        const page = await context.newPage();
        try {
          await loginToAdmin(page, ctx.baseUrl, limitedAdmin(role.name));
          await page.goto(`${ctx.baseUrl}/admin`);
          // The home page decides every widget's permissions at once: once one shows its content, the other is decided.
          await widget(page, role.sees).locator('[data-pending-widget], [data-widget-empty], [data-recent-widget]').waitFor();
          assert.equal(await widget(page, role.not).count(), 0, `${role.name} does not see ${role.not}`);
          await screenshot(page, `home-widgets-${role.name.toLowerCase().replace(/ /g, '-')}`, widget(page, role.sees));
        } finally {
          await context.close();
        }
      }
    });

    it('says why each widget could not load, shows it on retry, and says so when there is nothing to show', async () => {
      const { page } = ctx;
      const queue = adminRoute('/moderation/comments');
      const recent = adminRoute('/homepage/recent-reviews');
      await page.route(queue, (route) => route.fulfill({ status: 500, json: { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: {} } } }));
      await page.route(recent, (route) => route.abort('connectionrefused'));
      try {
        await page.goto(`${ctx.baseUrl}/admin`);
        await widget(page, WAITING).locator('[data-error-state]').waitFor();
        await widget(page, RECENT).locator('[data-error-state]').getByText(/The server could not be reached/).waitFor();
        assert.match(await widget(page, WAITING).locator('[data-error-state]').innerText(), /Internal Server Error/);
        await screenshot(page, 'home-widgets-failed', widget(page, RECENT));
      } finally {
        await page.unroute(queue);
        await page.unroute(recent);
      }
      for (const title of [WAITING, RECENT]) await widget(page, title).getByRole('button', { name: 'Retry' }).click();
      await widget(page, WAITING).locator('[data-pending-widget]').waitFor();
      await widget(page, RECENT).locator('[data-recent-widget]').waitFor();

      // Answers as an empty install gives them.
      const pagination = { page: 1, pageSize: 5, pageCount: 0, total: 0 };
      await page.route(queue, (route) => route.fulfill({ json: { data: [], meta: { pagination, counts: { pending: 0, approved: 0, spam: 0, rejected: 0 } } } }));
      await page.route(recent, (route) => route.fulfill({ json: { data: [], meta: { ratingMax: 5 } } }));
      try {
        await page.reload();
        await widget(page, WAITING).getByText('No comments are waiting.').waitFor();
        await widget(page, RECENT).getByText('No reviews yet.').waitFor();
        await screenshot(page, 'home-widgets-empty', widget(page, RECENT));
      } finally {
        await page.unroute(queue);
        await page.unroute(recent);
      }
    });
  });
