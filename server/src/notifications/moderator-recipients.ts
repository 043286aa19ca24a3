import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../permissions';
import { PLUGIN_ID } from '../uids';

const OPT_OUTS_KEY = 'digest-opt-outs';

const optOutStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: OPT_OUTS_KEY });

/** Active admins allowed to moderate: super admins and roles granted the plugin's moderation. */
const MAY_MODERATE = {
  isActive: true,
  blocked: { $not: true },
  roles: { $or: [{ code: 'strapi-super-admin' }, { permissions: { action: ACTIONS.commentsModerate } }] },
};

/** A digest's address, and the admin behind it when one may moderate (only their copy carries moderation links). */
export interface DigestRecipient {
  email: string;
  adminId: number | null;
}

/** Who gets the digest: the addresses in the settings, or else every active editor allowed to moderate; never one who unsubscribed. */
export const digestRecipients = async (strapi: Core.Strapi, configured: string[]): Promise<DigestRecipient[]> => {
  const optedOut = new Set(((await optOutStore(strapi).get({})) as string[] | null) ?? []);
  const addresses = [...new Set(configured.map((email) => email.toLowerCase()))];
  const moderators: Array<{ id: number; email: string }> = await strapi.db.query('admin::user').findMany({
    select: ['id', 'email'],
    where: { ...MAY_MODERATE, ...(addresses.length > 0 ? { email: { $in: addresses } } : {}) },
  });
  const adminIds = new Map(moderators.map((admin) => [admin.email.toLowerCase(), admin.id]));
  return (addresses.length > 0 ? addresses : [...adminIds.keys()])
    .filter((email) => !optedOut.has(email))
    .map((email) => ({ email, adminId: adminIds.get(email) ?? null }));
};

/** The admin, while they may still moderate; null once they are deactivated, blocked or their role lost the permission. */
export const moderatorById = (strapi: Core.Strapi, id: number): Promise<{ id: number; email: string; firstname: string | null; lastname: string | null } | null> =>
  strapi.db.query('admin::user').findOne({ select: ['id', 'email', 'firstname', 'lastname'], where: { ...MAY_MODERATE, id } });

export const optOutOfDigest = async (strapi: Core.Strapi, email: string) => {
  const current = ((await optOutStore(strapi).get({})) as string[] | null) ?? [];
  if (!current.includes(email.toLowerCase())) await optOutStore(strapi).set({ value: [...current, email.toLowerCase()] });
};
