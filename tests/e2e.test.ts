/**
 * Browser tests: the built admin of the playground in Debian's headless Chromium,
 * driven by playwright-core. Screenshots go to tests/.artifacts/screenshots (gitignored).
 */
import { after, before, describe } from 'node:test';
import type { Browser } from 'playwright-core';
import { startPlayground, type TestApp } from './helpers/strapi';
import { adminClient } from './helpers/admin';
import { launchBrowser, loginToAdmin } from './helpers/browser';
import { seedContent } from '../playground/scripts/seed';
import { REFERENCE_SLUG } from '../playground/scripts/seed-content';
import type { E2eContext } from './e2e/context';
import { starRatingSuite } from './e2e/star-rating';
import { gallerySuite } from './e2e/gallery';
import { imagesPageSuite } from './e2e/images-page';
import { adminPanelsSuite } from './e2e/admin-panels';
import { privacyPageSuite } from './e2e/privacy-page';
import { importPageSuite } from './e2e/import-page';
import { reportsSuite } from './e2e/reports';
import { failedRequestsSuite } from './e2e/failed-requests';
import { likesAndEditsSuite } from './e2e/likes-and-edits';
import { blocksSuite } from './e2e/blocks';
import { moderationLinksSuite } from './e2e/moderation-links';
import { homeWidgetsSuite } from './e2e/home-widgets';

const ctx = {} as E2eContext;
let app: TestApp;
let browser: Browser;

describe('film-reviews admin in the browser', () => {
  before(async () => {
    app = await startPlayground();
    await seedContent(app.strapi);
    const reference = await app.strapi.db
      .query('plugin::film-reviews.film-review')
      .findOne({ where: { slug: REFERENCE_SLUG }, select: ['documentId'] });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(30_000);
    Object.assign(ctx, {
      strapi: app.strapi,
      baseUrl: app.baseUrl,
      admin: await adminClient(app.strapi, app.baseUrl),
      page,
      referenceId: reference.documentId,
    });
    await loginToAdmin(page, app.baseUrl);
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  starRatingSuite(ctx);
  gallerySuite(ctx);
  imagesPageSuite(ctx);
  adminPanelsSuite(ctx);
  privacyPageSuite(ctx);
  importPageSuite(ctx);
  reportsSuite(ctx);
  likesAndEditsSuite(ctx);
  blocksSuite(ctx);
  moderationLinksSuite(ctx);
  homeWidgetsSuite(ctx);
  failedRequestsSuite(ctx);
});
