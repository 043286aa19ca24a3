import { Badge, Button, Flex, Typography } from '@strapi/design-system';
import type { ModeratedComment } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';

const REASON_LABELS = { spoiler: 'spoiler', spam: 'spam', abuse: 'abuse', 'off-topic': 'off-topic' } as const;
const STATE_LABELS = { queued: 'queued', running: 'sending', done: 'sent', skipped: 'not sent', failed: 'failed' } as const;

/** Under a comment's status: readers' open reports (with Dismiss) and the reply email sent about it. */
export const CommentSignals = ({ comment, canModerate, onDismiss }: { comment: ModeratedComment; canModerate: boolean; onDismiss: () => void }) => {
  const t = useT();
  const reports = comment.reports;
  const emails = (comment.notifications ?? []).filter((notification) => notification.kind === 'reply');
  if (!reports?.count && emails.length === 0) return null;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={1}>
      {reports?.count ? (
        <Flex gap={2} data-reports={reports.count}>
          <Badge backgroundColor="danger100" textColor="danger700">
            {t('moderation.reports', '{count, plural, one {# report} other {# reports}}', { count: reports.count })}
          </Badge>
          <Typography variant="pi" textColor="neutral600">
            {Object.entries(reports.reasons)
              .map(([reason, count]) => `${t(`report.${reason}`, REASON_LABELS[reason as keyof typeof REASON_LABELS])} ×${count}`)
              .join(', ')}
          </Typography>
          {canModerate ? (
            <Button variant="tertiary" size="S" onClick={onDismiss}>
              {t('moderation.dismissReports', 'Dismiss')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {emails.map((email, index) => (
        <Typography key={index} variant="pi" textColor={email.state === 'failed' ? 'danger600' : 'neutral600'} title={email.error ?? undefined}>
          {t('moderation.replyEmail', 'Reply email: {state}', { state: t(`notification.${email.state}`, STATE_LABELS[email.state]) })}
          {email.attempts > 1 ? ` (${t('moderation.attempts', '{count} attempts', { count: email.attempts })})` : ''}
        </Typography>
      ))}
    </Flex>
  );
};
