import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { TEST_ADMIN } from './admin';

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
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
};
