import { PLUGIN_CONFIG_DEFAULTS, validatePluginConfig } from './plugin-config';

export default {
  default: PLUGIN_CONFIG_DEFAULTS,
  validator: validatePluginConfig,
};
