import { commentHtml, escapeHtml } from '../comments/comment-html';

export interface ReplyEmailInput {
  recipientName: string;
  replyAuthor: string;
  replyContent: string;
  replyHasSpoilers: boolean;
  reviewTitle: string;
  /** Where the reply can be read; null when no frontend URL pattern is set. */
  link: string | null;
  unsubscribeUrl: string;
}

/** A frontend URL from the settings' pattern, e.g. `https://example.com/reviews/{slug}#comment-{documentId}`. */
export const commentUrl = (pattern: string, slug: string | null, documentId: string) =>
  pattern && slug ? pattern.split('{slug}').join(encodeURIComponent(slug)).split('{documentId}').join(encodeURIComponent(documentId)) : null;

/** The email a reader gets when an approved reply to their comment appears: the reply (unless it has spoilers), a link, an unsubscribe link. */
export const replyEmail = (input: ReplyEmailInput) => {
  const subject = `${input.replyAuthor} replied to your comment on ${input.reviewTitle}`;
  const spoilerNote = 'This reply contains spoilers: read it on the site.';
  const text = [
    `Hello ${input.recipientName},`,
    '',
    `${input.replyAuthor} replied to your comment on "${input.reviewTitle}":`,
    '',
    input.replyHasSpoilers ? spoilerNote : input.replyContent.split('\n').map((line) => `> ${line}`).join('\n'),
    '',
    ...(input.link ? [`Read the conversation: ${input.link}`, ''] : []),
    'You get this email because you asked to hear about replies to your comments.',
    `Unsubscribe: ${input.unsubscribeUrl}`,
  ].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(input.recipientName)},</p>`,
    `<p>${escapeHtml(input.replyAuthor)} replied to your comment on <strong>${escapeHtml(input.reviewTitle)}</strong>:</p>`,
    `<blockquote>${input.replyHasSpoilers ? `<p>${spoilerNote}</p>` : commentHtml(input.replyContent)}</blockquote>`,
    ...(input.link ? [`<p><a href="${escapeHtml(input.link)}">Read the conversation</a></p>`] : []),
    `<p style="color:#666;font-size:12px">You get this email because you asked to hear about replies to your comments. <a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe</a></p>`,
  ].join('\n');
  return { subject, text, html };
};
