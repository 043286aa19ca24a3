import { useT } from '../../utils/useT';
import { SettingCells, SettingsSection, type SettingCell } from './fields';

const CELLS: SettingCell[] = [
  {
    kind: 'toggle',
    setting: 'replyNotifications',
    col: 6,
    label: ['settings.replyNotifications', 'Reply emails'],
    hint: ['settings.replyNotifications.hint', 'Readers who ask are emailed when an approved reply to their comment appears'],
  },
  {
    kind: 'text',
    setting: 'commentUrlPattern',
    col: 6,
    label: ['settings.commentUrlPattern', 'Comment URL on your site'],
    hint: ['settings.commentUrlPattern.hint', 'Where readers read a comment: {slug} and {documentId} are filled in'],
    placeholder: 'https://example.com/reviews/{slug}#comment-{documentId}',
  },
  { kind: 'toggle', setting: 'moderatorDigest', col: 3, label: ['settings.moderatorDigest', 'Moderator digest'], hint: ['settings.moderatorDigest.hint', 'Email moderators when comments wait'] },
  { kind: 'number', setting: 'digestIntervalMinutes', col: 3, label: ['settings.digestIntervalMinutes', 'At most one digest every (minutes)'] },
  {
    kind: 'lines',
    setting: 'digestRecipients',
    col: 3,
    label: ['settings.digestRecipients', 'Digest recipients'],
    hint: ['settings.digestRecipients.hint', 'One address per line; empty: every editor who may moderate'],
  },
  {
    kind: 'number',
    setting: 'moderationLinkDays',
    col: 3,
    label: ['settings.moderationLinkDays', 'Email links work for (days)'],
    hint: ['settings.moderationLinkDays.hint', "The digest's approve, spam and reject links; each acts once"],
  },
  { kind: 'number', setting: 'reportThreshold', col: 6, label: ['settings.reportThreshold', 'Reports that hold a comment'], hint: ['settings.reportThreshold.hint', 'An approved comment goes back to pending'] },
  {
    kind: 'toggle',
    setting: 'spoilerReportsMark',
    col: 6,
    label: ['settings.spoilerReportsMark', 'Spoiler reports mark spoilers'],
    hint: ['settings.spoilerReportsMark.hint', 'When every report says "spoiler", the comment is hidden behind the spoiler switch instead'],
  },
];

export const NotificationsSection = () => {
  const t = useT();
  return (
    <SettingsSection title={t('settings.notifications', 'Notifications and reports')}>
      <SettingCells cells={CELLS} />
    </SettingsSection>
  );
};
