import imagesController from './images/admin/controller';
import reviewsController from './reviews/controller';
import commentsController from './comments/controller';
import moderationController from './moderation/controller';
import insightsController from './insights/controller';
import homepageController from './homepage/controller';
import settingsController from './settings/admin/controller';
import privacyController from './privacy/controller';
import wordpressImportController from './wordpress-import/controller';
import notificationsController from './notifications/controller';
import reportsController from './reports/controller';
import feedsController from './feeds/controller';
import likesController from './likes/controller';
import blocksController from './blocks/controller';
import moderationLinksController from './moderation-links/controller';
import proofOfWorkController from './proof-of-work/controller';

/** The plugin's controllers by name; route handlers are checked against them (`defineRoutes`). */
export const controllers = {
  images: imagesController,
  reviews: reviewsController,
  comments: commentsController,
  moderation: moderationController,
  insights: insightsController,
  homepage: homepageController,
  settings: settingsController,
  privacy: privacyController,
  'wordpress-import': wordpressImportController,
  notifications: notificationsController,
  reports: reportsController,
  feeds: feedsController,
  likes: likesController,
  blocks: blocksController,
  'moderation-links': moderationLinksController,
  'proof-of-work': proofOfWorkController,
};
