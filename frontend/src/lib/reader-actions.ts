import type { AstroCookies } from 'astro';
import type { ActionFailure } from './action-failure';
import { withParams } from './format';
import { setLike, type LikeOutcome, type LikeRequest } from './likes';
import { deleteOwnComment, editOwnComment, type CommentChange, type DeleteOutcome, type EditOutcome } from './own-comments';
import type { Reader } from './strapi';

/** A form post of the review page other than Leave a Reply, by its `intent` field. */
export type ReaderAction = ({ intent: 'like' } & LikeRequest) | ({ intent: 'edit' } & CommentChange) | { intent: 'delete'; documentId: string };

export type ActionOutcome = LikeOutcome | EditOutcome | DeleteOutcome;

/** A Strapi documentId; it also names the comment's cookie, so nothing else is let through. */
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** The action a form posted, or null for the comment form (which has no intent). */
export const readAction = (form: FormData): ReaderAction | null => {
  const intent = text(form, 'intent');
  const documentId = text(form, 'documentId');
  if (intent === 'like') return { intent, target: text(form, 'target') === 'review' ? 'review' : 'comment', documentId, like: text(form, 'like') !== 'off' };
  if (intent === 'edit') return { intent, documentId, content: text(form, 'content'), containsSpoilers: text(form, 'containsSpoilers') === 'on' };
  if (intent === 'delete') return { intent, documentId };
  return null;
};

const NO_SUCH_COMMENT: ActionFailure = { ok: false, status: 404, message: 'This comment is no longer available.' };

export const runAction = (action: ReaderAction, page: { slug: string; cookies: AstroCookies; url: URL; reader: Reader }): Promise<ActionOutcome> => {
  if (!DOCUMENT_ID.test(action.documentId)) return Promise.resolve(NO_SUCH_COMMENT);
  if (action.intent === 'like') return setLike(action, page);
  if (action.intent === 'edit') return editOwnComment(action, page);
  return deleteOwnComment(action.documentId, page);
};

/** What the thread says after an edit or a delete (`?done=` without JavaScript, the JSON's `message` with it). */
export const DONE_MESSAGES = {
  edited: 'Your changes are saved.',
  'edit-pending': 'Your changes are saved and are awaiting moderation.',
  deleted: 'Your comment is deleted.',
} as const;
export type Done = keyof typeof DONE_MESSAGES;

export const doneOf = (action: ReaderAction, outcome: ActionOutcome): Done | null => {
  if (action.intent === 'delete') return 'deleted';
  if (action.intent === 'edit') return 'moderationStatus' in outcome && outcome.moderationStatus === 'pending' ? 'edit-pending' : 'edited';
  return null;
};

/** Post/Redirect/Get: back to the same page of the thread, at what changed. */
export const redirectAfter = (url: URL, action: ReaderAction, outcome: ActionOutcome) => {
  const done = doneOf(action, outcome);
  const anchor = action.intent === 'like' && action.target === 'review' ? 'review-like' : done === 'edited' || !done ? `comment-${action.documentId}` : 'comments';
  return `${withParams(url, { edit: null, comment: null, done })}#${anchor}`;
};
