import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useErrorMessage } from './useErrorMessage';

type FetchClient = ReturnType<typeof useFetchClient>;

export type MutationResult<Response> = { ok: true; data: Response } | { ok: false; error: unknown };

interface MutationOptions {
  /** The notification's text for a failure, instead of the server's message. */
  failureMessage?(error: unknown): string | undefined;
}

/**
 * A write to an admin route. A failure is always shown as a notification and handed back (never
 * thrown), so a caller may also show it in place.
 */
export const useAdminMutation = <Args extends unknown[], Response>(send: (client: FetchClient, ...args: Args) => Promise<Response>, options: MutationOptions = {}) => {
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const describe = useErrorMessage();
  const [isLoading, setLoading] = React.useState(false);

  const mutate = async (...args: Args): Promise<MutationResult<Response>> => {
    setLoading(true);
    try {
      return { ok: true, data: await send(client, ...args) };
    } catch (error) {
      toggleNotification({ type: 'danger', message: options.failureMessage?.(error) ?? describe(error) });
      return { ok: false, error };
    } finally {
      setLoading(false);
    }
  };

  return { mutate, isLoading };
};
