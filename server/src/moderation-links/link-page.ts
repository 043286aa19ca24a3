import { escapeHtml } from '../comments/comment-html';
import type { ModerationStatus } from '../../../shared/contracts/moderation';
import type { LinkAction } from './link-token';
import type { LinkPreview } from './link-service';

const QUESTION: Record<LinkAction, string> = { approve: 'Approve this comment?', spam: 'Mark this comment as spam?', reject: 'Reject this comment?' };
const BUTTON: Record<LinkAction, string> = { approve: 'Approve', spam: 'Mark as spam', reject: 'Reject' };
const STATUS: Record<ModerationStatus, string> = { pending: 'pending', approved: 'approved', spam: 'spam', rejected: 'rejected' };

/** No script, no outside resource, never framed, the token never sent on as a referrer. */
export const PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
};

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family:sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;

const queueLink = (queueUrl: string) => `<p><a href="${escapeHtml(queueUrl)}">Open the moderation queue</a></p>`;

/** What a GET shows: the comment and one button; nothing changes until it is pressed. */
export const confirmationPage = ({ action, comment, spent }: LinkPreview, token: string, queueUrl: string) => {
  const quoted =
    `<p>By <strong>${escapeHtml(comment.authorName)}</strong> on <em>${escapeHtml(comment.reviewTitle ?? 'a deleted review')}</em>, now ${STATUS[comment.moderationStatus]}:</p>` +
    `<blockquote style="white-space:pre-wrap;border-left:4px solid #ccc;margin:0;padding:0 1rem">${escapeHtml(comment.content)}</blockquote>`;
  if (spent)
    return page(
      'This link was already used',
      `${quoted}<p>It was used on ${escapeHtml(new Date(spent.createdAt).toUTCString())} by ${escapeHtml(spent.actorEmail ?? 'a moderator')}: the comment became ${STATUS[spent.moderationStatus]}.</p>${queueLink(queueUrl)}`
    );
  return page(
    QUESTION[action],
    `${quoted}<form method="post" action="/api/film-reviews/moderate" style="margin-top:1.5rem"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit" style="font-size:1rem;padding:.5rem 1rem">${BUTTON[action]}</button></form>${queueLink(queueUrl)}`
  );
};

export const donePage = (moderationStatus: ModerationStatus, queueUrl: string) => page('Done', `<p>The comment is now ${STATUS[moderationStatus]}.</p>${queueLink(queueUrl)}`);

export const failurePage = (message: string, queueUrl: string) => page('This link cannot be used', `<p>${escapeHtml(message)}</p>${queueLink(queueUrl)}`);
