import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

export type EraseMode = 'anonymize' | 'delete';

export interface PrivacyExport {
  email: string;
  exportedAt: string;
  comments: Array<Record<string, unknown>>;
}

export interface ErasureResult {
  email: string;
  mode: EraseMode;
  comments: number;
  repliesReattached: number;
}

/** The privacy routes: a reader's comments exported as JSON, or erased. */
export const usePrivacy = () => {
  const { get, post } = useFetchClient();
  return {
    async exportComments(email: string) {
      const { data } = await get<{ data: PrivacyExport }>(`/${PLUGIN_ID}/privacy/export`, { params: { email } });
      return data.data;
    },
    async erase(email: string, mode: EraseMode) {
      const { data } = await post<{ data: ErasureResult }>(`/${PLUGIN_ID}/privacy/erase`, { email, mode });
      return data.data;
    },
  };
};
