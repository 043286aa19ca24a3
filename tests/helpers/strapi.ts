import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStrapi, type Core } from '@strapi/strapi';
import { freshDatabase } from './database';

export const PLAYGROUND_DIR = path.resolve(__dirname, '../../playground');

export interface TestApp {
  strapi: Core.Strapi;
  baseUrl: string;
  /** Stops this Strapi and boots a new one on the same database, as a deploy would. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Boots the built playground (npm test builds it first) in this process on a fresh database,
 * listening on a free port of 127.0.0.1. Tests talk HTTP to `baseUrl` and may also call
 * `strapi.documents()` directly.
 */
export const startPlayground = async (): Promise<TestApp> => {
  const database = await freshDatabase();
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'));
  Object.assign(process.env, database.env, {
    PUBLIC_DIR: publicDir,
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  });
  const boot = async () => {
    const strapi = createStrapi({ appDir: PLAYGROUND_DIR, distDir: path.join(PLAYGROUND_DIR, 'dist') });
    strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'warn';
    try {
      await strapi.load();
      await strapi.listen();
    } catch (error) {
      // A half-started Strapi keeps its database pool open and the test process alive.
      await strapi.destroy().catch(() => {});
      await database.drop();
      fs.rmSync(publicDir, { recursive: true, force: true });
      throw error;
    }
    // The tests' fetch keeps connections for 4 s; Node's server closes them after 5. On a loaded
    // machine that second of margin can go, and a request reusing a connection the server is
    // closing meets ECONNRESET: the server keeps them longer, so the client is always first to let go.
    strapi.server.httpServer.keepAliveTimeout = 65_000;
    const { port } = strapi.server.httpServer.address() as AddressInfo;
    return { strapi, baseUrl: `http://127.0.0.1:${port}` };
  };
  const app = {
    ...(await boot()),
    async restart() {
      await app.strapi.destroy();
      Object.assign(app, await boot());
    },
    async stop() {
      await app.strapi.destroy();
      await database.drop();
      fs.rmSync(publicDir, { recursive: true, force: true });
    },
  };
  return app;
};
