import type { PublicComment } from '../client-types';
import type { CommentSort } from './comment-input';

/** A comment of a page as the store reads it, with its thread bookkeeping (see thread-bookkeeping.ts). */
export interface ThreadRow {
  documentId: string;
  threadParent: string | null;
  threadNumber: number;
  authorName: string;
  authorUrl: string | null;
  content: string;
  contentHtml: string | null;
  /** Booleans come back as 0/1 from SQLite and MySQL. */
  containsSpoilers: boolean | number | null;
  rating: number | null;
  isEditorReply: boolean | number | null;
  createdAt: string | number | Date;
  likeCount: number | null;
  editedAt: string | number | Date | null;
  deletedAt: string | number | Date | null;
}

export const DELETED_AUTHOR = '[deleted]';

/** SQLite answers a datetime as epoch milliseconds, PostgreSQL as a Date. */
const isoTime = (value: string | number | Date) => new Date(value).toISOString();

/** A comment its author deleted: only its place, holding its replies. */
const deletedComment = (row: ThreadRow): PublicComment => ({
  documentId: row.documentId,
  number: Number(row.threadNumber),
  author: { name: DELETED_AUTHOR, url: null },
  content: null,
  contentHtml: null,
  containsSpoilers: false,
  rating: null,
  isEditorReply: false,
  createdAt: isoTime(row.createdAt),
  editedAt: null,
  deleted: true,
  likes: 0,
  replies: [],
});

const toPublic = (row: ThreadRow, hideSpoilers: boolean): PublicComment => {
  if (row.deletedAt !== null) return deletedComment(row);
  const hidden = hideSpoilers && Boolean(row.containsSpoilers);
  return {
    documentId: row.documentId,
    number: Number(row.threadNumber),
    author: { name: row.authorName, url: row.authorUrl || null },
    content: hidden ? null : row.content,
    contentHtml: hidden ? null : row.contentHtml,
    containsSpoilers: Boolean(row.containsSpoilers),
    ...(hidden ? { spoilerHidden: true as const } : {}),
    rating: row.rating ?? null,
    isEditorReply: Boolean(row.isEditorReply),
    createdAt: isoTime(row.createdAt),
    editedAt: row.editedAt === null ? null : isoTime(row.editedAt),
    deleted: false,
    likes: Number(row.likeCount ?? 0),
    replies: [],
  };
};

/** Most liked first, then oldest: the order of `sort=top`. */
const byLikes = (a: PublicComment, b: PublicComment) => b.likes - a.likes || a.number - b.number;

/** Leaves out the deleted comments that hold nothing shown, deepest first (a reply always comes after its parent). */
const withoutEmptyDeleted = (nodes: PublicComment[], roots: PublicComment[]) => {
  const empty = new Set<PublicComment>();
  const shown = (node: PublicComment) => !empty.has(node);
  for (const node of [...nodes].reverse()) {
    node.replies = node.replies.filter(shown);
    if (node.deleted && node.replies.length === 0) empty.add(node);
  }
  return roots.filter(shown);
};

/**
 * Nests one page of comments (roots and their replies, in posting order) by their stored display
 * parents: a parent always comes before its replies, so one pass does it. Then the roots are put
 * in the page's order.
 */
export const nestPage = (rows: ThreadRow[], { sort, hideSpoilers }: { sort: CommentSort; hideSpoilers: boolean }) => {
  const nodes = new Map<string, PublicComment>();
  const nested: PublicComment[] = [];
  for (const row of rows) {
    const node = toPublic(row, hideSpoilers);
    nodes.set(node.documentId, node);
    const parent = row.threadParent ? nodes.get(row.threadParent) : undefined;
    if (parent) parent.replies.push(node);
    else nested.push(node);
  }
  const roots = withoutEmptyDeleted([...nodes.values()], nested);
  if (sort === 'top') return roots.sort(byLikes);
  return sort === 'newest' ? roots.reverse() : roots;
};
