import { PLUGIN_ID } from './pluginId';

/** The server checks these on every admin route; the UI only hides what they would refuse. */
export const PERMISSIONS = {
  imagesRead: [{ action: `plugin::${PLUGIN_ID}.images.read`, subject: null }],
  imagesManage: [{ action: `plugin::${PLUGIN_ID}.images.manage`, subject: null }],
  commentsRead: [{ action: `plugin::${PLUGIN_ID}.comments.read`, subject: null }],
  commentsModerate: [{ action: `plugin::${PLUGIN_ID}.comments.moderate`, subject: null }],
  settingsRead: [{ action: `plugin::${PLUGIN_ID}.settings.read`, subject: null }],
  settingsUpdate: [{ action: `plugin::${PLUGIN_ID}.settings.update`, subject: null }],
  insightsRead: [{ action: `plugin::${PLUGIN_ID}.insights.read`, subject: null }],
  privacyManage: [{ action: `plugin::${PLUGIN_ID}.privacy.manage`, subject: null }],
  importRun: [{ action: `plugin::${PLUGIN_ID}.import.run`, subject: null }],
};

/** The plugin page shows for anyone allowed one of its views. */
export const PLUGIN_PAGE_PERMISSIONS = [...PERMISSIONS.commentsRead, ...PERMISSIONS.insightsRead, ...PERMISSIONS.imagesRead, ...PERMISSIONS.privacyManage, ...PERMISSIONS.importRun];
