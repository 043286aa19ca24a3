import { PLUGIN_ID } from '../pluginId';

/** Every admin string is a translation key prefixed with the plugin id. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
