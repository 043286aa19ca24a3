import * as React from 'react';
import type { ListReviewOptions } from '../../../shared/contracts/moderation';
import { PLUGIN_ID } from '../pluginId';
import { useAdminQuery } from './useAdminQuery';

type ReviewOption = ListReviewOptions.Response['data'][number];

/** Reviews whose title holds `search`, a page at a time: `loadMore` appends the next one. */
export const useReviewOptions = (search: string) => {
  // A new search starts again at its first page.
  const [paging, setPaging] = React.useState({ search, page: 1 });
  const page = paging.search === search ? paging.page : 1;
  const [options, setOptions] = React.useState<ReviewOption[]>([]);
  const query = useAdminQuery<ListReviewOptions.Response>(`/${PLUGIN_ID}/moderation/review-options`, { page, pageSize: 20, ...(search ? { q: search } : {}) });
  const answer = query.data;

  React.useEffect(() => {
    if (answer) setOptions((previous) => (answer.meta.pagination.page === 1 ? answer.data : [...previous, ...answer.data]));
  }, [answer]);

  const hasMore = answer ? answer.meta.pagination.page < answer.meta.pagination.pageCount : false;
  const loadMore = () => {
    if (answer && hasMore && !query.isLoading) setPaging({ search, page: answer.meta.pagination.page + 1 });
  };
  return { options, hasMore, loadMore, isLoading: query.isLoading, error: query.error, refetch: query.refetch };
};
