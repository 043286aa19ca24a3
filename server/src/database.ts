import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * What the stores (the `*-store.ts` modules, the only code that talks to the database) share:
 * tables and columns named by Strapi's metadata, never by hand, one decoding of JSON columns,
 * locking reads, and how a refused unique index shows.
 */

export interface Table {
  name: string;
  /** The column an attribute is stored in: `reviewDocumentId` -> `review_document_id`. */
  column(attribute: string): string;
  /** Several at once, for SQL written around the query engine. */
  columns<A extends string>(attributes: readonly A[]): Record<A, string>;
}

export const tableOf = (strapi: Core.Strapi, uid: string): Table => {
  const { tableName, attributes } = strapi.db.metadata.get(uid);
  const column = (attribute: string) => {
    if (!(attribute in attributes)) throw new Error(`${uid} has no attribute ${attribute}`);
    return (attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  };
  const columns = <A extends string>(list: readonly A[]) => Object.fromEntries(list.map((attribute) => [attribute, column(attribute)])) as Record<A, string>;
  return { name: tableName, column, columns };
};

/** Resolved on first use: the metadata exists once the database is initialised, after the plugin registered. */
export const lazyTable = (strapi: Core.Strapi, uid: string) => {
  let table: Table | undefined;
  return () => (table ??= tableOf(strapi, uid));
};

/** A datetime column as the drivers answer it, in epoch milliseconds: a Date on PostgreSQL and MySQL, epoch milliseconds or an ISO string on SQLite. */
export const storedTime = (value: unknown) => (Number.isFinite(Number(value)) ? Number(value) : new Date(value as string).getTime());

/** A JSON column as a driver may hand it back: text on some (parsed here), a value on others. */
export const decodeJson = <T>(value: unknown): T | null => (typeof value === 'string' ? (JSON.parse(value) as T) : ((value ?? null) as T | null));

/**
 * A read that must see what other transactions committed while this one waited for a lock:
 * FOR UPDATE on PostgreSQL and MySQL (a plain MySQL read sees the transaction's older snapshot);
 * SQLite has one writer at a time, so a plain read already does.
 */
export const lockingRead = <T extends Knex.QueryBuilder>(strapi: Core.Strapi, query: T): T =>
  strapi.db.dialect.client === 'sqlite' ? query : (query.forUpdate() as T);

/** A unique index refused the row: another instance (or request) wrote it first. */
const isUniqueViolation = (error: any) =>
  ['23505', 'ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT'].includes(error?.code) || /unique/i.test(String(error?.message));

/** Runs a write that a unique index may refuse: its result, or null when the index refused it. */
export const unlessDuplicate = async <T>(write: () => Promise<T>): Promise<T | null> => {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
};

/** Deadlocks and serialization failures break a cycle of locks by rolling one transaction back. */
const DEADLOCK_CODES = ['ER_LOCK_DEADLOCK', '40P01', '40001'];
const WRITE_ATTEMPTS = 10;

const isDeadlock = (error: any): boolean => DEADLOCK_CODES.includes(error?.code) || (error?.cause !== undefined && isDeadlock(error.cause));

/**
 * Runs a transaction again when the database rolled it back to break a deadlock (MySQL and
 * MariaDB say "try restarting transaction"): concurrent posts to one thread lock its comments and
 * its state row, and InnoDB may pick either as the victim. The work must be a whole transaction,
 * so the rolled-back attempt left nothing behind.
 */
export const retryingDeadlocks = async <T>(transaction: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= WRITE_ATTEMPTS || !isDeadlock(error)) throw error;
      // Transactions that deadlocked together would meet again if they retried at once: a random
      // pause, growing with each attempt, lets one of them through first.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
};
