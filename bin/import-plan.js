'use strict';
/**
 * What a dry run of `import-wordpress` would do, one post at a time, for the terminal: each post
 * it would create, update or skip, and why. The JSON report holds the same and more; a long list
 * is cut after `limit` posts with a pointer to it, so a 1,000-post export does not flood the screen.
 */

const VERB = { created: 'create', updated: 'update', unchanged: 'skip', failed: 'fail' };

const quoted = (title) => (title ? ` "${title}"` : '');

const commentCounts = (comments) => {
  const parts = [];
  if (comments.created) parts.push(`${comments.created} comment${comments.created === 1 ? '' : 's'} to create`);
  if (comments.updated) parts.push(`${comments.updated} to update`);
  if (comments.unchanged) parts.push(`${comments.unchanged} unchanged`);
  if (comments.skipped) parts.push(`${comments.skipped} skipped`);
  return parts.join(', ');
};

/** Why: the first words after the verb. Notes (what could not be recovered) follow on their own lines. */
const reason = (post) => {
  if (post.action === 'unchanged') return 'already imported, unchanged since';
  if (post.action === 'updated') return `changed since the last import${post.slug ? ` (${post.slug})` : ''}`;
  if (post.action === 'failed') return post.notes.at(-1) ?? 'failed';
  return `new, as a ${post.status === 'published' ? 'published review' : 'draft'}`;
};

/**
 * @param {import('../server/src/wordpress-import/import-report').ImportReport} report
 * @param {{ limit?: number, reportFile?: string }} [options]
 * @returns {string[]}
 */
const planLines = (report, options = {}) => {
  const limit = options.limit ?? 50;
  const skippedByPost = new Map();
  const skippedItems = [];
  for (const item of report.skipped) {
    if (item.kind === 'item') skippedItems.push(item);
    else skippedByPost.set(item.post, [...(skippedByPost.get(item.post) ?? []), item]);
  }
  const entries = [
    ...report.posts.map((post) => {
      const counts = commentCounts(post.comments);
      const lines = [`  ${VERB[post.action].padEnd(6)} post ${post.wordpressId}${quoted(post.title)}: ${reason(post)}${counts ? `; ${counts}` : ''}`];
      const notes = post.action === 'failed' ? post.notes.slice(0, -1) : post.notes;
      for (const note of notes) lines.push(`           - ${note}`);
      for (const item of skippedByPost.get(post.wordpressId) ?? []) lines.push(`           - skipped ${item.kind} ${item.wordpressId}: ${item.reason}`);
      return lines;
    }),
    ...skippedItems.map((item) => [`  ${'skip'.padEnd(6)} item ${item.wordpressId}${quoted(item.title)}: ${item.reason}`]),
  ];
  const shown = entries.slice(0, limit);
  const lines = [`What the import would do, item by item (${entries.length}):`, ...shown.flat()];
  if (entries.length > shown.length) {
    lines.push(`  … and ${entries.length - shown.length} more${options.reportFile ? `: every one is in ${options.reportFile}` : ' in the full report'}`);
  }
  return lines;
};

module.exports = { planLines };
