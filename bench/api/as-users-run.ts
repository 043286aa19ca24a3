/**
 * The playground as `npm run demo` runs it: `strapi start` in its own process (its config, the
 * demo content, both workers on, request logging to a file), on a temporary database. Measures
 * the demo thread's first page at one connection while idle and while comments are posted
 * through the route (approved, so the thread changes and the outbox sends webhook events), and
 * a posting burst of 8 clients as a reader-facing check would run it.
 */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import { load, percentiles } from './measure';

const PLAYGROUND = path.resolve(__dirname, '../../playground');
const ADMIN = { email: 'admin@example.com', password: 'Admin12345!' };
/** A reader with an approved comment in the demo thread: their comments are approved at once. */
const RETURNING_READER = 'maren@example.org';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

const waitUntil = async (what: string, ready: () => Promise<boolean>, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > until) throw new Error(`as-users-run: ${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

export interface AsUsersRun {
  idle: { p50: number; mean: number; rps: number };
  whilePosting: { p50: number; mean: number; rps: number; postsPerSecond: number; posted: number };
  burst: { clients: number; posts: number; postsPerSecond: number; p50: number; p99: number; failed: number };
}

export const asUsersRun = async ({ seconds, burstPosts = 1500, steadyPostsPerSecond = 20 }: { seconds: number; burstPosts?: number; steadyPostsPerSecond?: number }): Promise<AsUsersRun & { events: Record<string, number> }> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-as-users-run-'));
  fs.mkdirSync(path.join(dir, 'uploads'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = fs.openSync(path.join(dir, 'strapi.log'), 'a');
  const app = spawn('npx', ['strapi', 'start'], {
    cwd: PLAYGROUND,
    stdio: ['ignore', log, log],
    detached: true,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'data.db'),
      PUBLIC_DIR: dir,
      FILM_REVIEWS_DEMO_SEED: 'true',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    },
  });
  const exited = new Promise<void>((resolve) => app.once('exit', () => resolve()));
  let measured: AsUsersRun;
  try {
    await waitUntil('the start', async () => (await fetch(`${base}/_health`)).status === 204, 180_000);
    const login: any = await (await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).json();
    const admin = { 'content-type': 'application/json', authorization: `Bearer ${login.data.token}` };
    // One address posts for thousands of readers: the limits a site sets for real readers would refuse it.
    const settings = await fetch(`${base}/film-reviews/settings`, { method: 'PUT', headers: admin, body: JSON.stringify({ data: { rateLimit: { max: 10_000, windowSeconds: 3600 }, floodIntervalSeconds: 0 } }) });
    if (settings.status !== 200) throw new Error(`as-users-run: settings answered ${settings.status}`);
    // The demo's stills are processed after the start; measure once the image worker is idle.
    await waitUntil('the demo images', async () => {
      const { data }: any = await (await fetch(`${base}/film-reviews/images/status`, { headers: admin })).json();
      return data.counts.queued + data.counts.running === 0;
    }, 300_000);

    const thread = `${base}/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`;
    let sent = 0;
    const post = async () => {
      sent += 1;
      const started = performance.now();
      const response = await fetch(thread, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { authorName: 'Maren', authorEmail: RETURNING_READER, content: `As users run it, comment ${sent} (${process.pid}).` } }),
      });
      await response.arrayBuffer();
      return { ok: response.status === 201, ms: performance.now() - started };
    };
    for (let i = 0; i < 3; i += 1) await fetch(thread).then((response) => response.arrayBuffer());
    const idle = await load(thread, { connections: 1, seconds });

    // A steady stream of approved comments while one client reads.
    let posting = true;
    let steadyPosted = 0;
    const steady = (async () => {
      const started = performance.now();
      while (posting) {
        const due = started + (steadyPosted * 1000) / steadyPostsPerSecond;
        if (performance.now() < due) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
        if ((await post()).ok) steadyPosted += 1;
      }
      return steadyPosted / ((performance.now() - started) / 1000);
    })();
    const whilePosting = await load(thread, { connections: 1, seconds });
    posting = false;
    const postsPerSecond = await steady;

    // The burst: 8 clients, as many posts as they can.
    const latencies: number[] = [];
    let failed = 0;
    let next = 0;
    const burstStarted = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < burstPosts) {
          next += 1;
          const { ok, ms } = await post();
          latencies.push(ms);
          if (!ok) failed += 1;
        }
      })
    );
    const burstSeconds = (performance.now() - burstStarted) / 1000;
    const { p50, p99 } = percentiles(latencies);
    measured = {
      idle: { p50: idle.p50, mean: Math.round(idle.mean * 100) / 100, rps: idle.rps },
      whilePosting: { p50: whilePosting.p50, mean: Math.round(whilePosting.mean * 100) / 100, rps: whilePosting.rps, postsPerSecond: Math.round(postsPerSecond * 10) / 10, posted: steadyPosted },
      burst: { clients: 8, posts: burstPosts, postsPerSecond: Math.round((burstPosts / burstSeconds) * 10) / 10, p50, p99, failed },
    };
  } finally {
    // npx starts Strapi in a process group of its own: stop the group.
    try {
      process.kill(-app.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
    fs.closeSync(log);
  }
  try {
    // What the outbox did with the webhook events the comments queued, read from the stopped app's database.
    const db = new Database(path.join(dir, 'data.db'), { readonly: true });
    const rows = db.prepare("SELECT state, COUNT(*) AS n FROM film_reviews_outbox WHERE kind = 'event' GROUP BY state").all() as Array<{ state: string; n: number }>;
    db.close();
    return { ...measured, events: Object.fromEntries(rows.map((row) => [row.state, row.n])) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
