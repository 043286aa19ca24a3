import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { emptyReport, type ImportReport, type PostOutcome } from '../../server/src/wordpress-import/import-report';

const { planLines } = createRequire(__filename)('../../bin/import-plan.js') as { planLines: (report: ImportReport, options?: { limit?: number; reportFile?: string }) => string[] };

const post = (id: number, action: PostOutcome['action'], extra: Partial<PostOutcome> = {}): PostOutcome => ({
  wordpressId: String(id),
  title: `Film ${id} (2010)`,
  action,
  status: 'published',
  comments: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
  notes: [],
  ...extra,
});

describe('import-wordpress --dry-run on the terminal', () => {
  it('lists every post it would create, update or skip, with the reason and the notes', () => {
    const report = emptyReport(true);
    report.posts.push(
      post(10, 'created', { comments: { created: 5, updated: 0, unchanged: 0, skipped: 1 } }),
      post(20, 'created', { status: 'draft', notes: ['no rating found: left empty'] }),
      post(30, 'updated', { slug: 'film-30-2010' }),
      post(31, 'unchanged', { comments: { created: 0, updated: 0, unchanged: 3, skipped: 0 } }),
      post(32, 'failed', { notes: ['no release year in the title: the film is named after the post, its year left empty', 'failed: reviewer must be at most 255 characters'] })
    );
    report.skipped.push(
      { kind: 'comment', wordpressId: '99', post: '10', reason: "a pingback, not a reader's comment" },
      { kind: 'item', wordpressId: '40', title: 'Old draft', reason: 'a post with status "trash"' },
      { kind: 'item', wordpressId: '50', title: 'About', reason: 'a page, not a post' }
    );
    const text = planLines(report, { reportFile: '/tmp/report.json' }).join('\n');
    assert.match(text, /What the import would do, item by item \(7\):/);
    assert.match(text, /create post 10 "Film 10 \(2010\)": new, as a published review; 5 comments to create, 1 skipped/);
    assert.match(text, /- skipped comment 99: a pingback, not a reader's comment/);
    assert.match(text, /create post 20 "Film 20 \(2010\)": new, as a draft\n {11}- no rating found: left empty/);
    assert.match(text, /update post 30 "Film 30 \(2010\)": changed since the last import \(film-30-2010\)/);
    assert.match(text, /skip {3}post 31 "Film 31 \(2010\)": already imported, unchanged since; 3 unchanged/);
    assert.match(text, /fail {3}post 32 "Film 32 \(2010\)": failed: reviewer must be at most 255 characters\n {11}- no release year/);
    assert.match(text, /skip {3}item 40 "Old draft": a post with status "trash"/);
    assert.match(text, /skip {3}item 50 "About": a page, not a post/);
    assert.doesNotMatch(text, /more/, 'a small export is listed whole');
  });

  it('lists the first 50 of a large export and points at the report for the rest', () => {
    const report = emptyReport(true);
    for (let id = 1; id <= 120; id += 1) report.posts.push(post(id, 'created'));
    const lines = planLines(report, { limit: 50, reportFile: '/tmp/report.json' });
    assert.equal(lines.filter((line) => /^ {2}create/.test(line)).length, 50);
    assert.ok(lines.some((line) => line.includes('post 50 ')) && !lines.some((line) => line.includes('post 51 ')));
    assert.equal(lines.at(-1), '  … and 70 more: every one is in /tmp/report.json');
  });
});
