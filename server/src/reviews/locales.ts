import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const LOCALE_UID = 'plugin::i18n.locale';

/**
 * The locale a public request reads or writes in (Strapi's i18n): the one asked for when the
 * app has it, else the default locale. One query either way; an unknown locale answers 400.
 */
export const resolveLocale = async (strapi: Core.Strapi, requested: string | undefined): Promise<string> => {
  if (requested === undefined) return (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
  if (!(await strapi.db.query(LOCALE_UID).findOne({ select: ['id'], where: { code: requested } }))) {
    const message = `locale: "${requested}" is not a locale of this site`;
    throw new errors.ValidationError(message, { errors: [{ path: ['locale'], message, name: 'ValidationError' }] });
  }
  return requested;
};
