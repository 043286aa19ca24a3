/**
 * The user's path: the packed plugin installed with a plain `npm install <tarball>` into Strapi
 * apps that are not the playground — one per supported edge of the Strapi range, each as
 * create-strapi-app@<version> generates it (tests/fixtures/user-apps) — and started with the
 * real `strapi develop`. In Chromium, the Content-Type Builder creates a collection type holding
 * all three custom fields with non-default options and saves it; Strapi restarts itself; the
 * content manager creates an entry with them; a bad value answers 400 naming the field; and a
 * second `strapi develop` comes up cleanly with the new type.
 *
 * `USER_APP_VERSIONS=5.26.0` (comma-separated) runs a subset. Needs `npm run build` first (npm
 * test does it). Screenshots and the CLI's logs go to tests/.artifacts (gitignored).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, SCREENSHOT_DIR } from './helpers/browser';
import { http, type HttpClient } from './helpers/http';
import { TEST_ADMIN } from './helpers/admin';
import {
  createUserApp,
  fixtureVersions,
  freePort,
  packPlugin,
  PLUGIN_NAME,
  resolveFrom,
  startDevelop,
  waitForHealthy,
  type DevelopProcess,
  type UserApp,
} from './helpers/user-app';
import { waitFor } from './helpers/wait';

const TYPE_UID = 'api::screening.screening';
const ARTIFACTS_DIR = path.dirname(SCREENSHOT_DIR);

const userPath = (strapiVersion: string) => {
  const DEVELOP_LOG = path.join(ARTIFACTS_DIR, `user-app-${strapiVersion}-develop.log`);
  const shot = (page: Page, name: string) => screenshot(page, `user-app-${strapiVersion}-${name}`);

  let packDir: string;
  let app: UserApp;
  let develop: DevelopProcess | undefined;
  let baseUrl: string;
  let admin: HttpClient;
  let adminToken: string;
  let browser: Browser | undefined;
  let page: Page;
  const timings: Record<string, number> = {};
  /** Set once the CTB save went through; the content-manager tests need the new type. */
  let typeSaved = false;

  /** Runs a step, screenshots the page when it fails. */
  const step = async (name: string, fn: () => Promise<void>) => {
    const started = Date.now();
    try {
      await fn();
    } catch (error) {
      if (page) await shot(page, `failed-${name}`).catch(() => {});
      throw error;
    } finally {
      timings[name] = Date.now() - started;
    }
  };

  const startApp = async () => {
    develop = startDevelop(app.dir, DEVELOP_LOG);
    await waitForHealthy(baseUrl, develop);
  };

  /** Waits until the admin API answers `url` with `status` (Strapi restarts itself after a CTB save). */
  const waitForStatus = async (url: string, status: number, timeoutMs = 240_000) => {
    let last: number | string = 'no answer';
    await waitFor(
      async () => {
        if (develop!.child.exitCode !== null) throw new Error(`strapi develop exited with ${develop!.child.exitCode}:\n${develop!.output().slice(-4000)}`);
        // Each try on its own deadline: a request caught by the restart on a closing connection could otherwise wait minutes.
        last = await fetch(`${baseUrl}${url}`, { headers: { authorization: `Bearer ${adminToken}` }, signal: AbortSignal.timeout(10_000) }).then(
          (response) => response.status,
          (error) => String(error.cause?.code ?? error.name ?? error)
        );
        return last === status;
      },
      timeoutMs,
      `GET ${url} to answer ${status}`
    ).catch((error: Error) => {
      throw new Error(`${error.message} (last: ${last})\n${develop!.output().slice(-4000)}`);
    });
  };

  describe(`the packed plugin in a fresh Strapi ${strapiVersion} app (npm install, strapi develop)`, () => {
    before(async () => {
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      fs.rmSync(DEVELOP_LOG, { force: true });
      const started = Date.now();
      packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-pack-'));
      const packed = packPlugin(packDir);
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      app = createUserApp(packed.tarball, port, strapiVersion);
      timings.install = Date.now() - started;
      await step('first-start', startApp);

      // The first administrator, as the "Create your first administrator" page registers one.
      const registered = await http(baseUrl).post('/admin/register-admin', {
        ...TEST_ADMIN,
        firstname: 'Test',
        lastname: 'Editor',
      });
      assert.equal(registered.status, 200, JSON.stringify(registered.body));
      adminToken = registered.body.data.token;
      admin = http(baseUrl, adminToken);

      browser = await launchBrowser();
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      context.setDefaultTimeout(60_000); // the vite dev server compiles admin modules on first request
      page = await context.newPage();
      await step('login', async () => {
        await page.goto(`${baseUrl}/admin/auth/login`);
        await page.getByLabel('Email').fill(TEST_ADMIN.email);
        await page.getByLabel('Password', { exact: false }).first().fill(TEST_ADMIN.password);
        await page.getByRole('button', { name: 'Login' }).click();
        await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 180_000 });
      });
    });

    after(async () => {
      await browser?.close().catch(() => {});
      await develop?.stop();
      if (app) fs.rmSync(app.dir, { recursive: true, force: true });
      if (packDir) fs.rmSync(packDir, { recursive: true, force: true });
      console.log(`user-app ${strapiVersion} timings (ms): ${JSON.stringify(timings)}`);
    });

    it('installs with a plain npm install: no peer conflict, the app\'s own Strapi packages', () => {
      assert.doesNotMatch(app.installOutput, /ERESOLVE|peer dep|conflicting peer/i, app.installOutput);
      const pluginDir = path.join(app.dir, 'node_modules', PLUGIN_NAME);
      assert.ok(fs.existsSync(path.join(pluginDir, 'dist/server/index.js')), 'the tarball was installed');
      const nested = path.join(pluginDir, 'node_modules/@strapi');
      assert.deepEqual(fs.existsSync(nested) ? fs.readdirSync(nested) : [], [], 'no @strapi package nested under the plugin');
      // What the plugin's own require() finds is what the app has at the top of node_modules.
      for (const name of ['@strapi/utils', '@strapi/strapi', 'react']) {
        assert.equal(resolveFrom(pluginDir, `${name}/package.json`), path.join(fs.realpathSync(app.dir), 'node_modules', name, 'package.json'));
      }
      const strapiPackage = JSON.parse(fs.readFileSync(path.join(app.dir, 'node_modules/@strapi/strapi/package.json'), 'utf8'));
      assert.equal(strapiPackage.version, strapiVersion);
    });

    it('creates a collection type with the three custom fields in the Content-Type Builder and saves it', async () => {
      await step('ctb-create', async () => {
        await page.goto(`${baseUrl}/admin/plugins/content-type-builder`);
        // A new administrator gets the guided tour first; skip it as a user would.
        const skipTour = page.getByRole('button', { name: 'Skip' });
        const createType = page.getByRole('button', { name: 'Create new collection type' }).first();
        await Promise.race([skipTour.waitFor(), createType.waitFor()]);
        await skipTour.click({ timeout: 15_000 }).catch(() => {}); // the tour opens a moment after the page
        await createType.click();
        await page.getByLabel('Display name').fill('Screening');
        await page.getByRole('button', { name: 'Continue' }).click();
        // Strapi before 5.2x opens the field picker by itself once the type is named; later ones
        // show the empty type with an "Add new field" button.
        const dialog = page.getByRole('dialog');
        const addField = page.getByRole('button', { name: 'Add new field' }).first();
        const picker = dialog.getByRole('tab', { name: 'Custom' });
        await Promise.race([addField.waitFor(), picker.waitFor()]);
        if (!(await picker.isVisible())) await addField.click();
        const pickCustomField = async (label: RegExp) => {
          await dialog.getByRole('tab', { name: 'Custom' }).click();
          await dialog.getByRole('button', { name: label }).click();
        };

        await pickCustomField(/^Star rating/);
        await dialog.getByLabel('Name').fill('rating');
        // The form starts at the defaults a field without options gets: 5 stars, half stars on.
        const maxStars = dialog.getByRole('combobox', { name: 'Number of stars' });
        assert.match(await maxStars.innerText(), /5 stars/);
        const halfStars = dialog.getByRole('checkbox', { name: 'Allow half stars' });
        assert.equal(await halfStars.isChecked(), true);
        await maxStars.click();
        await page.getByRole('option', { name: '10 stars' }).click();
        await halfStars.uncheck();
        await shot(page, 'ctb-star-rating');
        await dialog.getByRole('button', { name: 'Add another field' }).click();

        await pickCustomField(/^Spoiler warning/);
        await dialog.getByLabel('Name').fill('spoilers');
        await dialog.getByRole('button', { name: 'Add another field' }).click();

        await pickCustomField(/^Gallery/);
        await dialog.getByLabel('Name').fill('stills');
        const maxItems = dialog.getByLabel('Maximum number of images');
        assert.equal(await maxItems.inputValue(), '50', 'the default a gallery without options gets');
        await maxItems.fill('3');
        await shot(page, 'ctb-gallery');
        await dialog.getByRole('button', { name: 'Finish' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await shot(page, 'ctb-before-save');
      });

      await step('ctb-save', async () => {
        // 5.2x save every change through update-schema; older releases POST the new type.
        const saved = page.waitForResponse((response) => {
          const { pathname } = new URL(response.url());
          return response.request().method() !== 'GET' && /^\/content-type-builder\/(update-schema|content-types)$/.test(pathname);
        });
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const response = await saved;
        assert.ok([200, 201].includes(response.status()), `the CTB save answered ${response.status()}: ${await response.text()}`);
      });

      await step('ctb-restart', async () => {
        // Strapi develop restarts itself; the new type exists once it is back.
        await waitForStatus(`/content-type-builder/content-types/${TYPE_UID}`, 200);
        // The admin reloads itself after the restart and shows the saved type, no longer "new".
        await page.getByRole('heading', { name: 'Screening', level: 1 }).waitFor({ timeout: 120_000 });
        await page.getByText('Waiting for restart').waitFor({ state: 'hidden', timeout: 120_000 });
        await shot(page, 'ctb-after-restart');
      });

      typeSaved = true;
      const schemaFile = path.join(app.dir, 'src/api/screening/content-types/screening/schema.json');
      const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
      assert.deepEqual(schema.attributes, {
        rating: {
          type: 'customField',
          customField: 'plugin::film-reviews.star-rating',
          options: { max: '10', halfStars: false },
        },
        spoilers: { type: 'customField', customField: 'plugin::film-reviews.spoiler-warning' },
        stills: { type: 'customField', customField: 'plugin::film-reviews.gallery', options: { maxItems: 3 } },
      });
      for (const part of ['controllers/screening.ts', 'routes/screening.ts', 'services/screening.ts']) {
        assert.ok(fs.existsSync(path.join(app.dir, 'src/api/screening', part)), `src/api/screening/${part} was written`);
      }
      assert.ok(
        !fs.existsSync(path.join(app.dir, 'src/components/film-reviews')),
        "the save did not copy the plugin's components into the app"
      );

      const served = await admin.get(`/content-type-builder/content-types/${TYPE_UID}`);
      const attributes = served.body.data.schema.attributes;
      assert.equal(attributes.rating.customField, 'plugin::film-reviews.star-rating');
      assert.equal(attributes.rating.type, 'float');
      assert.equal(attributes.spoilers.type, 'json');
      assert.equal(attributes.stills.type, 'json');
    });

    let documentId: string;
    let uploadedFileId: number;

    it('creates an entry with the three fields in the content manager', async (t) => {
      if (!typeSaved) return t.skip('the Content-Type Builder did not save the type');
      await step('cm-create', async () => {
        // The builder's page reloads itself once it sees the restarted app, whenever that is: a
        // navigation of that page could be cut short by it, so the entry is made in a page of its own.
        page = await page.context().newPage();
        await page.goto(`${baseUrl}/admin/content-manager/collection-types/${TYPE_UID}/create`);
        const stars = page.locator('[data-rating-input="rating"]');
        await stars.waitFor({ timeout: 120_000 });
        assert.equal(await stars.locator('[data-rating-value]').count(), 10, 'ten whole stars, no halves');
        await stars.locator('[data-rating-value="7"]').click();
        assert.equal(await stars.getAttribute('aria-valuetext'), '7 out of 10 stars');

        await page.getByRole('combobox').filter({ hasText: 'No warning set' }).click();
        await page.getByRole('option', { name: 'Mild spoilers' }).click();
        await page.getByLabel('Note for readers').fill('Mentions the second act twist.');

        // The gallery's own upload button (the file chooser), then a caption on the new card.
        const still = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#335577' } }).png().toBuffer();
        const uploaded = page.waitForResponse(
          (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/upload'
        );
        await page.locator('input[data-gallery-upload="stills"]').setInputFiles({ name: 'station.png', mimeType: 'image/png', buffer: still });
        const upload = await uploaded;
        assert.equal(upload.status(), 201, await upload.text());
        uploadedFileId = ((await upload.json()) as Array<{ id: number }>)[0].id;
        await page.getByText('1 of at most 3 images').waitFor();
        await page.getByLabel(/^Caption/).fill('The station at dusk');
        await shot(page, 'cm-filled');

        const created = page.waitForResponse(
          (response) => response.request().method() === 'POST' && response.url().includes(`/collection-types/${TYPE_UID}`)
        );
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const response = await created;
        assert.equal(response.status(), 201, await response.text());
        documentId = (await response.json()).data.documentId;
        // The edit view of the new entry shows what was stored.
        await page.waitForURL((url) => url.pathname.endsWith(`/${documentId}`));
        const storedStars = page.locator('[data-rating-input="rating"]');
        await page.getByText('1 of at most 3 images').waitFor();
        assert.equal(await storedStars.getAttribute('aria-valuetext'), '7 out of 10 stars');
        await shot(page, 'cm-saved');
      });

      const stored = await admin.get(`/content-manager/collection-types/${TYPE_UID}/${documentId}`);
      assert.equal(stored.status, 200);
      assert.equal(stored.body.data.rating, 7);
      assert.deepEqual(stored.body.data.spoilers, { level: 'mild', note: 'Mentions the second act twist.' });

      assert.equal(stored.body.data.stills.length, 1);
      assert.equal(stored.body.data.stills[0].file, uploadedFileId);
      assert.equal(stored.body.data.stills[0].caption, 'The station at dusk');
    });

    it('answers 400 naming the field for a bad value', async (t) => {
      if (!documentId) return t.skip('no entry was created');
      const url = `/content-manager/collection-types/${TYPE_UID}/${documentId}`;
      for (const [data, field] of [
        [{ rating: 7.5 }, 'rating'], // half stars are off
        [{ rating: 11 }, 'rating'], // max is 10
        [{ spoilers: { level: 'total' } }, 'spoilers'],
        [{ stills: [1, 2, 3, 4].map((file) => ({ file })) }, 'stills'], // maxItems is 3
      ] as const) {
        const response = await admin.put(url, data);
        assert.equal(response.status, 400, `${JSON.stringify(data)} answered ${response.status}`);
        assert.equal(response.body.error.name, 'ValidationError');
        assert.match(response.body.error.message, new RegExp(`\\b${field}\\b`));
        assert.equal(response.body.error.details.errors[0].path[0], field);
      }
      const unchanged = await admin.get(url);
      assert.equal(unchanged.body.data.rating, 7);
    });

    it('starts again cleanly with the new type (stop, then strapi develop again)', async () => {
      await develop!.stop();
      const before = develop!.output();
      await step('second-start', startApp);
      await waitForStatus(`/content-type-builder/content-types/${TYPE_UID}`, 200);
      const stored = await admin.get(`/content-manager/collection-types/${TYPE_UID}/${documentId}`);
      assert.equal(stored.status, 200);
      assert.equal(stored.body.data.rating, 7);
      const log = develop!.output();
      assert.doesNotMatch(log, /\berror\b/i, `the second start logged an error:\n${log.slice(-3000)}`);
      assert.ok(before.length > 0);
    });
  });
};

const selected = process.env.USER_APP_VERSIONS?.split(',').map((version) => version.trim());
for (const version of fixtureVersions()) if (!selected || selected.includes(version)) userPath(version);
