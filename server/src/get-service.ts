import type { Core } from '@strapi/strapi';
import type { services } from './services';
import { PLUGIN_ID } from './uids';

type Services = typeof services;
export type ServiceName = keyof Services;
export type PluginService<Name extends ServiceName> = ReturnType<Services[Name]>;

/** One of the plugin's services, typed as its factory returns it (Strapi's own accessor returns `any`). */
export const getService = <Name extends ServiceName>(strapi: Core.Strapi, name: Name): PluginService<Name> =>
  strapi.plugin(PLUGIN_ID).service(name) as PluginService<Name>;
