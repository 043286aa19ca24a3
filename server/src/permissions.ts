import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';

/** RBAC actions of the plugin; every admin route names the one it needs. */
export const ACTIONS = {
  imagesRead: `plugin::${PLUGIN_ID}.images.read`,
  imagesManage: `plugin::${PLUGIN_ID}.images.manage`,
} as const;

const actionDefinitions = [
  { uid: 'images.read', displayName: 'See image processing' },
  { uid: 'images.manage', displayName: 'Backfill and retry image jobs' },
].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID, subCategory: 'images' }));

export const registerPermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany(actionDefinitions);
};

/** Route config: the admin must hold `action`, checked on the server for every request. */
export const requires = (action: string) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [action] } }],
});
