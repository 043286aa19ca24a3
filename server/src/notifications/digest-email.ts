import { escapeHtml } from '../comments/comment-html';
import { LINK_ACTIONS, type LinkAction } from '../moderation-links/link-token';

export interface DigestComment {
  authorName: string;
  content: string;
  reviewTitle: string | null;
  createdAt: string;
  /** Present in the copy of an admin who may moderate: each opens a confirmation page. */
  links?: Record<LinkAction, string>;
}

const LINK_LABELS: Record<LinkAction, string> = { approve: 'Approve', spam: 'Spam', reject: 'Reject' };

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text).replace(/\s+/g, ' ');

/** The moderators' digest: how many comments wait, the latest of them, a link to the queue. */
export const digestEmail = (input: { total: number; comments: DigestComment[]; moderationUrl: string; unsubscribeUrl: string }) => {
  const subject = input.total === 1 ? '1 comment waits for moderation' : `${input.total} comments wait for moderation`;
  const more = input.total - input.comments.length;
  const text = [
    `${subject}.`,
    '',
    ...input.comments.flatMap((comment) => [
      `- ${comment.authorName} on ${comment.reviewTitle ?? 'a deleted review'}: ${excerpt(comment.content)}`,
      ...(comment.links ? LINK_ACTIONS.map((action) => `  ${LINK_LABELS[action]}: ${comment.links![action]}`) : []),
    ]),
    ...(more > 0 ? [`…and ${more} more.`] : []),
    '',
    `Moderate them: ${input.moderationUrl}`,
    '',
    `Stop these emails: ${input.unsubscribeUrl}`,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(subject)}.</p>`,
    '<ul>',
    ...input.comments.map(
      (comment) =>
        `<li><strong>${escapeHtml(comment.authorName)}</strong> on <em>${escapeHtml(comment.reviewTitle ?? 'a deleted review')}</em>: ${escapeHtml(excerpt(comment.content))}${
          comment.links ? `<br>${LINK_ACTIONS.map((action) => `<a href="${escapeHtml(comment.links![action])}">${LINK_LABELS[action]}</a>`).join(' · ')}` : ''
        }</li>`
    ),
    '</ul>',
    ...(more > 0 ? [`<p>…and ${more} more.</p>`] : []),
    `<p><a href="${escapeHtml(input.moderationUrl)}">Moderate them</a></p>`,
    `<p style="color:#666;font-size:12px"><a href="${escapeHtml(input.unsubscribeUrl)}">Stop these emails</a></p>`,
  ].join('\n');
  return { subject, text, html };
};
