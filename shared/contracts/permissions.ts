import { PLUGIN_ID } from '../plugin-id';

/**
 * RBAC actions of the plugin: the server checks one on every admin route; the admin only hides
 * what the server would refuse.
 */
export const ACTIONS = {
  imagesRead: `plugin::${PLUGIN_ID}.images.read`,
  imagesManage: `plugin::${PLUGIN_ID}.images.manage`,
  commentsRead: `plugin::${PLUGIN_ID}.comments.read`,
  commentsModerate: `plugin::${PLUGIN_ID}.comments.moderate`,
  settingsRead: `plugin::${PLUGIN_ID}.settings.read`,
  settingsUpdate: `plugin::${PLUGIN_ID}.settings.update`,
  insightsRead: `plugin::${PLUGIN_ID}.insights.read`,
  privacyManage: `plugin::${PLUGIN_ID}.privacy.manage`,
  importRun: `plugin::${PLUGIN_ID}.import.run`,
} as const;

export type ActionName = keyof typeof ACTIONS;
