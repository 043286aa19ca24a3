import type { Paginated } from './pagination';

/** A blocked reader as moderators see it: never the email or address, only what identifies the block. */
export interface ReaderBlock {
  documentId: string;
  /** The name on the comment the block was made from. */
  authorName: string | null;
  commentDocumentId: string | null;
  note: string | null;
  /** null: until lifted. */
  expiresAt: string | null;
  blockedBy: string | null;
  createdAt: string;
  /** Whether it still holds (not expired). */
  active: boolean;
  /** What it matches: the reader's email, their client address, or both. */
  matches: Array<'email' | 'address'>;
}

/** POST /moderation/comments/:id/block: blocks the comment's author. */
export declare namespace BlockReader {
  interface Body {
    note?: string;
    /** ISO date-time in the future; without it, until lifted. */
    expiresAt?: string | null;
  }
  interface Response {
    data: ReaderBlock;
  }
}

/** GET /moderation/blocks: newest first. */
export declare namespace ListBlocks {
  interface Query {
    page?: number;
    pageSize?: number;
  }
  type Response = Paginated<ReaderBlock>;
}

/** DELETE /moderation/blocks/:id: lifts the block. */
export declare namespace UnblockReader {
  interface Response {
    data: { documentId: string };
  }
}
