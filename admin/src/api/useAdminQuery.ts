import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface AdminQuery<Response> {
  /** The last answer; kept while a newer request runs. */
  data?: Response;
  /** Why the last request failed; cleared when the next one starts. */
  error: unknown;
  isLoading: boolean;
  refetch(): Promise<void>;
}

/**
 * GETs an admin route and keeps its answer, again whenever the path or the params change.
 * An answer to an older request than the latest is dropped. `path: null` waits.
 */
export const useAdminQuery = <Response>(path: string | null, params?: Record<string, unknown>): AdminQuery<Response> => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data?: Response; error: unknown; isLoading: boolean }>({ error: null, isLoading: path !== null });
  const latest = React.useRef(0);
  const key = JSON.stringify(params ?? {});

  const refetch = React.useCallback(async () => {
    if (path === null) return;
    const request = ++latest.current;
    setState((previous) => ({ ...previous, error: null, isLoading: true }));
    try {
      const { data } = await get<Response>(path, { params: JSON.parse(key) });
      if (request === latest.current) setState({ data, error: null, isLoading: false });
    } catch (error) {
      if (request === latest.current) setState((previous) => ({ ...previous, error, isLoading: false }));
    }
  }, [get, path, key]);

  React.useEffect(() => {
    void refetch();
  }, [refetch]);

  return { ...state, refetch };
};
