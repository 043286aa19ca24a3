import { commentHtml } from './comment-html';

/** An approved comment as read from the database (public columns only). */
export interface StoredComment {
  documentId: string;
  parentDocumentId: string | null;
  authorName: string;
  authorUrl: string | null;
  content: string;
  containsSpoilers: boolean | null;
  rating: number | null;
  isEditorReply: boolean | null;
  createdAt: string;
}

export interface PublicComment {
  documentId: string;
  number: number;
  author: { name: string; url: string | null };
  content: string | null;
  contentHtml: string | null;
  containsSpoilers: boolean;
  spoilerHidden?: true;
  rating: number | null;
  isEditorReply: boolean;
  createdAt: string;
  replies: PublicComment[];
}

/**
 * Builds the thread in memory from all approved comments in posting order: numbers follow
 * posting order, replies nest oldest first, and a reply deeper than maxDepth hangs from its
 * deepest allowed ancestor. A reply whose parent is not approved is shown as a root.
 */
export const buildThread = (comments: StoredComment[], { maxDepth, hideSpoilers }: { maxDepth: number; hideSpoilers: boolean }) => {
  type Node = PublicComment & { depth: number };
  const nodes = new Map<string, Node>();
  const parentOf = new Map<string, Node>();
  const roots: Node[] = [];
  comments.forEach((comment, index) => {
    const hidden = hideSpoilers && Boolean(comment.containsSpoilers);
    const node: Node = {
      documentId: comment.documentId,
      number: index + 1,
      author: { name: comment.authorName, url: comment.authorUrl || null },
      content: hidden ? null : comment.content,
      contentHtml: hidden ? null : commentHtml(comment.content),
      containsSpoilers: Boolean(comment.containsSpoilers),
      ...(hidden ? { spoilerHidden: true as const } : {}),
      rating: comment.rating ?? null,
      isEditorReply: Boolean(comment.isEditorReply),
      createdAt: comment.createdAt,
      replies: [],
      depth: 0,
    };
    let parent = comment.parentDocumentId ? nodes.get(comment.parentDocumentId) : undefined;
    while (parent && parent.depth >= maxDepth) parent = parentOf.get(parent.documentId);
    if (parent) {
      node.depth = parent.depth + 1;
      parent.replies.push(node);
      parentOf.set(node.documentId, parent);
    } else {
      roots.push(node);
    }
    nodes.set(node.documentId, node);
  });
  const strip = ({ depth: _depth, replies, ...rest }: Node): PublicComment => ({ ...rest, replies: (replies as Node[]).map(strip) });
  return roots.map(strip);
};
