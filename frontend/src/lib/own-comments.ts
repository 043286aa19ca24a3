import type { AstroCookies } from 'astro';
import { failed, failureOf, readable, tooQuickly, type ActionFailure } from './action-failure';
import { editTokenOf, forgetEditToken } from './edit-tokens';
import { deleteComment, editComment, type Reader } from './strapi';

/** The edit form: the new text and the spoiler checkbox. */
export interface CommentChange {
  documentId: string;
  content: string;
  containsSpoilers: boolean;
}

export type EditOutcome = { ok: true; moderationStatus: 'approved' | 'pending' } | (ActionFailure & { fieldError?: string });
export type DeleteOutcome = { ok: true } | ActionFailure;

interface Page {
  cookies: AstroCookies;
  reader: Reader;
}

const windowPassed = (doing: string) => failed(403, `The edit window for this comment has passed: it can no longer be ${doing}.`);

const GONE = 'This comment is no longer available.';

/**
 * A refused token (403) or a comment that is gone (404) will not work again: its cookie goes, and
 * with it the comment's Edit and Delete controls.
 */
const refused = (error: unknown, page: Page, documentId: string, doing: string, otherwise: string): ActionFailure => {
  const failure = failureOf(error, { 403: windowPassed(doing).message, 404: GONE, 409: 'You have already posted this text on this review.' }, otherwise);
  if (failure.status === 403 || failure.status === 404) forgetEditToken(page.cookies, documentId);
  return failure;
};

/** Saves the reader's change to their own comment with the token its post gave this browser. */
export const editOwnComment = async ({ documentId, content, containsSpoilers }: CommentChange, page: Page): Promise<EditOutcome> => {
  const editToken = editTokenOf(page.cookies, documentId);
  if (!editToken) return windowPassed('changed');
  let result;
  try {
    result = await editComment(documentId, editToken, { content, containsSpoilers }, page.reader);
  } catch (error) {
    return refused(error, page, documentId, 'changed', 'Your changes could not be saved. Please try again later.');
  }
  if (result.ok) return { ok: true, moderationStatus: result.data.moderationStatus };
  if (result.status === 429) return tooQuickly('editing', result.retryAfter);
  const contentError = result.fieldErrors.find((error) => error.path.at(-1) === 'content');
  return { ...failed(400, 'Please correct your comment.'), fieldError: readable(contentError?.message ?? result.error.message) };
};

export const deleteOwnComment = async (documentId: string, page: Page): Promise<DeleteOutcome> => {
  const editToken = editTokenOf(page.cookies, documentId);
  if (!editToken) return windowPassed('deleted');
  let result;
  try {
    result = await deleteComment(documentId, editToken, page.reader);
  } catch (error) {
    return refused(error, page, documentId, 'deleted', 'Your comment could not be deleted. Please try again later.');
  }
  if (!result.ok) return tooQuickly('deleting', result.retryAfter);
  forgetEditToken(page.cookies, documentId);
  return { ok: true };
};
