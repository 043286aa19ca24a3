import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pluginConfig } from '../config/plugin-config';
import { PLUGIN_ID } from '../uids';
import { settingsSchema, type Settings } from './settings-schema';

/**
 * Settings live in the plugin store (one row, shared by every instance); what an editor never
 * changed falls back to config/plugins. Read per request, so a change applies at once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'settings' });
  const defaults = (): Settings => {
    const { images: _images, ...settings } = pluginConfig(strapi);
    return settings;
  };

  return {
    async get(): Promise<Settings> {
      const stored = ((await store().get({})) as Partial<Settings> | null) ?? {};
      return { ...defaults(), ...stored };
    },

    /** Validates the changed settings, stores them, and returns the whole set. */
    async update(changes: unknown): Promise<Settings> {
      const parsed = settingsSchema.partial().strict().safeParse(changes);
      if (!parsed.success) {
        const details = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' }));
        throw new errors.ValidationError('Invalid settings', { errors: details });
      }
      const stored = ((await store().get({})) as Partial<Settings> | null) ?? {};
      const next = { ...stored, ...parsed.data };
      await store().set({ value: next });
      return { ...defaults(), ...next };
    },
  };
};
