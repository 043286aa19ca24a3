import type { Core } from '@strapi/strapi';
import { parseInput } from '../validation';
import { pluginConfig } from '../config/plugin-config';
import { PLUGIN_ID } from '../uids';
import { settingsSchema, type Settings } from './settings-schema';
import { getService } from '../get-service';

const SETTING_KEYS = Object.keys(settingsSchema.shape) as Array<keyof Settings>;

/**
 * Settings live in the plugin store (one row, shared by every instance); what an editor never
 * changed falls back to config/plugins. Read once per request (the request's services share
 * that read), so a change applies from the next request on, on every instance.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'settings' });
  // The settings' keys only: a per-instance block (workers, retention, the preview secret, shutdown) is config-only, never shown or sent.
  const defaults = (): Settings => {
    const config = pluginConfig(strapi);
    return Object.fromEntries(SETTING_KEYS.map((key) => [key, config[key]])) as unknown as Settings;
  };
  const read = async (): Promise<Settings> => ({ ...defaults(), ...(((await store().get({})) as Partial<Settings> | null) ?? {}) });
  const readByRequest = new WeakMap<object, Promise<Settings>>();

  return {
    get(): Promise<Settings> {
      const request = strapi.requestContext.get();
      if (!request) return read();
      if (!readByRequest.has(request)) readByRequest.set(request, read());
      return readByRequest.get(request)!;
    },

    /** Validates the changed settings, stores them, and returns the whole set. */
    async update(changes: unknown): Promise<Settings> {
      const valid = parseInput(settingsSchema.partial().strict(), changes, 'settings');
      const stored = ((await store().get({})) as Partial<Settings> | null) ?? {};
      const next = { ...stored, ...valid };
      await store().set({ value: next });
      const request = strapi.requestContext.get();
      if (request) readByRequest.delete(request);
      const settings = { ...defaults(), ...next };
      // Display parents depend on the depth limit: every stored thread moves with it.
      if ({ ...defaults(), ...stored }.maxThreadDepth !== settings.maxThreadDepth) {
        await getService(strapi, 'comment-threads').recomputeAll();
      }
      return settings;
    },
  };
};
