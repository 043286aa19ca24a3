import type { PublicComment } from 'strapi-plugin-film-reviews-client';

/** The edit form of one of the reader's comments: the text to show and what went wrong last time. */
export interface EditState {
  documentId: string;
  content: string;
  containsSpoilers: boolean;
  /** The failure of the last save, if any. */
  message: string;
  fieldError: string;
}

/** A failure shown at what it happened to: a comment's documentId, or "review". */
export interface Notice {
  target: string;
  message: string;
}

/** What every comment of the thread is rendered with, besides the comment itself. */
export interface ThreadView {
  /** This page with spoilers=show, for hidden spoiler comments. */
  revealHref: string;
  /** This page with replyto=…, for the Reply links. */
  replyHref: (comment: PublicComment) => string;
  /** This page with edit=…, the edit form without JavaScript. */
  editHref: (comment: PublicComment) => string;
  /** Where the thread's forms post: this page. */
  action: string;
  ratingMax: number;
  liked: (documentId: string) => boolean;
  /** The reader posted it and may still edit it (this browser holds its edit token). */
  isOwn: (documentId: string) => boolean;
  editing: EditState | null;
  notice: Notice | null;
}
