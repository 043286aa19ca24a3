import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';

export { ACTIONS } from '../../shared/contracts/permissions';

const actionDefinitions = [
  { uid: 'images.read', displayName: 'See image processing', subCategory: 'images' },
  { uid: 'images.manage', displayName: 'Backfill and retry image jobs', subCategory: 'images' },
  { uid: 'comments.read', displayName: 'Read reader comments', subCategory: 'comments' },
  { uid: 'comments.moderate', displayName: 'Moderate and answer reader comments', subCategory: 'comments' },
  { uid: 'settings.read', displayName: 'Read settings', subCategory: 'settings' },
  { uid: 'settings.update', displayName: 'Change settings', subCategory: 'settings' },
  { uid: 'insights.read', displayName: 'See insights', subCategory: 'insights' },
  { uid: 'privacy.manage', displayName: "Export and erase a reader's comments", subCategory: 'privacy' },
  { uid: 'import.run', displayName: 'Import reviews and comments from WordPress', subCategory: 'import' },
].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID }));

export const registerPermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany(actionDefinitions);
};

/** Route config: the admin must hold `action` (on a subject, for the content manager's), checked on the server for every request. */
export const requires = (action: string | { action: string; subject: string }) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/** Content API actions the public role is granted once; an admin may revoke them for good. */
export const PUBLIC_ACTIONS = [
  `plugin::${PLUGIN_ID}.reviews.list`,
  `plugin::${PLUGIN_ID}.reviews.detail`,
  `plugin::${PLUGIN_ID}.comments.find`,
  `plugin::${PLUGIN_ID}.comments.create`,
  `plugin::${PLUGIN_ID}.comments.edit`,
  `plugin::${PLUGIN_ID}.comments.remove`,
  `plugin::${PLUGIN_ID}.reports.create`,
  `plugin::${PLUGIN_ID}.feeds.reviews`,
  `plugin::${PLUGIN_ID}.feeds.comments`,
  `plugin::${PLUGIN_ID}.likes.likeComment`,
  `plugin::${PLUGIN_ID}.likes.unlikeComment`,
  `plugin::${PLUGIN_ID}.likes.likeReview`,
  `plugin::${PLUGIN_ID}.likes.unlikeReview`,
];

const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * Grants each public action the first time this plugin version starts with it. The store
 * remembers what was granted, so a revoked action stays revoked and a new one is granted.
 */
const grantTo = async (strapi: Core.Strapi, role: { id: number }) => {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'public-grants' });
  const granted = ((await store.get({})) as string[] | null) ?? [];
  const pending = PUBLIC_ACTIONS.filter((action) => !granted.includes(action));
  if (pending.length === 0) return;
  const existing: Array<{ action: string }> = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ select: ['action'], where: { role: role.id, action: { $in: pending } } });
  for (const action of pending.filter((candidate) => !existing.some((row) => row.action === candidate))) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }
  await store.set({ value: [...granted, ...pending] });
};

/** On a new database users-permissions creates its roles after this plugin's bootstrap: wait for it. */
export const grantPublicActions = async (strapi: Core.Strapi) => {
  if (!strapi.plugin('users-permissions')) return;
  const ROLE_UID = 'plugin::users-permissions.role';
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (role) {
    await grantTo(strapi, role);
    return;
  }
  strapi.db.lifecycles.subscribe({
    models: [ROLE_UID],
    async afterCreate(event: any) {
      if (event.result?.type === 'public') await grantTo(strapi, event.result);
    },
  });
};
