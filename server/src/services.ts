import imageJobs from './images/image-jobs';
import imageWorker from './images/image-worker';
import pageWeight from './images/page-weight-service';
import reviewsService from './reviews/review-service';
import settingsService from './settings/settings-service';
import commentsService from './comments/comment-service';
import ownComments from './comments/own-comment-service';
import postingLimits from './limits/posting-limits';
import commentThreads from './comments/thread-bookkeeping';
import moderationService from './moderation/moderation-service';
import insightsService from './insights/insights-service';
import homepageService from './homepage/homepage-service';
import retention from './privacy/retention';
import privacyService from './privacy/privacy-service';
import wordpressImport from './wordpress-import/import-service';
import importRuns from './wordpress-import/import-runs';
import outbox from './notifications/outbox';
import outboxWorker from './notifications/outbox-worker';
import reportsService from './reports/report-service';
import feedsService from './feeds/feed-service';
import likesService from './likes/like-service';
import blocksService from './blocks/block-service';
import requestDrain from './http/request-drain';
import moderationLinks from './moderation-links/link-service';
import proofOfWorkService from './proof-of-work/proof-of-work-service';

/** The plugin's services by name; `getService` takes their types from here. */
export const services = {
  'image-jobs': imageJobs,
  'image-worker': imageWorker,
  'page-weight': pageWeight,
  reviews: reviewsService,
  settings: settingsService,
  comments: commentsService,
  'own-comments': ownComments,
  'posting-limits': postingLimits,
  'comment-threads': commentThreads,
  moderation: moderationService,
  insights: insightsService,
  homepage: homepageService,
  retention,
  privacy: privacyService,
  'wordpress-import': wordpressImport,
  'import-runs': importRuns,
  outbox,
  'outbox-worker': outboxWorker,
  reports: reportsService,
  feeds: feedsService,
  likes: likesService,
  blocks: blocksService,
  'request-drain': requestDrain,
  'moderation-links': moderationLinks,
  'proof-of-work': proofOfWorkService,
};
