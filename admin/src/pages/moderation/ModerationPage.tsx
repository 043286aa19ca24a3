import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, useNotification, useRBAC } from '@strapi/strapi/admin';
import type { ModeratedComment, ModerationAction, ModerationStatus } from '../../../../shared/contracts/moderation';
import { useDismissReports, useModerationList, useSetStatus } from '../../api/useModeration';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { PERMISSIONS } from '../../permissions';
import { useT } from '../../utils/useT';
import { BulkActions } from './BulkActions';
import { CommentSearch } from './CommentSearch';
import { CommentTable } from './CommentTable';
import { ReviewFilter } from './ReviewFilter';
import { StatusTabs } from './StatusTabs';
import { ThreadDialog } from './ThreadDialog';

interface Filters {
  status: ModerationStatus;
  review: string;
  q: string;
  page: number;
}

/** The moderation queue: filters above, the comments of one status below, a page at a time. */
export const ModerationPage = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ moderate: PERMISSIONS.commentsModerate });
  const canModerate = Boolean(allowedActions.canModerate);
  const [filters, setFilters] = React.useState<Filters>({ status: 'pending', review: '', q: '', page: 1 });
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [open, setOpen] = React.useState<ModeratedComment | null>(null);
  const list = useModerationList(filters);
  const setStatus = useSetStatus();
  const dismissReports = useDismissReports();

  React.useEffect(() => setSelected(new Set()), [filters]);
  // Any other filter starts again at the first page.
  const filter = React.useCallback((changes: Partial<Filters>) => setFilters((previous) => ({ ...previous, page: 1, ...changes })), []);

  const apply = async (action: ModerationAction, ids: string[]) => {
    if (!(await setStatus.mutate(ids, action)).ok) return;
    toggleNotification({ type: 'success', message: t('moderation.applied', '{count} comments updated', { count: ids.length }) });
    setSelected(new Set());
    await list.refetch();
  };
  const dismiss = async (documentId: string) => {
    if (!(await dismissReports.mutate(documentId)).ok) return;
    toggleNotification({ type: 'success', message: t('moderation.reportsDismissed', 'Reports dismissed') });
    await list.refetch();
  };

  return (
    <>
      <Layouts.Header title={t('moderation.title', 'Moderation')} subtitle={t('moderation.subtitle', 'Reader comments, pending first')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <StatusTabs status={filters.status} counts={list.data?.meta.counts} onChange={(status) => filter({ status })} />
          <Flex gap={3} wrap="wrap">
            <CommentSearch onSearch={(q) => filter({ q })} />
            <ReviewFilter value={filters.review} onChange={(review) => filter({ review })} />
            {canModerate ? <BulkActions status={filters.status} count={selected.size} onApply={(action) => apply(action, [...selected])} /> : null}
          </Flex>
          <QueryState query={list}>
            {({ data: comments }) => (
              <CommentTable
                status={filters.status}
                comments={comments}
                selected={selected}
                canModerate={canModerate}
                onSelect={setSelected}
                onOpen={setOpen}
                onApprove={(documentId) => apply('approve', [documentId])}
                onDismiss={dismiss}
              />
            )}
          </QueryState>
          <Pager page={filters.page} pageCount={Math.max(1, list.data?.meta.pagination.pageCount ?? 1)} onChange={(page) => setFilters((previous) => ({ ...previous, page }))} />
        </Flex>
        {open ? <ThreadDialog comment={open} canModerate={canModerate} onClose={() => setOpen(null)} onChanged={list.refetch} /> : null}
      </Layouts.Content>
    </>
  );
};
