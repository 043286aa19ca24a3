import { PLUGIN_ID } from './pluginId';

/** The server checks these on every admin route; the UI only hides what they would refuse. */
export const PERMISSIONS = {
  imagesRead: [{ action: `plugin::${PLUGIN_ID}.images.read`, subject: null }],
  imagesManage: [{ action: `plugin::${PLUGIN_ID}.images.manage`, subject: null }],
};
