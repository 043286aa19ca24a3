import type { CommentSubmission, FieldError, PostCommentResult, PostedComment } from 'strapi-plugin-film-reviews-client';
import { failureOf, readable, tooQuickly } from './action-failure';
import { postComment, type Reader } from './strapi';

export const FIELDS = ['authorName', 'authorEmail', 'authorUrl', 'content', 'rating', 'containsSpoilers', 'parent'] as const;
export type Field = (typeof FIELDS)[number];

export type FormValues = Partial<Record<Field | 'company' | 'altcha', string>>;

export type CommentResult =
  | { ok: true; moderationStatus: 'approved' | 'pending' }
  | { ok: false; status: number; message: string; fieldErrors: Partial<Record<Field, string>> };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export const readForm = (form: FormData): FormValues =>
  Object.fromEntries([...FIELDS, 'company', 'altcha'].map((name) => [name, text(form, name)]));

/** The form's strings as the plugin's submission; empty optional fields are left out. */
const toSubmission = (values: FormValues): CommentSubmission => ({
  authorName: values.authorName ?? '',
  authorEmail: values.authorEmail ?? '',
  content: values.content ?? '',
  ...(values.authorUrl ? { authorUrl: values.authorUrl } : {}),
  ...(values.parent ? { parent: values.parent } : {}),
  ...(values.rating ? { rating: Number(values.rating) } : {}),
  containsSpoilers: values.containsSpoilers === 'on',
  company: values.company ?? '',
  // The widget's payload; a browser without JavaScript sends none.
  ...(values.altcha ? { altcha: values.altcha } : {}),
});

/** The widget's proof was refused (expired while the reader wrote, say): the page gets a new challenge. */
const UNPROVEN = 'Your browser could not confirm this comment; please send it again.';

const MESSAGES: Record<number, string> = {
  403: 'Comments are closed on this review.',
  404: 'This review is no longer available.',
  409: 'You have already posted this comment.',
  413: 'Your comment is too long to send.',
};

const withoutFields = (failure: { status: number; message: string }): CommentResult => ({ ok: false, status: failure.status, message: failure.message, fieldErrors: {} });

/** Each field's first error from the plugin's 400, by the field's name (the last segment of its path). */
const fieldErrorsOf = (errors: FieldError[]) => {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const error of errors) {
    const field = error.path.at(-1) as Field;
    if (FIELDS.includes(field) && !fieldErrors[field]) fieldErrors[field] = readable(error.message);
  }
  return fieldErrors;
};

/**
 * Posts the Leave a Reply form to the plugin and turns its answer into what the form shows. The
 * posted comment (with its edit token) goes to `posted`: the token never goes into the page.
 */
export const submitComment = async (slug: string, values: FormValues, reader: Reader, posted: (comment: PostedComment) => void): Promise<CommentResult> => {
  let result: PostCommentResult;
  try {
    result = await postComment(slug, toSubmission(values), reader);
  } catch (error) {
    // 403, 404, 413 and 5xx answers throw; anything else is the network.
    return withoutFields(failureOf(error, MESSAGES, 'Your comment could not be posted. Please try again later.'));
  }
  if (result.ok) {
    posted(result.data);
    return { ok: true, moderationStatus: result.data.moderationStatus };
  }
  if (result.status === 400 && result.fieldErrors.some((error) => error.path.at(-1) === 'altcha')) return withoutFields({ status: 400, message: UNPROVEN });
  if (result.status === 400) return { ok: false, status: 400, message: 'Please correct the fields marked below.', fieldErrors: fieldErrorsOf(result.fieldErrors) };
  if (result.status === 429) return withoutFields(tooQuickly('commenting', result.retryAfter));
  return withoutFields({ status: 409, message: MESSAGES[409] });
};
