import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

export interface ImportPost {
  wordpressId: string;
  title: string;
  action: 'created' | 'updated' | 'unchanged' | 'failed';
  status?: 'published' | 'draft';
  documentId?: string;
  comments: { created: number; updated: number; unchanged: number; skipped: number };
  notes: string[];
}

export interface ImportReport {
  dryRun: boolean;
  site: string;
  totals: {
    posts: number;
    reviews: Record<ImportPost['action'], number>;
    comments: { created: number; updated: number; unchanged: number; skipped: number; pingbacks: number };
    images: { uploaded: number; reused: number; failed: number };
  };
  posts: ImportPost[];
  skipped: Array<{ kind: string; wordpressId: string; post?: string; title?: string; reason: string }>;
}

export interface ImportRun {
  id: number;
  state: 'running' | 'done' | 'failed';
  dryRun: boolean;
  fileName: string;
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
}

/** The import routes: upload an export (dry run or for real), then poll its run. */
export const useWordPressImport = () => {
  const { get, post } = useFetchClient();
  return {
    async start(file: File, dryRun: boolean) {
      const form = new FormData();
      form.append('dryRun', String(dryRun));
      form.append('file', file);
      const { data } = await post<{ data: ImportRun }>(`/${PLUGIN_ID}/import/wordpress`, form);
      return data.data;
    },
    async run(id: number) {
      const { data } = await get<{ data: ImportRun }>(`/${PLUGIN_ID}/import/runs/${id}`);
      return data.data;
    },
  };
};
