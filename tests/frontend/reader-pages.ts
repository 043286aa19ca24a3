import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../helpers/browser';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { FrontendContext } from './context';

/** Text that only the spoilers=show version of the reference review holds. */
const SPOILER_TEXTS = ['organ donors', 'deferrals never existed', "Tommy's last donation", 'scream on the roadside', 'The recovery centre'];
const PUBLISHED_TITLES = ['Never Let Me Go (2010)', 'Amélie (2001)', 'Paddington 2 (2017)', 'The Room (2003)'];
const PAGE_WEIGHT_TARGET = 150 * 1024;

/** A mid-range phone as Lighthouse emulates one: 412 px wide at 1.75 device pixels per CSS pixel. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export const axeProblems = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
};

export const readerPagesSuite = (ctx: FrontendContext) =>
  describe('reader pages', () => {
    let phone: BrowserContext;
    let page: Page;
    const reference = () => `${ctx.frontendUrl}/reviews/${REFERENCE_SLUG}`;

    before(async () => {
      phone = await ctx.browser.newContext(PHONE);
      page = await phone.newPage();
      page.setDefaultTimeout(30_000);
    });
    after(async () => phone?.close());

    it('home lists the published reviews as cards: cover <picture>, stars, spoiler badge, comments, reader rating', async () => {
      await page.goto(`${ctx.frontendUrl}/`);
      const titles = await page.locator('.card-title').allTextContents();
      assert.deepEqual([...titles].sort(), [...PUBLISHED_TITLES].sort(), 'published reviews only, never the draft');
      const card = page.locator('.card', { hasText: 'Never Let Me Go (2010)' });
      assert.ok(await card.getByText('4 out of 5 stars', { exact: true }).count());
      assert.equal(await card.locator('.badge').textContent(), 'Major spoilers');
      assert.match((await card.locator('.card-footer').textContent()) ?? '', /5 comments\s*Readers: 4\.0\/5\s*\(3 ratings\)/);
      assert.equal(await card.locator('picture source[type="image/avif"]').count(), 1);
      assert.match((await card.locator('picture img').getAttribute('style')) ?? '', /url\(data:image\/webp;base64,/, 'the placeholder until the image loads');
    });

    it('filters by rating and sorts, without JavaScript needed (a GET form)', async () => {
      await page.goto(`${ctx.frontendUrl}/`);
      await page.getByLabel('Rating').selectOption('4.5');
      await page.getByLabel('Sort').selectOption('rating');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL(/rating=4\.5/);
      assert.deepEqual(await page.locator('.card-title').allTextContents(), ['Paddington 2 (2017)', 'Amélie (2001)']);
    });

    it('the first HTML of the reference page holds no hidden spoiler, and has the advisory first, JSON-LD and Open Graph', async () => {
      const response = await fetch(reference());
      assert.equal(response.status, 200);
      const html = await response.text();
      for (const text of SPOILER_TEXTS) assert.ok(!html.includes(text), `"${text}" must not be in the first HTML`);
      assert.ok(!html.includes('recovery_centre'), 'nor the spoiler still');
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
      assert.equal(jsonLd['@type'], 'Review');
      assert.equal(jsonLd.reviewRating.ratingValue, 4);
      assert.match(html, /<meta property="og:title" content="Never Let Me Go \(2010\)">/);
      assert.match(html, /<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/uploads\/[^"]+\.webp">/);
      assert.match(html, /<meta name="description" content="A quiet, devastating adaptation/);

      await page.goto(reference());
      const first = page.locator('article.review > *').first();
      assert.match((await first.textContent()) ?? '', /^Contains major spoilers · images \d+ KB on your phone instead of \d+\.\d MB/);
      assert.equal(await page.locator('h1').textContent(), 'Never Let Me Go (2010)');
      assert.ok(await page.locator('.review-header').getByText('4 out of 5 stars', { exact: true }).count());
      assert.match((await page.locator('.byline').textContent()) ?? '', /By Ada Lindqvist/);
      assert.match((await page.locator('.credits').textContent()) ?? '', /Directed byMark Romanek.*Carey Mulligan as Kathy H\./s);
      await screenshot(page, 'frontend-review');
    });

    it(`a phone loads the reference page in under ${PAGE_WEIGHT_TARGET / 1024} KB; the gallery's <picture>s load AVIF`, async () => {
      const loaded: Array<{ type: string; url: string; bytes: number; mime: string }> = [];
      const measuring = await ctx.browser.newContext(PHONE);
      const phonePage = await measuring.newPage();
      phonePage.on('requestfinished', async (request) => {
        const sizes = await request.sizes();
        const response = await request.response();
        loaded.push({ type: request.resourceType(), url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, mime: (await response?.headerValue('content-type')) ?? '' });
      });
      try {
        await phonePage.goto(reference(), { waitUntil: 'networkidle' });
        const firstScreen = loaded.reduce((sum, entry) => sum + entry.bytes, 0);
        // Scroll through the whole page, so every lazy image loads.
        for (const figure of await phonePage.locator('.gallery li').all()) {
          await figure.scrollIntoViewIfNeeded();
          await phonePage.waitForLoadState('networkidle');
        }
        await phonePage.waitForFunction(() => [...document.querySelectorAll('.gallery picture img')].every((img) => (img as HTMLImageElement).complete));
        const byType = (type: string) => loaded.filter((entry) => entry.type === type).reduce((sum, entry) => sum + entry.bytes, 0);
        const total = loaded.reduce((sum, entry) => sum + entry.bytes, 0);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        console.log(
          `[page weight] reference page on a phone (412x823 @1.75x): first screen ${kb(firstScreen)}; whole page scrolled ${kb(total)} ` +
            `= HTML ${kb(byType('document'))} + JS ${kb(byType('script'))} + CSS ${kb(byType('stylesheet'))} + images ${kb(byType('image'))} ` +
            `(${loaded.filter((entry) => entry.type === 'image').length} images); originals: 6.9 MB`
        );
        assert.ok(total < PAGE_WEIGHT_TARGET, `${kb(total)} must stay under ${kb(PAGE_WEIGHT_TARGET)}`);
        const images = loaded.filter((entry) => entry.type === 'image');
        assert.ok(images.length >= 5, `the gallery's images loaded (${images.length})`);
        for (const image of images) assert.equal(image.mime, 'image/avif', `${image.url} should be an AVIF variant`);
        const sources = await phonePage.locator('.gallery picture img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).currentSrc));
        assert.ok(sources.length === 5 && sources.every((src) => /_960_avif\.avif$/.test(src)), sources.join('\n'));
      } finally {
        await measuring.close();
      }
    });

    it('reveals an inline spoiler, a spoiler still and a spoiler comment on click, fetched with spoilers=show', async () => {
      await page.goto(reference());
      const revealed = page.waitForResponse((response) => response.url().includes('spoilers=show'));
      await page.locator('a[data-reveal="body-0"]').click();
      await revealed;
      const span = page.locator('[data-spoiler="body-0"]');
      await span.waitFor();
      assert.match((await span.textContent()) ?? '', /organ donors/);
      assert.match((await span.getAttribute('class')) ?? '', /is-revealed/);
      assert.doesNotMatch((await page.locator('[data-spoiler="body-1"]').getAttribute('class')) ?? '', /is-revealed/, 'the others stay blurred until clicked');

      const still = page.locator('.spoiler-still');
      assert.doesNotMatch((await still.getAttribute('class')) ?? '', /is-revealed/);
      await still.click();
      assert.match((await still.getAttribute('class')) ?? '', /is-revealed/);
      assert.match((await still.textContent()) ?? '', /The recovery centre/);

      const comment = page.locator('.comment', { hasText: 'Jon' }).locator('.spoiler-comment').first();
      await comment.click();
      assert.match((await comment.textContent()) ?? '', /scream on the roadside/);
      await screenshot(page, 'frontend-review-phone');
    });

    it('reveals spoilers without JavaScript, through the same links', async () => {
      const noScript = await ctx.browser.newContext({ ...PHONE, javaScriptEnabled: false });
      try {
        const plain = await noScript.newPage();
        await plain.goto(reference());
        await plain.getByRole('link', { name: 'Show spoilers' }).click();
        await plain.waitForURL(/spoilers=show/);
        assert.match((await plain.locator('#review-body').textContent()) ?? '', /organ donors/);
        assert.match((await plain.locator('.gallery').textContent()) ?? '', /The recovery centre/);
      } finally {
        await noScript.close();
      }
    });

    it('has no serious or critical accessibility violations (axe) on the home and the reference page', async () => {
      await page.goto(`${ctx.frontendUrl}/`);
      const home = await axeProblems(page);
      await page.goto(reference());
      const review = await axeProblems(page);
      assert.deepEqual({ home, review }, { home: [], review: [] });
    });
  });
