export type PostAction = 'created' | 'updated' | 'unchanged' | 'failed';

export interface ImportPost {
  wordpressId: string;
  title: string;
  action: PostAction;
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
    reviews: Record<PostAction, number>;
    comments: { created: number; updated: number; unchanged: number; skipped: number; pingbacks: number };
    images: { uploaded: number; reused: number; failed: number };
  };
  posts: ImportPost[];
  skipped: Array<{ kind: string; wordpressId: string; post?: string; title?: string; reason: string }>;
}

/** An import in the background: polled until `state` is no longer `running`. */
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

/** POST /import/wordpress (multipart: `file`, `dryRun`) */
export declare namespace StartImport {
  interface Response {
    data: ImportRun;
  }
}

/** GET /import/runs/:id */
export declare namespace GetImportRun {
  interface Response {
    data: ImportRun;
  }
}
