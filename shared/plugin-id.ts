/** The plugin's id: its routes, content types, RBAC actions and translation keys start with it. */
export const PLUGIN_ID = 'film-reviews';
