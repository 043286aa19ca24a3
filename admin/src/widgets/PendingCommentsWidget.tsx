import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { CheckCircle } from '@strapi/icons';
import type { ModerationAction } from '../../../shared/contracts/moderation';
import { useOldestPending, useSetStatus } from '../api/useModeration';
import { QueryState } from '../components/QueryState';
import { useT } from '../utils/useT';
import { Age } from './Age';
import { WidgetEmpty } from './WidgetEmpty';

/** Home page: how many comments wait, and the five that waited longest, each approved or marked spam in place. */
export const PendingCommentsWidget = () => {
  const t = useT();
  const query = useOldestPending();
  const setStatus = useSetStatus();

  // A failure shows as a notification (useAdminMutation); either way the list is read again.
  const act = async (documentId: string, action: Extract<ModerationAction, 'approve' | 'spam'>) => {
    await setStatus.mutate([documentId], action);
    await query.refetch();
  };

  return (
    <QueryState query={query}>
      {({ data, meta }) =>
        data.length === 0 ? (
          <WidgetEmpty icon={<CheckCircle width="3.2rem" height="3.2rem" fill="success600" aria-hidden />}>{t('widgets.pending.empty', 'No comments are waiting.')}</WidgetEmpty>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2} data-pending-widget={meta.counts.pending}>
            <Typography fontWeight="bold" data-pending-count>
              {t('widgets.pending.count', '{count, plural, one {# comment waiting} other {# comments waiting}}', { count: meta.counts.pending })}
            </Typography>
            <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
              {data.map((comment) => (
                <Box tag="li" key={comment.documentId} paddingTop={1} paddingBottom={1} borderColor="neutral150" style={{ borderWidth: '0 0 1px 0' }} data-widget-comment={comment.documentId}>
                  <Flex gap={2} alignItems="center" justifyContent="space-between">
                    <Box minWidth={0} flex={1}>
                      <Flex gap={1} alignItems="baseline">
                        <Typography variant="omega" fontWeight="semiBold" ellipsis>
                          {comment.authorName}
                        </Typography>
                        <Typography variant="pi" textColor="neutral600" ellipsis>
                          {t('widgets.pending.on', 'on {title}', { title: comment.review?.title ?? t('widgets.pending.unknownReview', 'a deleted review') })}
                        </Typography>
                        <Typography variant="pi" textColor="neutral600" aria-hidden>
                          ·
                        </Typography>
                        <Age date={comment.createdAt} />
                      </Flex>
                      <Typography tag="p" variant="pi" textColor="neutral800" ellipsis>
                        {comment.content}
                      </Typography>
                    </Box>
                    <Flex gap={1} shrink={0}>
                      <Button size="S" variant="success-light" disabled={setStatus.isLoading} onClick={() => act(comment.documentId, 'approve')}>
                        {t('moderation.action.approve', 'Approve')}
                      </Button>
                      <Button size="S" variant="danger-light" disabled={setStatus.isLoading} onClick={() => act(comment.documentId, 'spam')}>
                        {t('panel.spam', 'Spam')}
                      </Button>
                    </Flex>
                  </Flex>
                </Box>
              ))}
            </Flex>
          </Flex>
        )
      }
    </QueryState>
  );
};
