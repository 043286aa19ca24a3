import type { PublicComment } from '../client-types';

/** A comment of a page as stored, with its thread bookkeeping (see thread-bookkeeping.ts). */
export interface ThreadRow {
  document_id: string;
  thread_parent: string | null;
  thread_number: number;
  author_name: string;
  author_url: string | null;
  content: string;
  content_html: string | null;
  contains_spoilers: boolean | number | null;
  rating: number | null;
  is_editor_reply: boolean | number | null;
  created_at: string | number | Date;
}

const toPublic = (row: ThreadRow, hideSpoilers: boolean): PublicComment => {
  const hidden = hideSpoilers && Boolean(row.contains_spoilers);
  return {
    documentId: row.document_id,
    number: Number(row.thread_number),
    author: { name: row.author_name, url: row.author_url || null },
    content: hidden ? null : row.content,
    contentHtml: hidden ? null : row.content_html,
    containsSpoilers: Boolean(row.contains_spoilers),
    ...(hidden ? { spoilerHidden: true as const } : {}),
    rating: row.rating ?? null,
    isEditorReply: Boolean(row.is_editor_reply),
    // SQLite answers a datetime as epoch milliseconds, PostgreSQL as a Date.
    createdAt: new Date(row.created_at).toISOString(),
    replies: [],
  };
};

/**
 * Nests one page of comments (roots and their replies, in posting order) by their stored display
 * parents: a parent always comes before its replies, so one pass does it.
 */
export const nestPage = (rows: ThreadRow[], { newestFirst, hideSpoilers }: { newestFirst: boolean; hideSpoilers: boolean }) => {
  const nodes = new Map<string, PublicComment>();
  const roots: PublicComment[] = [];
  for (const row of rows) {
    const node = toPublic(row, hideSpoilers);
    nodes.set(node.documentId, node);
    const parent = row.thread_parent ? nodes.get(row.thread_parent) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  return newestFirst ? roots.reverse() : roots;
};
