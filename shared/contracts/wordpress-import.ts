/** What an import did with each post, comment and image: the run's report. */
export type PostAction = 'created' | 'updated' | 'unchanged' | 'failed';

export interface PostOutcome {
  wordpressId: string;
  title: string;
  action: PostAction;
  documentId?: string;
  slug?: string;
  status?: 'published' | 'draft';
  comments: { created: number; updated: number; unchanged: number; skipped: number };
  /** What could not be recovered, what had to be decided, or why it failed. */
  notes: string[];
}

export interface SkippedItem {
  kind: 'item' | 'comment' | 'image';
  wordpressId: string;
  /** The post a comment or image belongs to. */
  post?: string;
  title?: string;
  reason: string;
}

export interface ImportReport {
  dryRun: boolean;
  site: string;
  startedAt: string;
  finishedAt?: string;
  totals: {
    posts: number;
    reviews: Record<PostAction, number>;
    comments: { created: number; updated: number; unchanged: number; skipped: number; pingbacks: number };
    images: { uploaded: number; reused: number; failed: number };
  };
  posts: PostOutcome[];
  skipped: SkippedItem[];
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
