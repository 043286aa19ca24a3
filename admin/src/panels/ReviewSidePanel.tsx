import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useForm, useRBAC } from '@strapi/strapi/admin';
// The server's parser, shared, so the panel counts exactly what the API will hide.
import { countSpoilerSpans } from '../../../shared/spoiler-spans';
import { useReviewSummary, useSetStatus } from '../api/useModeration';
import { InlineError } from '../components/InlineError';
import { CommentMarks } from '../pages/moderation/CommentMarks';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const LINKS = [
  { id: 'slow3g', message: 'On slow 3G (400 kbit/s): {optimized} instead of {original}', bitsPerSecond: 400_000 },
  { id: '4g', message: 'On 4G (9 Mbit/s): {optimized} instead of {original}', bitsPerSecond: 9_000_000 },
];

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString()} KB`;
const seconds = (bytes: number, bitsPerSecond: number) => `${((bytes * 8) / bitsPerSecond).toFixed(1)} s`;

const PanelContent = ({ documentId }: { documentId: string }) => {
  const t = useT();
  const { allowedActions } = useRBAC({ moderate: PERMISSIONS.commentsModerate, read: PERMISSIONS.commentsRead });
  const query = useReviewSummary(allowedActions.canRead ? documentId : null);
  const summary = query.data?.data;
  const setStatus = useSetStatus();
  // The body and warning being edited, live: no save needed to see the spoiler count change.
  const body = useForm('ReviewSidePanel', (state) => (state.values as { body?: string }).body) as string | undefined;
  const warning = useForm('ReviewSidePanel', (state) => (state.values as { spoilerWarning?: unknown }).spoilerWarning) as { level?: string } | null | undefined;

  const level = warning?.level ?? 'none';
  const spoilerCount = countSpoilerSpans(body ?? '');

  const act = async (id: string, action: 'approve' | 'spam') => {
    if ((await setStatus.mutate([id], action)).ok) await query.refetch();
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-review-panel>
      <Box>
        <Typography variant="sigma" textColor="neutral600">{t('panel.spoilers', 'Spoilers')}</Typography>
        <Typography tag="p" data-panel-spoilers>
          {t('panel.spoilers.summary', '{level} · {count, plural, =0 {no inline spoilers} one {# inline spoiler} other {# inline spoilers}}', {
            level: t(`spoiler-warning.level.${level}`, level),
            count: spoilerCount,
          })}
        </Typography>
        {level === 'none' && spoilerCount > 0 ? (
          <Typography tag="p" variant="pi" textColor="warning600" fontWeight="semiBold" data-panel-spoiler-mismatch>
            {t('panel.spoilers.mismatch', 'The body marks inline spoilers, but the warning says “No spoilers”.')}
          </Typography>
        ) : null}
      </Box>
      {query.error ? <InlineError what={t('panel.failed', 'Comments and images')} error={query.error} onRetry={query.refetch} /> : null}
      {summary ? (
        <>
          <Box>
            <Typography variant="sigma" textColor="neutral600">{t('panel.comments', 'Comments')}</Typography>
            <Typography tag="p" data-panel-counts>
              {t('panel.counts', '{approved} approved · {pending} pending · {spam} spam', summary.counts)}
            </Typography>
          </Box>
          {summary.pending.length > 0 ? (
            <Flex direction="column" alignItems="stretch" gap={2}>
              {summary.pending.map((comment) => (
                <Box key={comment.documentId} padding={2} background="neutral100" hasRadius data-panel-pending={comment.documentId}>
                  <Typography fontWeight="bold">{comment.authorName}</Typography>
                  <Typography tag="p" variant="pi" ellipsis>{comment.content}</Typography>
                  <CommentMarks comment={comment} />
                  {allowedActions.canModerate ? (
                    <Flex gap={1} paddingTop={1}>
                      <Button size="S" variant="success-light" onClick={() => act(comment.documentId, 'approve')}>
                        {t('moderation.action.approve', 'Approve')}
                      </Button>
                      <Button size="S" variant="danger-light" onClick={() => act(comment.documentId, 'spam')}>
                        {t('panel.spam', 'Spam')}
                      </Button>
                    </Flex>
                  ) : null}
                </Box>
              ))}
            </Flex>
          ) : null}
          <Box>
            <Typography variant="sigma" textColor="neutral600">{t('panel.images', 'Page weight of images')}</Typography>
            {summary.images.count === 0 ? (
              <Typography tag="p" data-panel-weight>{t('panel.images.none', 'No images')}</Typography>
            ) : (
              <>
                <Typography tag="p" data-panel-weight>
                  {t('panel.images.weight', '{count, plural, one {# image} other {# images}}: {original} originals, {optimized} optimized', {
                    count: summary.images.count,
                    original: kb(summary.images.originalBytes),
                    optimized: kb(summary.images.optimizedBytes),
                  })}
                </Typography>
                {LINKS.map((link) => (
                  <Typography key={link.id} tag="p" variant="pi" textColor="neutral600">
                    {t(`panel.images.${link.id}`, link.message, {
                      optimized: seconds(summary.images.optimizedBytes, link.bitsPerSecond),
                      original: seconds(summary.images.originalBytes, link.bitsPerSecond),
                    })}
                  </Typography>
                ))}
              </>
            )}
          </Box>
        </>
      ) : null}
    </Flex>
  );
};

/** Content-manager side panel of a film review: comments, spoilers and image weight at a glance. */
export const ReviewSidePanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  const t = useT();
  if (model !== 'plugin::film-reviews.film-review' || !documentId) return null;
  return { title: t('panel.title', 'Film review'), content: <PanelContent documentId={documentId} /> };
};
