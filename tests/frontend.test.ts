/**
 * The reference frontend (frontend/, built by npm test) in Debian's headless Chromium, run as its
 * own Node process against a playground Strapi on a fresh database, as `npm run demo` runs them.
 */
import { after, before, describe } from 'node:test';
import { startPlayground, type TestApp } from './helpers/strapi';
import { adminClient } from './helpers/admin';
import { http } from './helpers/http';
import { waitFor } from './helpers/wait';
import { freePort } from './helpers/user-app';
import { launchBrowser, loginToAdmin } from './helpers/browser';
import { startFrontend, type Frontend } from './helpers/frontend';
import { seedContent } from '../playground/scripts/seed';
import { REFERENCE_SLUG } from '../playground/scripts/seed-content';
import type { FrontendContext } from './frontend/context';
import { readerPagesSuite } from './frontend/reader-pages';
import { commentFormSuite } from './frontend/comment-form';
import { previewSuite } from './frontend/preview';
import { readerActionsSuite } from './frontend/reader-actions';
import { proofOfWorkSuite } from './frontend/proof-of-work';

const ctx = {} as FrontendContext;
let app: TestApp;
let frontend: Frontend;

describe('reference frontend in the browser', () => {
  before(async () => {
    const port = await freePort();
    // config/admin points the Preview pane at the frontend.
    process.env.FRONTEND_URL = `http://127.0.0.1:${port}`;
    app = await startPlayground();
    await seedContent(app.strapi);
    // The page is measured with its image variants, as readers get it once the worker has run.
    await waitFor(async () => {
      const { body } = await http(app.baseUrl).get(`/api/film-reviews/reviews/${REFERENCE_SLUG}?spoilers=show`);
      return body.data.gallery.length === 6 && body.data.gallery.every((image: any) => image.sources.length === 2);
    }, 120_000, 'the gallery variants');
    frontend = await startFrontend({ port, strapiUrl: app.baseUrl });
    const reference = await app.strapi.db
      .query('plugin::film-reviews.film-review')
      .findOne({ where: { slug: REFERENCE_SLUG }, select: ['documentId'] });
    const browser = await launchBrowser();
    const adminPage = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    adminPage.setDefaultTimeout(30_000);
    Object.assign(ctx, {
      strapi: app.strapi,
      baseUrl: app.baseUrl,
      frontendUrl: frontend.url,
      admin: await adminClient(app.strapi, app.baseUrl),
      browser,
      adminPage,
      referenceId: reference.documentId,
    });
    await loginToAdmin(adminPage, app.baseUrl);
  });
  after(async () => {
    await ctx.browser?.close();
    await frontend?.stop();
    await app?.stop();
  });

  readerPagesSuite(ctx);
  commentFormSuite(ctx);
  previewSuite(ctx);
  readerActionsSuite(ctx);
  proofOfWorkSuite(ctx);
});
