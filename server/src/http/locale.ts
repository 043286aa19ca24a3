import type { Core } from '@strapi/strapi';
import { invalidAt } from '../validation';

/**
 * The locale a public request reads or writes in (Strapi's i18n): the one asked for when the
 * app has it, else the default locale. One query either way; an unknown locale answers 400.
 */
export const resolveLocale = async (strapi: Core.Strapi, requested: string | undefined): Promise<string> => {
  const locales = strapi.plugin('i18n').service('locales');
  if (requested === undefined) return (await locales.getDefaultLocale()) as string;
  if (!(await locales.findByCode(requested))) throw invalidAt(['locale'], `locale: "${requested}" is not a locale of this site`);
  return requested;
};
