import { isFetchError } from '@strapi/strapi/admin';
import { useT } from '../utils/useT';

/** What a failed request tells the editor: the server's own message, or why there is none. */
export const useErrorMessage = () => {
  const t = useT();
  return (error: unknown) => {
    if (!isFetchError(error)) return t('error.unreachable', 'The server could not be reached. Check the connection and retry.');
    if (error.status === 403) return t('error.forbidden', 'You are not allowed to see or do this (403).');
    return error.message || t('error.server', 'The server answered with an error.');
  };
};
