import type { ModerationAction, ModerationStatus } from '../../../../shared/contracts/moderation';

/** English defaults of the `status.*` and `moderation.action.*` translations. */
export const STATUS_LABELS: Record<ModerationStatus, string> = { pending: 'Pending', approved: 'Approved', spam: 'Spam', rejected: 'Rejected' };
export const ACTION_LABELS: Record<ModerationAction, string> = { approve: 'Approve', spam: 'Mark as spam', reject: 'Reject', restore: 'Restore to pending' };

/** What each tab offers: you never approve what is approved. */
export const TAB_ACTIONS: Record<ModerationStatus, ModerationAction[]> = {
  pending: ['approve', 'spam', 'reject'],
  approved: ['spam', 'reject', 'restore'],
  spam: ['approve', 'restore'],
  rejected: ['approve', 'restore'],
};

/** The reasons the moderation rules give for holding a comment, as `moderation.held.*` keys and their English. */
export const HELD_REASON_LABELS: Record<string, readonly [id: string, defaultMessage: string]> = {
  links: ['moderation.held.links', 'too many links'],
  'first comment': ['moderation.held.firstComment', 'first comment of this reader'],
  'moderation word': ['moderation.held.moderationWord', 'a word that holds comments'],
  'approval required': ['moderation.held.approvalRequired', 'every comment needs approval'],
  honeypot: ['moderation.held.honeypot', 'hidden field filled (a bot)'],
  'disallowed word': ['moderation.held.disallowedWord', 'a disallowed word'],
  'blocked reader': ['moderation.held.blockedReader', 'its author is blocked'],
  'no proof of work': ['moderation.held.noProofOfWork', 'sent without proof of work (no JavaScript)'],
};
