import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestDatabase {
  /** Environment the playground's config/database.ts reads. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A database nobody has used before: a temporary SQLite file, or with DATABASE_CLIENT=postgres
 * a new database on the server at DATABASE_HOST (default 127.0.0.1:5432), dropped afterwards.
 */
export const freshDatabase = async (): Promise<TestDatabase> => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-test-'));
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (client === 'postgres') {
    const { Client } = await import('pg');
    const connection = {
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      user: process.env.DATABASE_USERNAME ?? 'postgres',
      password: process.env.DATABASE_PASSWORD ?? '',
      database: 'postgres',
    };
    const name = `film_reviews_test_${process.pid}_${Date.now()}`;
    const admin = new Client(connection);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name },
      drop: async () => {
        const dropper = new Client(connection);
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  throw new Error(`Unsupported DATABASE_CLIENT for tests: ${client}`);
};
