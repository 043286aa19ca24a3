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
