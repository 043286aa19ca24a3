import type { ImportReport } from '../../../shared/contracts/wordpress-import';

// The report is the import view's contract too: declared once, beside the admin's other contracts.
export type { ImportReport, PostAction, PostOutcome, SkippedItem } from '../../../shared/contracts/wordpress-import';

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
