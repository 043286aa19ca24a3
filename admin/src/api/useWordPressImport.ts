import { useFetchClient } from '@strapi/strapi/admin';
import type { GetImportRun, StartImport } from '../../../shared/contracts/wordpress-import';
import { PLUGIN_ID } from '../pluginId';

/** The import routes: upload an export (dry run or for real), then poll its run. */
export const useWordPressImport = () => {
  const { get, post } = useFetchClient();
  return {
    async start(file: File, dryRun: boolean) {
      const form = new FormData();
      form.append('dryRun', String(dryRun));
      form.append('file', file);
      const { data } = await post<StartImport.Response>(`/${PLUGIN_ID}/import/wordpress`, form);
      return data.data;
    },
    async run(id: number) {
      const { data } = await get<GetImportRun.Response>(`/${PLUGIN_ID}/import/runs/${id}`);
      return data.data;
    },
  };
};
