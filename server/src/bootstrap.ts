import type { Core } from '@strapi/strapi';
import { grantPublicActions, registerPermissions } from './permissions';
import { subscribeToFileLifecycle } from './images/file-lifecycle';
import { applyFieldLabels } from './content-manager/field-labels';
import { PLUGIN_ID } from './uids';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await grantPublicActions(strapi);
  await applyFieldLabels(strapi);
  subscribeToFileLifecycle(strapi);
  strapi.plugin(PLUGIN_ID).service('image-worker').start();
  strapi.plugin(PLUGIN_ID).service('retention').start();
};

export default bootstrap;
