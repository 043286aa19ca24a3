import type * as React from 'react';
import { Flex, Loader } from '@strapi/design-system';
import type { AdminQuery } from '../api/useAdminQuery';
import { useT } from '../utils/useT';
import { ErrorState } from './ErrorState';

/** A query's answer once it is there; before, a loader; after a failure, the error and a retry. */
export const QueryState = <Response,>({ query, children }: { query: AdminQuery<Response>; children?(data: Response): React.ReactNode }) => {
  const t = useT();
  if (query.error) return <ErrorState error={query.error} onRetry={query.refetch} />;
  if (query.data === undefined) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('loading', 'Loading…')}</Loader>
      </Flex>
    );
  }
  return <>{children?.(query.data)}</>;
};
