/**
 * API tests: one playground Strapi per run, on a fresh database (SQLite by default,
 * DATABASE_CLIENT=postgres for PostgreSQL), talked to over HTTP.
 */
import { after, before, describe } from 'node:test';
import { startPlayground, type TestApp } from './helpers/strapi';
import { adminClient } from './helpers/admin';
import { http } from './helpers/http';
import type { ApiContext } from './api/context';
import { slugSuite } from './api/slugs';
import { fieldValidationSuite } from './api/field-validation';
import { seedSuite } from './api/seed';
import { imagesSuite } from './api/images';
import { reviewsSuite } from './api/reviews';
import { draftsSuite } from './api/drafts';
import { openApiSuite } from './api/openapi';
import { commentsSuite } from './api/comments';
import { instancesSuite } from './api/instances';
import { restartsSuite } from './api/restarts';
import { adminRoutesSuite } from './api/admin-routes';
import { adminLikesSuite } from './api/admin-likes';
import { fieldLabelsSuite } from './api/field-labels';
import { retentionSuite } from './api/retention';
import { badInputsSuite } from './bad-inputs/suite';
import { privacySuite } from './api/privacy';
import { graphqlSuite } from './api/graphql';
import { localesSuite } from './api/locales';
import { typedClientSuite } from './api/typed-client';
import { wordpressImportSuite } from './api/wordpress-import';
import { notificationsSuite } from './api/notifications';
import { reviewNamesSuite } from './api/review-names';
import { eventsAndReportsSuite } from './api/events-and-reports';
import { feedsSuite } from './api/feeds';
import { likesSuite } from './api/likes';
import { ownCommentsSuite } from './api/own-comments';
import { blocksSuite } from './api/blocks';
import { moderationLinksSuite } from './api/moderation-links';
import { widgetsSuite } from './api/widgets';
import { proofOfWorkSuite } from './api/proof-of-work';
import { freePort } from './helpers/user-app';
import { selectSuites } from './helpers/suite-selection';

/** By the name of their file; each seeds what it needs, so any of them runs alone (API_SUITES=a,b). */
const API_SUITES: Record<string, (ctx: ApiContext) => void> = {
  slugs: slugSuite,
  'field-validation': fieldValidationSuite,
  seed: seedSuite,
  images: imagesSuite,
  reviews: reviewsSuite,
  drafts: draftsSuite,
  comments: commentsSuite,
  instances: instancesSuite,
  restarts: restartsSuite,
  'admin-routes': adminRoutesSuite,
  'admin-likes': adminLikesSuite,
  'field-labels': fieldLabelsSuite,
  retention: retentionSuite,
  'bad-inputs': badInputsSuite,
  privacy: privacySuite,
  graphql: graphqlSuite,
  locales: localesSuite,
  'typed-client': typedClientSuite,
  'wordpress-import': wordpressImportSuite,
  notifications: notificationsSuite,
  'review-names': reviewNamesSuite,
  'events-and-reports': eventsAndReportsSuite,
  feeds: feedsSuite,
  likes: likesSuite,
  'own-comments': ownCommentsSuite,
  blocks: blocksSuite,
  'moderation-links': moderationLinksSuite,
  widgets: widgetsSuite,
  'proof-of-work': proofOfWorkSuite,
  openapi: openApiSuite,
};

const ctx = {} as ApiContext;
let app: TestApp;

describe('film-reviews API', () => {
  before(async () => {
    // The playground's email provider sends here; the notifications suite listens on it.
    ctx.smtpPort = await freePort();
    Object.assign(process.env, { SMTP_PORT: String(ctx.smtpPort), FILM_REVIEWS_NOTIFICATION_RETRY_SECONDS: '1' });
    app = await startPlayground();
    const token = await app.strapi.service('admin::api-token').create({
      name: 'tests',
      type: 'full-access',
      lifespan: null,
    });
    // A restart keeps the admin's session (it is in the database): logging in again each time
    // would spend Strapi's admin login rate limit, which a full run would then exceed.
    const connect = async (adminToken?: string) =>
      Object.assign(ctx, {
        strapi: app.strapi,
        baseUrl: app.baseUrl,
        admin: adminToken ? Object.assign(http(app.baseUrl, adminToken), { token: adminToken }) : await adminClient(app.strapi, app.baseUrl),
        api: http(app.baseUrl, token.accessKey),
        apiToken: token.accessKey,
      });
    await connect();
    ctx.restart = async () => {
      await app.restart();
      await connect(ctx.admin.token);
    };
  });
  after(async () => app?.stop());

  for (const suite of selectSuites(API_SUITES, process.env.API_SUITES)) suite(ctx);
});
