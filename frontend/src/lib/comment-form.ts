import type { CommentSubmission } from 'strapi-plugin-film-reviews/strapi-server';
import { postComment } from './strapi';

export const FIELDS = ['authorName', 'authorEmail', 'authorUrl', 'content', 'rating', 'containsSpoilers', 'parent'] as const;
export type Field = (typeof FIELDS)[number];

export type FormValues = Partial<Record<Field | 'company', string>>;

export type CommentResult =
  | { ok: true; moderationStatus: 'approved' | 'pending' }
  | { ok: false; status: number; message: string; fieldErrors: Partial<Record<Field, string>> };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export const readForm = (form: FormData): FormValues =>
  Object.fromEntries([...FIELDS, 'company'].map((name) => [name, text(form, name)]));

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
});

/** "data.authorEmail: Invalid email address" -> "Invalid email address". */
const readable = (message: string) => {
  const text = message.replace(/^[\w.]+:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const MESSAGES: Record<number, string> = {
  403: 'Comments are closed on this review.',
  404: 'This review is no longer available.',
  409: 'You have already posted this comment.',
  413: 'Your comment is too long to send.',
};

/** Posts the Leave a Reply form to the plugin and turns its answer into what the form shows. */
export const submitComment = async (
  slug: string,
  values: FormValues,
  reader: { ip: string; userAgent: string | null }
): Promise<CommentResult> => {
  let answer: Awaited<ReturnType<typeof postComment>>;
  try {
    answer = await postComment(slug, toSubmission(values), reader);
  } catch {
    return { ok: false, status: 502, message: 'We could not reach the comment service. Please try again in a moment.', fieldErrors: {} };
  }
  const { status, body, retryAfter } = answer;
  if (status === 201) return { ok: true, moderationStatus: body.data.moderationStatus };
  if (status === 400) {
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const error of body?.error?.details?.errors ?? []) {
      const field = error.path?.at(-1) as Field;
      if (FIELDS.includes(field) && !fieldErrors[field]) fieldErrors[field] = readable(error.message);
    }
    return { ok: false, status, message: 'Please correct the fields marked below.', fieldErrors };
  }
  if (status === 429) {
    const seconds = Number(retryAfter) || 15;
    return { ok: false, status, message: `You are commenting too quickly. Please wait ${seconds} seconds and try again.`, fieldErrors: {} };
  }
  return { ok: false, status, message: MESSAGES[status] ?? 'Your comment could not be posted. Please try again later.', fieldErrors: {} };
};
