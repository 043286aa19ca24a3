import register from './register';
import bootstrap from './bootstrap';
import destroy from './destroy';
import config from './config';
import contentTypes from './content-types';
import imageJobs from './images/image-jobs';
import imageWorker from './images/image-worker';
import pageWeight from './images/page-weight-service';
import imagesController from './images/admin/controller';
import imagesAdminRoutes from './images/admin/routes';
import reviewsService from './reviews/review-service';
import reviewsController from './reviews/controller';
import reviewsRoutes from './reviews/routes';
import settingsService from './settings/settings-service';
import commentsService from './comments/comment-service';
import postingLimits from './limits/posting-limits';
import commentThreads from './comments/thread-bookkeeping';
import commentsController from './comments/controller';
import commentsRoutes from './comments/routes';
import moderationService from './moderation/moderation-service';
import moderationController from './moderation/controller';
import moderationRoutes from './moderation/routes';
import insightsService from './insights/insights-service';
import insightsController from './insights/controller';
import insightsRoutes from './insights/routes';
import settingsController from './settings/admin/controller';
import settingsRoutes from './settings/admin/routes';
import retention from './privacy/retention';
import privacyService from './privacy/privacy-service';
import privacyController from './privacy/controller';
import privacyRoutes from './privacy/routes';
import wordpressImport from './wordpress-import/import-service';
import importRuns from './wordpress-import/import-runs';
import wordpressImportController from './wordpress-import/controller';
import wordpressImportRoutes from './wordpress-import/routes';
import outbox from './notifications/outbox';
import outboxWorker from './notifications/outbox-worker';
import notificationsController from './notifications/controller';
import notificationsRoutes from './notifications/routes';
import reportsService from './reports/report-service';
import reportsController from './reports/controller';
import { reportAdminRoutes, reportRoutes } from './reports/routes';

/** Response shapes of the public API (REST and GraphQL), for frontends: `import type { ReviewDetail } from 'strapi-plugin-film-reviews/strapi-server'`. */
export type * from './client-types';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  services: {
    'image-jobs': imageJobs,
    'image-worker': imageWorker,
    'page-weight': pageWeight,
    reviews: reviewsService,
    settings: settingsService,
    comments: commentsService,
    'posting-limits': postingLimits,
    'comment-threads': commentThreads,
    moderation: moderationService,
    insights: insightsService,
    retention,
    privacy: privacyService,
    'wordpress-import': wordpressImport,
    'import-runs': importRuns,
    outbox,
    'outbox-worker': outboxWorker,
    reports: reportsService,
  },
  controllers: {
    images: imagesController,
    reviews: reviewsController,
    comments: commentsController,
    moderation: moderationController,
    insights: insightsController,
    settings: settingsController,
    privacy: privacyController,
    'wordpress-import': wordpressImportController,
    notifications: notificationsController,
    reports: reportsController,
  },
  routes: {
    admin: { type: 'admin', routes: [...imagesAdminRoutes, ...moderationRoutes, ...insightsRoutes, ...settingsRoutes, ...privacyRoutes, ...reportAdminRoutes, ...wordpressImportRoutes] },
    'content-api': { type: 'content-api', routes: [...reviewsRoutes, ...commentsRoutes, ...reportRoutes, ...notificationsRoutes] },
  },
};
