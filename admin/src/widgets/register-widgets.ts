import { Discuss, Feather } from '@strapi/icons';
import { REVIEW_READ_PERMISSION } from '../../../shared/contracts/homepage';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

/**
 * The admin home page's widgets. Strapi before 5.13 has no widgets API: the plugin then simply
 * has none. Each widget requires what its routes check (Strapi shows it only when all are held).
 */
export const registerWidgets = (app: any) => {
  if (typeof app.widgets?.register !== 'function') return;
  // An array: the only form Strapi 5.13 takes (later versions also take a reducer).
  app.widgets.register([
    {
      id: 'pending-comments',
      pluginId: PLUGIN_ID,
      icon: Discuss,
      title: { id: getTranslation('widgets.pending.title'), defaultMessage: 'Comments waiting' },
      link: { label: { id: getTranslation('widgets.pending.link'), defaultMessage: 'Open the queue' }, href: `/plugins/${PLUGIN_ID}/moderation` },
      // Reading the queue and acting on it are separate permissions; the widget does both.
      permissions: [...PERMISSIONS.commentsRead, ...PERMISSIONS.commentsModerate],
      component: async () => (await import('./PendingCommentsWidget')).PendingCommentsWidget,
    },
    {
      id: 'recent-reviews',
      pluginId: PLUGIN_ID,
      icon: Feather,
      title: { id: getTranslation('widgets.recent.title'), defaultMessage: 'Recent reviews' },
      permissions: [REVIEW_READ_PERMISSION],
      component: async () => (await import('./RecentReviewsWidget')).RecentReviewsWidget,
    },
  ]);
};
