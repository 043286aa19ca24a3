import { ACTIONS, type ActionName } from '../../shared/contracts/permissions';

type Permission = Array<{ action: string; subject: null }>;

/** The shared actions in the shape `useRBAC` and `Page.Protect` take. */
export const PERMISSIONS = Object.fromEntries(Object.entries(ACTIONS).map(([name, action]) => [name, [{ action, subject: null }]])) as Record<ActionName, Permission>;

/** The plugin page shows for anyone allowed one of its views. */
export const PLUGIN_PAGE_PERMISSIONS = [...PERMISSIONS.commentsRead, ...PERMISSIONS.commentsModerate, ...PERMISSIONS.insightsRead, ...PERMISSIONS.imagesRead, ...PERMISSIONS.privacyManage, ...PERMISSIONS.importRun];
