import * as React from 'react';
import {
  Badge, Box, Button, Checkbox, EmptyStateLayout, Flex, Loader, SingleSelect, SingleSelectOption, Table, Tabs, Tbody, Td, TextInput, Th, Thead, Tr, Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useModerationActions, useModerationList, type ModeratedComment, type ModerationAction, type ModerationStatus } from '../api/useModeration';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';
import { ThreadDialog } from './ThreadDialog';
import { CommentSignals } from './CommentSignals';

const STATUSES: ModerationStatus[] = ['pending', 'approved', 'spam', 'rejected'];
const STATUS_LABELS: Record<ModerationStatus, string> = { pending: 'Pending', approved: 'Approved', spam: 'Spam', rejected: 'Rejected' };
/** What each tab offers: you never approve what is approved. */
const ACTIONS: Record<ModerationStatus, ModerationAction[]> = {
  pending: ['approve', 'spam', 'reject'],
  approved: ['spam', 'reject', 'restore'],
  spam: ['approve', 'restore'],
  rejected: ['approve', 'restore'],
};
const ACTION_LABELS: Record<ModerationAction, string> = { approve: 'Approve', spam: 'Mark as spam', reject: 'Reject', restore: 'Restore to pending' };

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

const useReviewOptions = () => {
  const { get } = useFetchClient();
  const [reviews, setReviews] = React.useState<Array<{ documentId: string; title: string }>>([]);
  React.useEffect(() => {
    get<{ results: Array<{ documentId: string; title: string }> }>('/content-manager/collection-types/plugin::film-reviews.film-review', { params: { pageSize: 100, sort: 'title:ASC' } })
      .then(({ data }) => setReviews(data.results))
      .catch(() => setReviews([]));
  }, [get]);
  return reviews;
};

