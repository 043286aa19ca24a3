export { PLUGIN_ID } from '../../shared/plugin-id';
