export const PLUGIN_ID = 'film-reviews';
