import { convert } from 'html-to-text';
import type { ModerationStatus } from '../../../shared/contracts/moderation';
import type { WxrComment } from './wxr-reader';

/** WordPress's `comment_approved` values; `post-trashed` is a comment of a trashed post. */
const STATUSES: Record<string, ModerationStatus> = { '1': 'approved', '0': 'pending', spam: 'spam', trash: 'rejected', 'post-trashed': 'rejected' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NAME_MAX = 80;
const CONTENT_MAX = 5000;

/** A comment's text as the reader meant it: HTML gone, entities decoded, paragraphs kept. */
export const htmlToText = (html: string) =>
  convert(html, {
    wordwrap: false,
    preserveNewlines: true,
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] } },
      { selector: 'img', format: 'skip' },
    ],
  }).trim();

export interface ImportedComment {
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  content: string;
  moderationStatus: ModerationStatus;
  createdAt: Date;
  ip: string;
  /** What the import had to decide for this comment. */
  notes: string[];
}

/**
 * Maps one `wp:comment` to a reader comment, or says why it is not one. Pingbacks and
 * trackbacks are links from other blogs, not readers: skipped and counted. A field the plugin
 * cannot store as WordPress had it is fixed visibly and noted, never dropped silently.
 */
export const commentFromWordPress = (comment: WxrComment): ImportedComment | { skip: string } => {
  if (comment.type && comment.type !== 'comment') return { skip: comment.type };
  const moderationStatus = STATUSES[comment.approved];
  if (!moderationStatus) return { skip: `unknown status "${comment.approved}"` };
  const content = htmlToText(comment.content);
  if (!content) return { skip: 'empty comment' };
  if (content.length > CONTENT_MAX) return { skip: `longer than ${CONTENT_MAX} characters (${content.length})` };
  const createdAt = new Date(`${comment.date.replace(' ', 'T')}Z`);
  if (Number.isNaN(createdAt.getTime())) return { skip: `no valid date ("${comment.date}")` };

  const notes: string[] = [];
  let authorName = htmlToText(comment.author);
  if (!authorName) {
    authorName = 'Anonymous';
    notes.push('no author name: shown as "Anonymous"');
  } else if (authorName.length > NAME_MAX) {
    authorName = authorName.slice(0, NAME_MAX);
    notes.push(`author name cut to ${NAME_MAX} characters`);
  }
  let authorEmail = comment.email.trim().toLowerCase();
  if (!EMAIL.test(authorEmail)) {
    notes.push(comment.email ? `invalid email "${comment.email}" replaced` : 'no email: a placeholder address is stored');
    authorEmail = `wordpress-comment-${comment.id}@invalid`;
  }
  let authorUrl: string | null = comment.url.trim() || null;
  if (authorUrl && !/^https?:\/\/[^\s]+$/i.test(authorUrl)) {
    notes.push(`website "${authorUrl}" is not an http(s) address: left out`);
    authorUrl = null;
  }
  return { authorName, authorEmail, authorUrl, content, moderationStatus, createdAt, ip: comment.ip.trim(), notes };
};
