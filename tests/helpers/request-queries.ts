import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const HEADER = 'x-measured-request';

export interface Measured<T> {
  result: T;
  /** Queries the request ran. */
  queries: number;
  /** Rows those queries returned. */
  rowsRead: number;
}

const rowsOf = (response: unknown) => (Array.isArray(response) ? response.length : ((response as any)?.rows?.length ?? 0));

/**
 * The queries one HTTP request runs itself, and the rows they return. Strapi keeps each
 * request's Koa context in its request context (AsyncLocalStorage), so a query counts only when
 * it runs inside the request that carries this call's header: the workers' polling, timers left
 * by earlier tests and other requests never count, whatever they do meanwhile.
 */
export const measureRequest = async <T>(strapi: Core.Strapi, send: (headers: Record<string, string>) => Promise<T>): Promise<Measured<T>> => {
  const id = randomUUID();
  const knex = strapi.db.connection;
  const ours = () => (strapi.requestContext.get() as any)?.request?.headers?.[HEADER] === id;
  let queries = 0;
  let rowsRead = 0;
  const onQuery = () => {
    if (ours()) queries += 1;
  };
  const onResponse = (response: unknown) => {
    if (ours()) rowsRead += rowsOf(response);
  };
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  try {
    const result = await send({ [HEADER]: id });
    return { result, queries, rowsRead };
  } finally {
    knex.off('query', onQuery);
    knex.off('query-response', onResponse);
  }
};