export const ModerationPage = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ moderate: PERMISSIONS.commentsModerate });
  const canModerate = Boolean(allowedActions.canModerate);
  const [status, setStatus] = React.useState<ModerationStatus>('pending');
  const [review, setReview] = React.useState<string>('');
  const [search, setSearch] = React.useState('');
  const [q, setQ] = React.useState('');
  const [page, setPage] = React.useState(1);
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [open, setOpen] = React.useState<ModeratedComment | null>(null);
  const list = useModerationList({ status, review: review || undefined, q: q || undefined, page });
  const actions = useModerationActions();
  const reviews = useReviewOptions();

  React.useEffect(() => setSelected(new Set()), [status, review, q, page]);
  React.useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const apply = async (action: ModerationAction, ids: string[]) => {
    await actions.setStatus(ids, action);
    toggleNotification({ type: 'success', message: t('moderation.applied', '{count} comments updated', { count: ids.length }) });
    setSelected(new Set());
    await list.reload();
  };

  const dismiss = async (documentId: string) => {
    await actions.dismissReports(documentId);
    toggleNotification({ type: 'success', message: t('moderation.reportsDismissed', 'Reports dismissed') });
    await list.reload();
  };

  if (list.error) return <Page.Error />;
  const allSelected = list.comments.length > 0 && list.comments.every((comment) => selected.has(comment.documentId));

  return (
    <>
      <Layouts.Header title={t('moderation.title', 'Moderation')} subtitle={t('moderation.subtitle', 'Reader comments, pending first')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Tabs.Root value={status} onValueChange={(value: string) => { setStatus(value as ModerationStatus); setPage(1); }}>
            <Tabs.List aria-label={t('moderation.tabs', 'Comments by status')}>
              {STATUSES.map((key) => (
                <Tabs.Trigger key={key} value={key} data-status-tab={key}>
                  {t(`status.${key}`, STATUS_LABELS[key])} ({list.counts?.[key] ?? '…'})
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </Tabs.Root>
          <Flex gap={3} wrap="wrap">
            <Box style={{ minWidth: '28rem' }}>
              <TextInput
                aria-label={t('moderation.search', 'Search comments')}
                placeholder={t('moderation.search', 'Search comments')}
                value={search}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => { setSearch(event.target.value); setPage(1); }}
              />
            </Box>
            <Box style={{ minWidth: '28rem' }}>
              <SingleSelect
                aria-label={t('moderation.review', 'Review')}
                placeholder={t('moderation.review.all', 'All reviews')}
                value={review}
                onChange={(value: string | number) => { setReview(String(value)); setPage(1); }}
                onClear={() => setReview('')}
              >
                {reviews.map((option) => (
                  <SingleSelectOption key={option.documentId} value={option.documentId}>
                    {option.title}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            {canModerate && selected.size > 0
              ? ACTIONS[status].map((action) => (
                  <Button key={action} variant={action === 'approve' ? 'success' : 'secondary'} onClick={() => apply(action, [...selected])}>
                    {t(`moderation.action.${action}`, ACTION_LABELS[action])} ({selected.size})
                  </Button>
                ))
              : null}
          </Flex>
          {list.loading && list.comments.length === 0 ? (
            <Flex justifyContent="center" padding={8}><Loader /></Flex>
          ) : list.comments.length === 0 ? (
            <EmptyStateLayout content={t('moderation.empty', 'No {status} comments', { status: t(`status.${status}`, STATUS_LABELS[status]).toLowerCase() })} />
          ) : (
            <Table colCount={7} rowCount={list.comments.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Checkbox
                      aria-label={t('moderation.selectAll', 'Select all')}
                      checked={allSelected}
                      onCheckedChange={(checked: boolean | 'indeterminate') =>
                        setSelected(checked === true ? new Set(list.comments.map((comment) => comment.documentId)) : new Set())
                      }
                    />
                  </Th>
                  <Th><Typography variant="sigma">{t('moderation.author', 'Author')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('moderation.comment', 'Comment')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('moderation.review', 'Review')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('moderation.date', 'Date')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('moderation.status', 'Status')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('moderation.actions', 'Actions')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {list.comments.map((comment) => (
                  <Tr key={comment.documentId} data-comment-row={comment.documentId}>
                    <Td>
                      <Checkbox
                        aria-label={t('moderation.select', 'Select the comment of {name}', { name: comment.authorName })}
                        checked={selected.has(comment.documentId)}
                        onCheckedChange={(checked: boolean | 'indeterminate') => {
                          const next = new Set(selected);
                          if (checked === true) next.add(comment.documentId);
                          else next.delete(comment.documentId);
                          setSelected(next);
                        }}
                      />
                    </Td>
                    <Td>
                      <Flex direction="column" alignItems="flex-start">
                        <Typography fontWeight="bold">{comment.authorName}</Typography>
                        <Typography variant="pi" textColor="neutral600">{comment.authorEmail}</Typography>
                      </Flex>
                    </Td>
                    <Td style={{ maxWidth: '40rem', whiteSpace: 'normal' }}>
                      <Typography>{excerpt(comment.content)}</Typography>
                    </Td>
                    <Td><Typography>{comment.review?.title ?? '—'}</Typography></Td>
                    <Td><Typography>{new Date(comment.createdAt).toLocaleString()}</Typography></Td>
                    <Td>
                      <Badge>{t(`status.${comment.moderationStatus}`, STATUS_LABELS[comment.moderationStatus])}</Badge>
                      <CommentSignals comment={comment} canModerate={canModerate} onDismiss={() => dismiss(comment.documentId)} />
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <Button variant="tertiary" size="S" onClick={() => setOpen(comment)}>
                          {t('moderation.openThread', 'Thread')}
                        </Button>
                        {canModerate && status === 'pending' ? (
                          <Button variant="success-light" size="S" onClick={() => apply('approve', [comment.documentId])}>
                            {t('moderation.action.approve', 'Approve')}
                          </Button>
                        ) : null}
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          <Flex gap={2} justifyContent="flex-end">
            <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t('moderation.previous', 'Previous')}</Button>
            <Typography>{t('moderation.page', 'Page {page} of {count}', { page, count: list.pageCount })}</Typography>
            <Button variant="tertiary" disabled={page >= list.pageCount} onClick={() => setPage(page + 1)}>{t('moderation.next', 'Next')}</Button>
          </Flex>
        </Flex>
        {open ? <ThreadDialog comment={open} canModerate={canModerate} onClose={() => setOpen(null)} onChanged={list.reload} /> : null}
      </Layouts.Content>
    </>
  );
};
