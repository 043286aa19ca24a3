import type { Core } from '@strapi/strapi';

/** The app's public address, without a trailing slash, for links in emails. */
export const publicUrl = (strapi: Core.Strapi) => String(strapi.config.get('server.absoluteUrl')).replace(/\/$/, '');

/** The admin's moderation queue, where an email sends a moderator for the rest. */
export const queueUrl = (strapi: Core.Strapi) => `${String(strapi.config.get('admin.absoluteUrl')).replace(/\/$/, '')}/plugins/film-reviews/moderation`;
