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
 * (or mysql, for MariaDB and MySQL) a new database on the server at DATABASE_HOST (default
 * 127.0.0.1, port 5432 or 3306), dropped afterwards.
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
  if (client === 'mysql') {
    const mysql = await import('mysql2/promise');
    const connection = {
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 3306),
      user: process.env.DATABASE_USERNAME ?? 'root',
      password: process.env.DATABASE_PASSWORD ?? '',
    };
    const name = `film_reviews_test_${process.pid}_${Date.now()}`;
    const run = async (sql: string) => {
      const server = await mysql.createConnection(connection);
      try {
        await server.query(sql);
      } finally {
        await server.end();
      }
    };
    await run(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    return {
      env: { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name },
      drop: () => run(`DROP DATABASE IF EXISTS ${name}`),
    };
  }
  throw new Error(`Unsupported DATABASE_CLIENT for tests: ${client}`);
};
