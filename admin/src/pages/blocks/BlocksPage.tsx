import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, useNotification } from '@strapi/strapi/admin';
import { useBlockList, useUnblockReader } from '../../api/useBlocks';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../utils/useT';
import { BlockTable } from './BlockTable';

/** The readers moderators have blocked, newest first, each with its Unblock. */
export const BlocksPage = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [page, setPage] = React.useState(1);
  const list = useBlockList(page);
  const unblockReader = useUnblockReader();
  const pageCount = Math.max(1, list.data?.meta.pagination.pageCount ?? 1);

  // Lifting the last block of the last page leaves a page that no longer exists: show the one before.
  React.useEffect(() => {
    if (page > pageCount) setPage(pageCount);
  }, [page, pageCount]);

  const unblock = async (documentId: string, name: string) => {
    if (!(await unblockReader.mutate(documentId)).ok) return;
    toggleNotification({ type: 'success', message: t('blocks.unblocked', '{name} is no longer blocked', { name }) });
    await list.refetch();
  };

  return (
    <>
      <Layouts.Header title={t('blocks.title', 'Blocked readers')} subtitle={t('blocks.subtitle', 'Their new comments and reports are stored as spam; newest block first')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <QueryState query={list}>{({ data: blocks }) => <BlockTable blocks={blocks} onUnblock={unblock} />}</QueryState>
          <Pager page={page} pageCount={pageCount} onChange={setPage} />
        </Flex>
      </Layouts.Content>
    </>
  );
};
