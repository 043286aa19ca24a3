import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../permissions';
import { PLUGIN_ID } from '../uids';

const OPT_OUTS_KEY = 'digest-opt-outs';

const optOutStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: OPT_OUTS_KEY });

/** Who gets the digest: the addresses in the settings, or else every active editor allowed to moderate; never one who unsubscribed. */
export const digestRecipients = async (strapi: Core.Strapi, configured: string[]) => {
  const optedOut = new Set(((await optOutStore(strapi).get({})) as string[] | null) ?? []);
  const editors: Array<{ email: string }> =
    configured.length > 0
      ? []
      : await strapi.db.query('admin::user').findMany({
          select: ['email'],
          where: {
            isActive: true,
            blocked: { $not: true },
            roles: { $or: [{ code: 'strapi-super-admin' }, { permissions: { action: ACTIONS.commentsModerate } }] },
          },
        });
  const all = configured.length > 0 ? configured : editors.map((editor) => editor.email);
  return [...new Set(all.map((email) => email.toLowerCase()))].filter((email) => !optedOut.has(email));
};

export const optOutOfDigest = async (strapi: Core.Strapi, email: string) => {
  const current = ((await optOutStore(strapi).get({})) as string[] | null) ?? [];
  if (!current.includes(email.toLowerCase())) await optOutStore(strapi).set({ value: [...current, email.toLowerCase()] });
};
