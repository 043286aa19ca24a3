import { isFetchError } from '@strapi/strapi/admin';

/** The server's message for each invalid field, by its dotted path (`imageWidths.1`). */
export type FieldErrors = Record<string, string>;

/** The server's 400 names each invalid field: `error.details.errors[].path`. */
export const fieldErrors = (error: unknown): FieldErrors => {
  const details: Array<{ path: string[]; message: string }> = isFetchError(error) ? ((error.response?.data as any)?.error?.details?.errors ?? []) : [];
  return Object.fromEntries(details.map((detail) => [detail.path.join('.'), detail.message]));
};
