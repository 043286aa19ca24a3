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

export const emptyReport = (dryRun: boolean): ImportReport => ({
  dryRun,
  site: '',
  startedAt: new Date().toISOString(),
  totals: {
    posts: 0,
    reviews: { created: 0, updated: 0, unchanged: 0, failed: 0 },
    comments: { created: 0, updated: 0, unchanged: 0, skipped: 0, pingbacks: 0 },
    images: { uploaded: 0, reused: 0, failed: 0 },
  },
  posts: [],
  skipped: [],
});

export interface ImportProgress {
  phase: 'scanning' | 'importing';
  done: number;
  total: number;
}
