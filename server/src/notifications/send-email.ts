import type { Core } from '@strapi/strapi';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Through Strapi's email plugin, so whatever provider the app configured sends it (from its defaultFrom). */
export const sendEmail = async (strapi: Core.Strapi, email: Email) => {
  const plugin = strapi.plugin('email');
  if (!plugin) throw new Error('the email plugin is not enabled');
  await plugin.service('email').send(email);
};
