import register from './register';
import bootstrap from './bootstrap';
import destroy from './destroy';
import config from './config';
import contentTypes from './content-types';
import { services } from './services';
import { controllers } from './controllers';
import imagesAdminRoutes from './images/admin/routes';
import reviewsRoutes from './reviews/routes';
import commentsRoutes from './comments/routes';
import moderationRoutes from './moderation/routes';
import insightsRoutes from './insights/routes';
import homepageRoutes from './homepage/routes';
import settingsRoutes from './settings/admin/routes';
import privacyRoutes from './privacy/routes';
import wordpressImportRoutes from './wordpress-import/routes';
import notificationsRoutes from './notifications/routes';
import { reportAdminRoutes, reportRoutes } from './reports/routes';
import feedsRoutes from './feeds/routes';
import likesRoutes from './likes/routes';
import blocksRoutes from './blocks/routes';
import moderationLinkRoutes from './moderation-links/routes';
import proofOfWorkRoutes from './proof-of-work/routes';

/** Response shapes of the public API (REST and GraphQL), for frontends: `import type { ReviewDetail } from 'strapi-plugin-film-reviews/strapi-server'`. */
export type * from './client-types';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  services,
  controllers,
  routes: {
    admin: { type: 'admin', routes: [...imagesAdminRoutes, ...moderationRoutes, ...insightsRoutes, ...homepageRoutes, ...settingsRoutes, ...privacyRoutes, ...reportAdminRoutes, ...blocksRoutes, ...wordpressImportRoutes] },
    'content-api': { type: 'content-api', routes: [...reviewsRoutes, ...commentsRoutes, ...reportRoutes, ...notificationsRoutes, ...feedsRoutes, ...likesRoutes, ...moderationLinkRoutes, ...proofOfWorkRoutes] },
  },
};
