import path from 'node:path';
import knex from 'knex';
import { PLAYGROUND_DIR } from '../helpers/strapi';
import { waitFor } from '../helpers/wait';

const COMMENTS = 'film_reviews_reader_comments';

/** The soak's own look at the database, after the server has stopped: no Strapi in between. */
export const soakDatabase = (env: Record<string, string>) => {
  const client = env.DATABASE_CLIENT;
  const connection =
    client === 'sqlite'
      ? { client: 'better-sqlite3', connection: { filename: path.resolve(PLAYGROUND_DIR, env.DATABASE_FILENAME) }, useNullAsDefault: true }
      : client === 'postgres'
        ? { client: 'pg', connection: { host: process.env.DATABASE_HOST ?? '127.0.0.1', port: Number(process.env.DATABASE_PORT ?? 5432), user: process.env.DATABASE_USERNAME ?? 'postgres', password: process.env.DATABASE_PASSWORD ?? '', database: env.DATABASE_NAME } }
        : { client: 'mysql2', connection: { host: process.env.DATABASE_HOST ?? '127.0.0.1', port: Number(process.env.DATABASE_PORT ?? 3306), user: process.env.DATABASE_USERNAME ?? 'root', password: process.env.DATABASE_PASSWORD ?? '', database: env.DATABASE_NAME } };

  const jobs = async () => {
    const db = knex(connection);
    try {
      const rows: Array<{ state: string; attempts: number; result: unknown }> = await db('film_reviews_image_jobs').select('state', 'attempts', 'result');
      return rows.map((row) => ({ ...row, result: (typeof row.result === 'string' ? JSON.parse(row.result) : row.result) as { variants?: unknown[] } | null }));
    } finally {
      await db.destroy();
    }
  };

  return {
    /** Polls the image jobs until `done` says so (a truthy value is returned); fails after 3 minutes. */
    until: <T>(done: (rows: Awaited<ReturnType<typeof jobs>>) => Promise<T | false>, what: string): Promise<T> =>
      waitFor(async () => done(await jobs()), 180_000, what),

    async read() {
      const db = knex(connection);
      try {
        const rows: Array<{ document_id: string; review_document_id: string; content: string; content_html: string | null; moderation_status: string; thread_number: number | null }> =
          await db(COMMENTS).select('document_id', 'review_document_id', 'content', 'content_html', 'moderation_status', 'thread_number').where('content', 'like', 'Soak comment %');
        const countByContent = new Map<string, number>();
        for (const row of rows) countByContent.set(row.content, (countByContent.get(row.content) ?? 0) + 1);
        // Whole: HTML rendered, and an approved comment numbered in its thread.
        const halfWritten = rows.filter((row) => !row.content_html || (row.moderation_status === 'approved' && row.thread_number === null)).length;
        // Each review's approved comments numbered 1..n, once each.
        const numbers = new Map<string, number[]>();
        for (const row of rows) if (row.thread_number !== null) numbers.set(row.review_document_id, [...(numbers.get(row.review_document_id) ?? []), Number(row.thread_number)]);
        const misnumbered = [...numbers.values()].filter((list) => list.sort((a, b) => a - b).some((number, index) => number !== index + 1)).length;
        return {
          total: rows.length,
          byDocumentId: new Map(rows.map((row) => [row.document_id, row.content])),
          countByContent,
          halfWritten,
          misnumbered,
        };
      } finally {
        await db.destroy();
      }
    },
  };
};
