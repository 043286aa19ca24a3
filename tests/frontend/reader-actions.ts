import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/browser';
import { http } from '../helpers/http';
import { ATOM_NS, readAtom } from '../helpers/atom';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import { likesText } from '../../frontend/src/lib/likes-text';
import { axeProblems } from './reader-pages';
import type { FrontendContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const MODES = [
  { javaScript: false, name: 'without JavaScript' },
  { javaScript: true, name: 'with JavaScript' },
] as const;

/** Likes, the thread's sort, the reader's own comments edited and deleted, and the feed links; each with and without JavaScript. */
export const readerActionsSuite = (ctx: FrontendContext) =>
  describe('reader actions', () => {
    const reference = () => `${ctx.frontendUrl}/reviews/${REFERENCE_SLUG}`;
    const api = () => http(ctx.baseUrl);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const TEST_SETTINGS = { requireApproval: false, holdFirstTimeCommenters: false, floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 } };
    let kept: Record<string, unknown>;

    before(async () => {
      const current = await settings().get();
      kept = Object.fromEntries(Object.keys(TEST_SETTINGS).map((key) => [key, current[key]]));
      // Comments show at once, and one address may post and like as often as the tests do.
      await settings().update(TEST_SETTINGS);
    });
    after(async () => settings().update(kept));

    const thread = async (sort = 'oldest') => {
      const { status, body } = await api().get(`/api/film-reviews/reviews/${REFERENCE_SLUG}/comments?sort=${sort}`);
      assert.equal(status, 200);
      return body.data as any[];
    };
    const everyComment = (comments: any[]): any[] => comments.flatMap((comment) => [comment, ...everyComment(comment.replies)]);
    const commentWith = async (field: 'content' | 'authorName', value: string) =>
      everyComment(await thread()).find((comment) => (field === 'content' ? comment.content === value : comment.author.name === value));
    const reviewLikes = async () => (await api().get(`/api/film-reviews/reviews/${REFERENCE_SLUG}`)).body.data.likes as number;

    /** A fresh browser (its own cookies: a new reader), with JavaScript on or off; a screenshot when the test fails. */
    const asReader = async (javaScript: boolean, run: (page: Page) => Promise<void>) => {
      const context = await ctx.browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1000, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      try {
        await run(page);
      } catch (error) {
        await screenshot(page, `FAILED-reader-actions-${javaScript ? 'js' : 'no-js'}`).catch(() => {});
        throw error;
      } finally {
        await context.close();
      }
    };

    /** Clicks and answers how the post went: a page load without JavaScript, a fetch with it. */
    const postBy = async (page: Page, click: () => Promise<void>) => {
      const posted = page.waitForRequest((request) => request.method() === 'POST');
      await click();
      return (await posted).resourceType();
    };

    const postThroughForm = async (page: Page, javaScript: boolean, { name, content }: { name: string; content: string }) => {
      await page.goto(reference());
      await page.getByRole('textbox', { name: 'Comment', exact: true }).fill(content);
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(`${name.toLowerCase().replace(/\W+/g, '.')}@readers.test`);
      await page.getByRole('button', { name: 'Post Comment' }).click();
      if (!javaScript) await page.waitForURL(/comment=approved/);
      await page.getByText('Thank you! Your comment is published.').waitFor();
      const comment = await commentWith('content', content);
      assert.ok(comment, 'the plugin has the comment, approved');
      const own = page.locator(`#comment-${comment.documentId} > article`);
      await own.waitFor();
      return { documentId: comment.documentId as string, own };
    };

    for (const { javaScript, name: mode } of MODES) {
      it(`${mode}: likes a comment and the review, the counts and aria-pressed follow, a reload remembers, a second press takes each back`, async () => {
        const maren = await commentWith('authorName', 'Maren');
        const reviewBefore = await reviewLikes();
        await asReader(javaScript, async (page) => {
          await page.goto(reference());
          const comment = page.locator(`#comment-${maren.documentId} > article`);
          const like = comment.getByRole('button', { name: 'Like', exact: true });
          assert.equal(await like.getAttribute('aria-pressed'), 'false');
          assert.equal(await comment.locator('.like-count').textContent(), likesText(maren.likes));

          assert.equal(await postBy(page, () => like.click()), javaScript ? 'fetch' : 'document');
          await comment.locator('.like-button[aria-pressed="true"]').waitFor();
          assert.equal(await comment.locator('.like-count').textContent(), likesText(maren.likes + 1));
          assert.equal((await commentWith('authorName', 'Maren')).likes, maren.likes + 1, 'the plugin counted it');

          const review = page.locator('#review-like');
          const likeReview = review.getByRole('button', { name: 'Like this review' });
          await postBy(page, () => likeReview.click());
          await review.locator('.like-button[aria-pressed="true"]').waitFor();
          assert.equal(await review.locator('.like-count').textContent(), likesText(reviewBefore + 1));
          assert.equal(await reviewLikes(), reviewBefore + 1);
          await screenshot(page, `frontend-likes-${javaScript ? 'js' : 'no-js'}`, review);

          const reloaded = await page.reload();
          assert.equal(await like.getAttribute('aria-pressed'), 'true', 'the site remembers what this reader likes');
          assert.equal(await reloaded?.headerValue('cache-control'), 'private, no-cache', "this reader's page is kept by no shared cache");
          assert.equal(await likeReview.getAttribute('aria-pressed'), 'true');

          await postBy(page, () => like.click());
          await comment.locator('.like-button[aria-pressed="false"]').waitFor();
          assert.equal(await comment.locator('.like-count').textContent(), likesText(maren.likes));
          await postBy(page, () => likeReview.click());
          await review.locator('.like-button[aria-pressed="false"]').waitFor();
          assert.equal(await review.locator('.like-count').textContent(), likesText(reviewBefore));
        });
        assert.equal((await commentWith('authorName', 'Maren')).likes, maren.likes);
        assert.equal(await reviewLikes(), reviewBefore);
      });

      it(`${mode}: sorts the thread by most liked and newest, from the first page, and back to oldest`, async () => {
        // The last root comment becomes the most liked: other readers like it through the plugin.
        const roots = await thread();
        const last = roots.at(-1);
        const mostElse = Math.max(...roots.slice(0, -1).map((comment) => comment.likes));
        for (let likes = last.likes; likes <= mostElse; likes += 1) {
          const liked = await http(ctx.baseUrl, undefined, { 'x-reader-key': randomBytes(16).toString('hex') }).post(`/api/film-reviews/comments/${last.documentId}/like`);
          assert.equal(liked.status, 200, JSON.stringify(liked.body));
        }
        const newest = (await thread('newest')).map((comment) => `comment-${comment.documentId}`);
        await asReader(javaScript, async (page) => {
          const rootIds = async () => Promise.all((await page.locator('.comment-list > li.comment').all()).map((item) => item.getAttribute('id')));
          const sort = page.getByRole('navigation', { name: 'Sort comments' });
          await page.goto(`${reference()}?cpage=1`);
          assert.equal(await sort.getByRole('link', { name: 'Oldest first' }).getAttribute('aria-current'), 'true');

          await sort.getByRole('link', { name: 'Most liked' }).click();
          await page.waitForURL((url) => url.searchParams.get('csort') === 'top' && !url.searchParams.has('cpage'));
          assert.equal((await rootIds())[0], `comment-${last.documentId}`);
          assert.equal(await sort.getByRole('link', { name: 'Most liked' }).getAttribute('aria-current'), 'true');

          await sort.getByRole('link', { name: 'Newest first' }).click();
          await page.waitForURL((url) => url.searchParams.get('csort') === 'newest');
          assert.deepEqual(await rootIds(), newest);

          await sort.getByRole('link', { name: 'Oldest first' }).click();
          await page.waitForURL((url) => !url.searchParams.has('csort'));
          assert.deepEqual(await rootIds(), [...newest].reverse());
        });
      });

      it(`${mode}: the reader edits their fresh comment (a field error first), sees the new text marked edited, then deletes it`, async () => {
        const tag = javaScript ? 'script' : 'plain';
        const content = `My first thought, posted ${tag}: the school scenes are the best part.`;
        const changed = `My second thought, edited ${tag}: the ending is the best part.`;
        await asReader(javaScript, async (page) => {
          const { documentId, own } = await postThroughForm(page, javaScript, { name: `Editing ${tag} reader`, content });
          const pageUrl = page.url();

          await own.getByRole('link', { name: 'Edit', exact: true }).click();
          const textarea = own.getByRole('textbox', { name: 'Edit your comment' });
          await textarea.waitFor();
          assert.equal(await textarea.inputValue(), content);
          if (javaScript) assert.equal(page.url(), pageUrl, 'edited in place');
          else assert.match(page.url(), new RegExp(`edit=${documentId}`));
          if (javaScript) assert.deepEqual(await axeProblems(page), []);

          await textarea.fill('   ');
          await own.getByRole('button', { name: 'Save changes' }).click();
          await own.locator('[data-edit-error]:not(:empty)').waitFor();
          assert.equal(await textarea.getAttribute('aria-invalid'), 'true');
          assert.match((await own.locator('[data-edit-status]').textContent()) ?? '', /Please correct your comment/);
          await screenshot(page, `frontend-comment-edit-error-${tag}`, own);

          await textarea.fill(changed);
          await own.getByRole('button', { name: 'Save changes' }).click();
          await own.getByText(changed).waitFor();
          assert.equal(await own.locator('.comment-edited').textContent(), 'edited');
          assert.equal(await page.locator('[data-thread-status]').textContent(), 'Your changes are saved.');
          const edited = await commentWith('content', changed);
          assert.ok(edited?.editedAt, 'the plugin has the new text, with editedAt');
          await screenshot(page, `frontend-comment-edited-${tag}`, own);

          if (javaScript) page.once('dialog', (dialog) => dialog.accept());
          assert.equal(await postBy(page, () => own.getByRole('button', { name: 'Delete', exact: true }).click()), javaScript ? 'fetch' : 'document');
          await page.locator(`#comment-${documentId}`).waitFor({ state: 'detached' });
          assert.equal(await page.locator('[data-thread-status]').textContent(), 'Your comment is deleted.');
          assert.equal(await commentWith('content', changed), undefined, 'gone from the thread');
        });
      });

      it(`${mode}: once the edit window has passed, saving tells the reader so, and the typed text stays`, async () => {
        const tag = javaScript ? 'script' : 'plain';
        await asReader(javaScript, async (page) => {
          const { documentId, own } = await postThroughForm(page, javaScript, { name: `Late ${tag} reader`, content: `Posted ${tag}, to be edited too late.` });
          await own.getByRole('link', { name: 'Edit', exact: true }).click();
          // The comment was posted an hour ago, as far as the plugin knows.
          await ctx.strapi.db.query(COMMENT_UID).update({ where: { documentId }, data: { createdAt: new Date(Date.now() - 60 * 60 * 1000) } });
          const textarea = own.getByRole('textbox', { name: 'Edit your comment' });
          await textarea.fill(`Edited ${tag}, too late.`);
          await own.getByRole('button', { name: 'Save changes' }).click();
          await own.getByText('The edit window for this comment has passed').waitFor();
          await screenshot(page, `frontend-comment-edit-too-late-${tag}`, own);
          assert.equal(await textarea.inputValue(), `Edited ${tag}, too late.`);
          assert.equal((await commentWith('content', `Posted ${tag}, to be edited too late.`))?.editedAt, null, 'unchanged');
          assert.equal(await own.getByRole('button', { name: 'Delete', exact: true }).count(), 0, 'no more controls once refused');
        });
      });

      it(`${mode}: a like or an edit over the rate limit tells the reader how long to wait`, async () => {
        const tag = javaScript ? 'script' : 'plain';
        const maren = await commentWith('authorName', 'Maren');
        await asReader(javaScript, async (page) => {
          const { own } = await postThroughForm(page, javaScript, { name: `Hasty ${tag} reader`, content: `Posted ${tag}, then edited in a hurry.` });
          // This address has spent more than one like and one comment in the window already.
          await settings().update({ rateLimit: { max: 1, windowSeconds: 600 } });
          try {
            const comment = page.locator(`#comment-${maren.documentId} > article`);
            await comment.getByRole('button', { name: 'Like', exact: true }).click();
            await comment.getByText(/^You are liking too quickly\. Please wait \d+ seconds and try again\.$/).waitFor();
            assert.equal(await comment.locator('.like-button').getAttribute('aria-pressed'), 'false');

            await own.getByRole('link', { name: 'Edit', exact: true }).click();
            await own.getByRole('textbox', { name: 'Edit your comment' }).fill(`Edited ${tag} in a hurry.`);
            await own.getByRole('button', { name: 'Save changes' }).click();
            await own.getByText(/^You are editing too quickly\. Please wait \d+ seconds and try again\.$/).waitFor();
          } finally {
            await settings().update({ rateLimit: TEST_SETTINGS.rateLimit });
          }
        });
      });
    }

    it('a deleted comment that has replies stays as a placeholder, its reply under it', async () => {
      await asReader(false, async (page) => {
        const { documentId, own } = await postThroughForm(page, false, { name: 'Parent reader', content: 'A comment someone will answer.' });
        const reply = await api().post(`/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`, {
          data: { authorName: 'Answering reader', authorEmail: 'answering@readers.test', content: 'An answer that outlives its parent.', parent: documentId },
        });
        assert.equal(reply.status, 201, JSON.stringify(reply.body));
        await page.reload();
        await own.getByRole('button', { name: 'Delete', exact: true }).click();
        await page.getByText('Your comment is deleted.').waitFor();
        const placeholder = page.locator(`#comment-${documentId}`);
        assert.equal(await placeholder.locator(':scope > article .comment-author').textContent(), '[deleted]');
        assert.equal(await placeholder.locator(':scope > article .comment-placeholder').textContent(), 'This comment was deleted by its author.');
        assert.equal(await placeholder.locator(':scope > article button').count(), 0, 'nothing to like, edit or delete');
        assert.match((await placeholder.locator('.comment-replies').textContent()) ?? '', /Answering reader.*An answer that outlives its parent/s);
      });
    });

    it("announces the site's reviews feed on every page and the review's comments feed on its page: Strapi's absolute URLs, Atom both", async () => {
      await asReader(false, async (page) => {
        const feedsOf = async (url: string) => {
          await page.goto(url);
          const links = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').all();
          return Promise.all(links.map(async (link) => ({ title: await link.getAttribute('title'), href: (await link.getAttribute('href'))! })));
        };
        const home = await feedsOf(`${ctx.frontendUrl}/`);
        const reviewPage = await feedsOf(reference());
        assert.deepEqual(home, [{ title: 'Film Reviews: new reviews', href: `${ctx.baseUrl}/api/film-reviews/feeds/reviews.atom` }]);
        assert.deepEqual(reviewPage, [
          home[0],
          { title: 'Comments on “Never Let Me Go (2010)”', href: `${ctx.baseUrl}/api/film-reviews/feeds/reviews/${REFERENCE_SLUG}/comments.atom` },
        ]);
        assert.equal(await page.getByRole('link', { name: 'Comments feed (Atom)' }).getAttribute('href'), reviewPage[1].href);
        assert.equal(await page.getByRole('link', { name: 'New reviews feed (Atom)' }).getAttribute('href'), home[0].href);

        for (const { href } of reviewPage) {
          const response = await fetch(href);
          assert.equal(response.status, 200, href);
          assert.match(response.headers.get('content-type') ?? '', /^application\/atom\+xml/);
          const feed = readAtom(await response.text());
          assert.deepEqual(feed.root, { name: 'feed', uri: ATOM_NS });
          assert.ok(feed.entries.length > 0, `${href} has entries`);
        }
      });
    });
  });
