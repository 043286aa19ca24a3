/**
 * `npm run soak`: comment POSTs from many concurrent clients against the playground running as
 * its own process (`strapi start`), SIGKILLed halfway and started again, then a check through
 * the database that every acknowledged comment is stored exactly once, whole, and numbered in
 * its thread; then killed again while image jobs run, and every job must end done exactly once,
 * its variants stored once. SOAK_POSTS (default 10,000), SOAK_CLIENTS (50), SOAK_REVIEWS (20); the database
 * is chosen like the tests' (DATABASE_CLIENT=sqlite|postgres|mysql). Exits non-zero on any loss,
 * duplicate, 5xx or socket error outside the kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { freshDatabase } from '../helpers/database';
import { PLAYGROUND_DIR } from '../helpers/strapi';
import { freePort } from '../helpers/user-app';
import { soakDatabase } from './soak-database';
import { testJpeg } from '../helpers/upload';
import { waitFor } from '../helpers/wait';

const POSTS = Number(process.env.SOAK_POSTS ?? 10_000);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50);
const REVIEWS = Number(process.env.SOAK_REVIEWS ?? 20);
/** Every this many posts, the same reader sends the same comment twice at the same moment. */
const TWIN_EVERY = 25;
/** Images whose variant jobs run when the server is killed a second time. */
const IMAGES = Number(process.env.SOAK_IMAGES ?? 6);
const REVIEW_UID = 'plugin::film-reviews.film-review';
const STRAPI_BIN = path.join(PLAYGROUND_DIR, '..', 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

interface Outcome {
  content: string;
  status: number | 'socket';
  documentId?: string;
  ms: number;
  /** In flight when the server was killed: no answer is the expected answer. */
  atKill: boolean;
}

const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-soak-'));
fs.mkdirSync(path.join(publicDir, 'uploads'));

const seed = async (env: Record<string, string>) => {
  Object.assign(process.env, env, { PUBLIC_DIR: publicDir, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' });
  const strapi = createStrapi({ appDir: PLAYGROUND_DIR, distDir: path.join(PLAYGROUND_DIR, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();
  const slugs: string[] = [];
  for (let i = 1; i <= REVIEWS; i += 1) {
    const data = { title: `Soak review ${i} (2024)`, reviewer: 'Soak', rating: 3, film: { title: `Soak review ${i}` } };
    const review = await strapi.documents(REVIEW_UID as any).create({ data: data as any, status: 'published' });
    slugs.push(review.slug as string);
  }
  const imageIds: number[] = [];
  for (let i = 1; i <= IMAGES; i += 1) {
    const filepath = path.join(publicDir, `soak-still-${i}.jpg`);
    fs.writeFileSync(filepath, await testJpeg(2400, 1350, i));
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: {},
      files: { filepath, originalFilename: `soak-still-${i}.jpg`, mimetype: 'image/jpeg', size: fs.statSync(filepath).size },
    });
    imageIds.push(file.id);
  }
  await strapi.plugin('film-reviews').service('image-jobs').enqueue(imageIds);
  // Stored settings outlive restarts: one client address posts everything (up to 1,000 a second
  // before the limit answers 429), readers are trusted.
  await strapi.plugin('film-reviews').service('settings').update({
    rateLimit: { max: 10_000, windowSeconds: 10 },
    floodIntervalSeconds: 0,
    holdFirstTimeCommenters: false,
  });
  await strapi.destroy();
  return { slugs, imageIds };
};

const startServer = async (env: Record<string, string>, port: number) => {
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: PLAYGROUND_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_DIR: publicDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    // A server error is what a 5xx in the check points at: print it as it happens.
    for (const line of chunk.toString().split('\n')) if (/\berror\b/i.test(line)) console.error(`[server] ${line.slice(0, 500)}`);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`the playground exited with ${child.exitCode}`);
      return fetch(`http://127.0.0.1:${port}/_health`).then((r) => r.ok, () => false);
    },
    120_000,
    'the playground to answer /_health'
  ).catch((error: Error) => {
    throw new Error(`${error.message}; the playground did not start:\n${output}`);
  });
  return child;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const main = async () => {
  const database = await freshDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/api/film-reviews/reviews`;
  const { slugs } = await seed(database.env);
  // The image jobs are queued now and wait for the second kill: no worker in the comment phase.
  const env = { ...database.env, FILM_REVIEWS_IMAGE_WORKER: 'false' };
  const imageEnv = { ...database.env, FILM_REVIEWS_IMAGE_LEASE_SECONDS: '10' };
  let server: ChildProcess = await startServer(env, port);
  let up: Promise<void> = Promise.resolve();
  let killed = false;
  let killedAt = 0;
  const outcomes: Outcome[] = [];
  const started = Date.now();

  const send = async (n: number, copy: number, body: object, content: string) => {
    await up;
    const sentAt = Date.now();
    const response = await fetch(`${base}/${slugs[n % slugs.length]}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': `soak/${copy}` },
      body: JSON.stringify(body),
    }).catch(() => null);
    const ms = Date.now() - sentAt;
    const atKill = killed && sentAt <= killedAt;
    if (!response) return outcomes.push({ content, status: 'socket', ms, atKill });
    const json = await response.json().catch(() => ({}));
    outcomes.push({ content, status: response.status, documentId: json?.data?.documentId, ms, atKill });
  };

  const post = (n: number) => {
    const content = `Soak comment ${n}: the long take at the end holds for ${n % 97} seconds.`;
    const body = { data: { authorName: `Reader ${n % 500}`, authorEmail: `reader${n % 500}@soak.test`, content, company: '' } };
    return n % TWIN_EVERY === 0 ? Promise.all([send(n, 1, body, content), send(n, 2, body, content)]) : send(n, 1, body, content);
  };

  let next = 0;
  const client = async () => {
    while (next < POSTS) {
      const n = next++;
      if (!killed && n >= POSTS / 2) {
        killed = true;
        killedAt = Date.now();
        server.kill('SIGKILL');
        up = new Promise((resolve) => server.once('exit', resolve))
          .then(() => startServer(env, port))
          .then((child) => {
            server = child;
          });
      }
      await post(n);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (Date.now() - started) / 1000;
  await up;

  // Second kill: while an image job runs. Its lease runs out and it is done again, once.
  const look = soakDatabase(database.env);
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  server = await startServer(imageEnv, port);
  await look.until(async (jobs) => jobs.some((job) => job.state === 'running'), 'an image job to run');
  server.kill('SIGKILL');
  await new Promise((resolve) => server.once('exit', resolve));
  server = await startServer(imageEnv, port);
  const jobs = await look.until(async (all) => all.every((job) => job.state === 'done' || job.state === 'failed') && all, 'every image job to end');
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  const variantFiles = fs.readdirSync(path.join(publicDir, 'uploads')).filter((name) => name.includes('_fr_'));
  const variantsInResults = jobs.reduce((sum, job) => sum + (job.result?.variants?.length ?? 0), 0);
  const jobsNotDone = jobs.filter((job) => job.state !== 'done').length;
  const strayVariants = variantFiles.length - variantsInResults;

  const stored = await soakDatabase(database.env).read();
  const acknowledged = outcomes.filter((o) => o.status === 201);
  const lost = acknowledged.filter((o) => stored.byDocumentId.get(o.documentId!) !== o.content).length;
  const duplicated = [...stored.countByContent.values()].filter((count) => count > 1).length;
  // A 409 says the same comment is already stored: it must be.
  const refusedStored = outcomes.filter((o) => o.status === 409 && !stored.countByContent.has(o.content)).length;
  const serverErrors = outcomes.filter((o) => typeof o.status === 'number' && o.status >= 500).length;
  const socketErrors = outcomes.filter((o) => o.status === 'socket' && !o.atKill).length;
  const statuses = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }), {});
  const p99 = percentile(outcomes.filter((o) => typeof o.status === 'number').map((o) => o.ms), 99);

  console.log(`database ${database.env.DATABASE_CLIENT}, ${CLIENTS} clients, ${slugs.length} reviews, killed once at ${Math.round(POSTS / 2)}`);
  console.log(`statuses ${JSON.stringify(statuses)}; ${(outcomes.length / seconds).toFixed(0)} posts/s`);
  console.log(`409s with nothing stored ${refusedStored}; half-written ${stored.halfWritten}; misnumbered threads ${stored.misnumbered}`);
  console.log(`image jobs ${jobs.length}: not done ${jobsNotDone}, attempts ${jobs.map((job) => job.attempts).join('/')}, variant files ${variantFiles.length} for ${variantsInResults} in results`);
  console.log(`posted ${outcomes.length}, acknowledged ${acknowledged.length}, stored ${stored.total}, lost ${lost}, duplicated ${duplicated}, 5xx ${serverErrors}, p99 ${p99}ms`);
  await database.drop();
  fs.rmSync(publicDir, { recursive: true, force: true });
  const failed = lost + duplicated + serverErrors + socketErrors + refusedStored + stored.halfWritten + stored.misnumbered + jobsNotDone + Math.abs(strayVariants) > 0;
  if (socketErrors > 0) console.error(`${socketErrors} socket errors outside the kill`);
  process.exit(failed ? 1 : 0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
