import { isFetchError } from '@strapi/strapi/admin';
import type { EraseComments, EraseMode, ExportComments } from '../../../shared/contracts/privacy';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../utils/useT';
import { useAdminMutation } from './useAdminMutation';

/** The privacy routes: a reader's comments exported as JSON, or erased. */
export const usePrivacy = () => {
  const t = useT();
  const exportComments = useAdminMutation(
    async ({ get }, email: string) => (await get<ExportComments.Response>(`/${PLUGIN_ID}/privacy/export`, { params: { email } satisfies ExportComments.Query })).data.data,
    // A 400 here is the address; anything else keeps the server's own words.
    { failureMessage: (error) => (isFetchError(error) && error.status === 400 ? t('privacy.invalidEmail', 'Enter a valid email address') : undefined) }
  );
  const erase = useAdminMutation(
    async ({ post }, email: string, mode: EraseMode) => (await post<EraseComments.Response>(`/${PLUGIN_ID}/privacy/erase`, { email, mode } satisfies EraseComments.Body)).data.data
  );
  return { exportComments, erase };
};
