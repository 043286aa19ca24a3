/**
 * The bench's Strapi: the built playground with strapi-plugin-comments enabled, booted once in
 * its own process on a temporary SQLite database, so load generators never share its CPU time
 * with it. The parent drives it over IPC: seed, count queries, stop.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { createStrapi, type Core } from '@strapi/strapi';
import { seedContent } from '../../playground/scripts/seed';
import { backgroundWorkers } from '../../tests/helpers/workers';
import { seedThread } from './thread-seed';
import { seedPeerThread } from './peer-seed';
import { seedReviewList } from './review-list-seed';

const PLAYGROUND = path.resolve(__dirname, '../../playground');
const REVIEW_UID = 'plugin::film-reviews.film-review';
const COPY_UID = 'api::bench-review.bench-review';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-bench-'));
fs.mkdirSync(path.join(dir, 'uploads'));
const dbFile = path.join(dir, 'data.db');
Object.assign(process.env, {
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: dbFile,
  PUBLIC_DIR: dir,
  HOST: '127.0.0.1',
  PORT: '0',
  NODE_ENV: 'production',
  BENCH_PEER_COMMENTS: 'true',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
});

let strapi: Core.Strapi;
let queries = 0;
let loopDelay: IntervalHistogram | undefined;

const grantPublic = async (actions: string[]) => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const action of actions) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
};

/** A published film review and its api:: copy, each with `size` approved comments. */
const seedThreads = async (size: number) => {
  const title = `Bench thread ${size} (2024)`;
  const data = { title, reviewer: 'Bench', rating: 4, film: { title: `Bench thread ${size}` } };
  const review = await strapi.documents(REVIEW_UID as any).create({ data: data as any, status: 'published' });
  const copy = await strapi.documents(COPY_UID as any).create({ data: data as any, status: 'published' });
  await seedThread(strapi, review.documentId, size);
  await seedPeerThread(strapi, `${COPY_UID}:${copy.documentId}`, size);
  return { slug: review.slug as string, reviewDocumentId: review.documentId as string, peerRelation: `${COPY_UID}:${copy.documentId}` };
};

const commands: Record<string, (args: any) => Promise<unknown>> = {
  async boot() {
    strapi = createStrapi({ appDir: PLAYGROUND, distDir: path.join(PLAYGROUND, 'dist') });
    strapi.log.level = 'error';
    await strapi.load();
    await strapi.listen();
    await backgroundWorkers(strapi).stop();
    strapi.db.connection.on('query', () => (queries += 1));
    await seedContent(strapi);
    await grantPublic(['plugin::comments.client.findAllInHierarchy', 'plugin::comments.client.post', 'api::bench-review.bench-review.find']);
    // The POST bench comes from one address with many emails at once.
    await strapi.plugin('film-reviews').service('settings').update({ rateLimit: { max: 10_000, windowSeconds: 600 }, floodIntervalSeconds: 0 });
    const { port } = strapi.server.httpServer.address() as AddressInfo;
    return { baseUrl: `http://127.0.0.1:${port}`, dbFile };
  },
  seedThreads: ({ size }) => seedThreads(size),
  seedReviewList: ({ count }) => seedReviewList(strapi, count),
  async countQueries() {
    const counted = queries;
    queries = 0;
    return counted;
  },
  /** How long ready work waited for the event loop (a synchronous stall shows here). */
  async loopDelayStart() {
    loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
  },
  async loopDelayStop() {
    loopDelay!.disable();
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    return { p50: ms(loopDelay!.percentile(50)), p99: ms(loopDelay!.percentile(99)), max: ms(loopDelay!.max) };
  },
  async stop() {
    await strapi.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    setImmediate(() => process.exit(0));
  },
};

process.on('message', async ({ id, command, args }: { id: number; command: string; args: unknown }) => {
  try {
    process.send!({ id, result: await commands[command](args) });
  } catch (error) {
    process.send!({ id, error: String((error as Error)?.stack ?? error) });
  }
});

// A bench that died without stopping this process leaves it nothing to serve: go with it.
process.on('disconnect', () => process.exit(1));
