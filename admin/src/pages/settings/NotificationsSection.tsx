import { useT } from '../../utils/useT';
import { Cell, LinesSetting, NumberSetting, SettingsSection, TextSetting, ToggleSetting } from './fields';

export const NotificationsSection = () => {
  const t = useT();
  return (
    <SettingsSection title={t('settings.notifications', 'Notifications and reports')}>
      <Cell col={6}>
        <ToggleSetting
          setting="replyNotifications"
          label={t('settings.replyNotifications', 'Reply emails')}
          hint={t('settings.replyNotifications.hint', 'Readers who ask are emailed when an approved reply to their comment appears')}
        />
      </Cell>
      <Cell col={6}>
        <TextSetting
          setting="commentUrlPattern"
          label={t('settings.commentUrlPattern', 'Comment URL on your site')}
          hint={t('settings.commentUrlPattern.hint', 'Where readers read a comment: {slug} and {documentId} are filled in')}
          placeholder="https://example.com/reviews/{slug}#comment-{documentId}"
        />
      </Cell>
      <Cell col={4}>
        <ToggleSetting setting="moderatorDigest" label={t('settings.moderatorDigest', 'Moderator digest')} hint={t('settings.moderatorDigest.hint', 'Email moderators when comments wait')} />
      </Cell>
      <Cell col={4}>
        <NumberSetting setting="digestIntervalMinutes" label={t('settings.digestIntervalMinutes', 'At most one digest every (minutes)')} />
      </Cell>
      <Cell col={4}>
        <LinesSetting
          setting="digestRecipients"
          label={t('settings.digestRecipients', 'Digest recipients')}
          hint={t('settings.digestRecipients.hint', 'One address per line; empty: every editor who may moderate')}
        />
      </Cell>
      <Cell col={6}>
        <NumberSetting setting="reportThreshold" label={t('settings.reportThreshold', 'Reports that hold a comment')} hint={t('settings.reportThreshold.hint', 'An approved comment goes back to pending')} />
      </Cell>
      <Cell col={6}>
        <ToggleSetting
          setting="spoilerReportsMark"
          label={t('settings.spoilerReportsMark', 'Spoiler reports mark spoilers')}
          hint={t('settings.spoilerReportsMark.hint', 'When every report says "spoiler", the comment is hidden behind the spoiler switch instead')}
        />
      </Cell>
    </SettingsSection>
  );
};
