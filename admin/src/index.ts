import { Play } from '@strapi/icons';
import { PLUGIN_ID } from './pluginId';
import { PERMISSIONS, PLUGIN_PAGE_PERMISSIONS } from './permissions';
import { ReviewSidePanel } from './panels/ReviewSidePanel';
import { starRatingField } from './custom-fields/star-rating';
import { spoilerWarningField } from './custom-fields/spoiler-warning';
import { galleryField } from './custom-fields/gallery';
import { getTranslation } from './utils/getTranslation';
import { prefixTranslations } from './utils/prefixTranslations';
import { registerWidgets } from './widgets/register-widgets';

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Film reviews' });
    app.customFields.register([starRatingField, spoilerWarningField, galleryField]);
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Play,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Film reviews' },
      permissions: PLUGIN_PAGE_PERMISSIONS,
      Component: () => import('./pages/App'),
    });
    app.addSettingsLink('global', {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Film reviews' },
      permissions: PERMISSIONS.settingsRead,
      Component: () => import('./pages/settings/SettingsPage'),
    });
    registerWidgets(app);
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ReviewSidePanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixTranslations(data), locale };
        } catch {
          // A locale the plugin does not translate falls back to the English defaults.
          return { data: {}, locale };
        }
      })
    );
  },
};
