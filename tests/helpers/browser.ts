import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { TEST_ADMIN } from './admin';
import { waitFor } from './wait';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../.artifacts/screenshots');

/** Debian's chromium, never a downloaded browser. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });

export const loginToAdmin = async (page: Page, baseUrl: string, user = TEST_ADMIN) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: false }).first().fill(user.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
};

/** A viewport screenshot, scrolled to `focus` when given (the admin scrolls an inner pane). */
export const screenshot = async (page: Page, name: string, focus?: Locator) => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await focus?.scrollIntoViewIfNeeded();
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // A screenshot waits for a frame, and headless Chromium may draw none on a page that changes
  // nothing (the same idleness as saveDocument's below): after a wait, ask for one with a pointer move.
  await page.screenshot({ path: file, timeout: 15_000 }).catch(async () => {
    await page.mouse.move(5, 5);
    await page.mouse.move(6, 6);
    await page.screenshot({ path: file, timeout: 30_000 });
  });
};

/**
 * Saves the open document as an editor does, pointer moving, and returns the PUT's response.
 * Strapi's edit view renders its actions (Save, Publish) and enables Save from a
 * requestIdleCallback, which headless Chromium runs only after it draws a frame: with no input
 * after a change that draws nothing more, Save stays missing or disabled for good (the flaky CI
 * failures). A moving pointer draws frames, as a person's hand does, so keep it moving until
 * Save is there and enabled.
 */
export const saveDocument = async (page: Page, documentId: string) => {
  const save = page.getByRole('button', { name: 'Save' });
  let moves = 0;
  await waitFor(async () => {
    moves += 1;
    await page.mouse.move(700 + (moves % 2), 160); // over the page title: nothing to click there
    return (await save.count()) === 1 && save.isEnabled();
  }, 15_000, 'the Save button to be shown and enabled by the change');
  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().includes(documentId)
  );
  await save.click();
  return saved;
};

/** `it`, plus a screenshot of the page when the test fails (tests/.artifacts/screenshots/FAILED-*). */
export const itWithScreenshot =
  (page: () => Page) =>
  (name: string, fn: () => Promise<void>) =>
    it(name, async () => {
      try {
        await fn();
      } catch (error) {
        await screenshot(page(), `FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}`).catch(() => {});
        throw error;
      }
    });
