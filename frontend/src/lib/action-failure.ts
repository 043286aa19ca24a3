import { FilmReviewsError } from 'strapi-plugin-film-reviews-client';

/** What the reader is told when the plugin refused or could not be reached; `status` is the page's. */
export interface ActionFailure {
  ok: false;
  status: number;
  message: string;
}

export const failed = (status: number, message: string): ActionFailure => ({ ok: false, status, message });

/** A 429's sentence: `doing` as in "You are commenting too quickly". */
export const tooQuickly = (doing: string, retryAfter: number | null) =>
  failed(429, `You are ${doing} too quickly. Please wait ${retryAfter ?? 15} seconds and try again.`);

const UNREACHABLE = 'We could not reach the comment service. Please try again in a moment.';

/** A thrown answer (FilmReviewsError) by its status, or the network. */
export const failureOf = (error: unknown, messages: Record<number, string>, otherwise: string): ActionFailure =>
  error instanceof FilmReviewsError ? failed(error.status, messages[error.status] ?? otherwise) : failed(502, UNREACHABLE);

/** A 400's field message for the reader: "data.authorEmail: Invalid email address" -> "Invalid email address". */
export const readable = (message: string) => {
  const text = message.replace(/^[\w.]+:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
