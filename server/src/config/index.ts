import { REGISTERED_DEFAULTS, validatePluginConfig } from './plugin-config';

export default {
  default: REGISTERED_DEFAULTS,
  validator: validatePluginConfig,
};
