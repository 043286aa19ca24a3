import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { PLAYGROUND_DIR } from '../helpers/strapi';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';
import { startSmtpServer } from '../helpers/smtp';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * A second Strapi process on the same database, as a scaled deployment runs it. Only on a
 * database server (CI's PostgreSQL and MariaDB passes): a SQLite file is one machine's by design.
 */
export const instancesSuite = (ctx: ApiContext) =>
  describe('two instances on one database', { skip: (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' && 'database servers only (DATABASE_CLIENT=postgres or mysql)' }, () => {
    let second: ChildProcess;
    let secondUrl: string;
    const comments = `/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`;
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');

    before(async () => {
      const port = await freePort();
      secondUrl = `http://127.0.0.1:${port}`;
      second = spawn(process.execPath, [path.join(PLAYGROUND_DIR, '..', 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
        cwd: PLAYGROUND_DIR,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: 'ignore',
      });
      const deadline = Date.now() + 120_000;
      for (;;) {
        const ok = await fetch(`${secondUrl}/_health`).then((r) => r.status === 204, () => false);
        if (ok) break;
        if (Date.now() > deadline) throw new Error('the second instance did not start');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    });
    after(() => {
      second?.kill('SIGTERM');
    });

    it('shares the flood interval, the duplicate check and the rate limit', async () => {
      const a = http(ctx.baseUrl);
      const b = http(secondUrl);
      await settings().update({ floodIntervalSeconds: 30, rateLimit: { max: 10_000, windowSeconds: 600 } });
      const comment = (email: string, content: string) => ({ data: { authorName: 'Twin', authorEmail: email, content } });

      assert.equal((await a.post(comments, comment('twin1@readers.test', 'first, on A'))).status, 201);
      const flood = await b.post(comments, comment('twin1@readers.test', 'second, on B'));
      assert.equal(flood.status, 429, 'B knows A just took a comment from this email');
      assert.ok(Number(flood.headers.get('retry-after')) > 0);
      assert.equal((await b.post(comments, comment('twin1@readers.test', 'first, on A'))).status, 409);

      // Both at once, one email: exactly one gets through.
      const race = await Promise.all([
        a.post(comments, comment('twin2@readers.test', 'race on A')),
        b.post(comments, comment('twin2@readers.test', 'race on B')),
      ]);
      assert.deepEqual(race.map((r) => r.status).sort(), [201, 429]);

      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 4, windowSeconds: 600 } });
      await ctx.strapi.db.query('plugin::film-reviews.comment-limit').deleteMany({ where: { key: { $startsWith: 'ip:' } } });
      try {
        const statuses = [];
        for (let i = 0; i < 6; i += 1) {
          const client = i % 2 === 0 ? a : b;
          statuses.push((await client.post(comments, comment(`burst${i}@readers.test`, `burst ${i}`))).status);
        }
        assert.deepEqual(statuses, [201, 201, 201, 201, 429, 429], 'the limit counts posts to both instances');
      } finally {
        await settings().update({ floodIntervalSeconds: 15, rateLimit: { max: 10_000, windowSeconds: 600 } });
        await ctx.strapi.db.query('plugin::film-reviews.comment-limit').deleteMany({ where: { key: { $startsWith: 'ip:' } } });
      }
    });

    it('sends each email once when both instances send the outbox', async () => {
      const smtp = await startSmtpServer(ctx.smtpPort);
      const outboxWorker = ctx.strapi.plugin('film-reviews').service('outbox-worker');
      await settings().update({ floodIntervalSeconds: 0, replyNotifications: true, moderatorDigest: false });
      try {
        const a = http(ctx.baseUrl);
        const post = async (data: Record<string, unknown>) => {
          const response = await a.post(comments, { data: { company: '', ...data } });
          assert.equal(response.status, 201, JSON.stringify(response.body));
          return response.body.data.documentId as string;
        };
        const roots = [];
        for (let i = 0; i < 12; i += 1) roots.push(await post({ authorName: `Twin reader ${i}`, authorEmail: `twin-reader${i}@inbox.test`, content: `Root ${i}`, notifyReplies: true }));
        await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: roots, action: 'approve' });
        const replies = [];
        for (let i = 0; i < 12; i += 1) replies.push(await post({ authorName: 'Twin replier', authorEmail: `twin-replier${i}@inbox.test`, content: `Reply ${i}`, parent: roots[i] }));
        // Queued while this instance's worker is off, so the second starts on them; then both race.
        await outboxWorker.stop();
        await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: replies, action: 'approve' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        outboxWorker.start();
        for (let i = 0; i < 12; i += 1) await smtp.waitFor((mail) => mail.to.includes(`twin-reader${i}@inbox.test`), { timeoutMs: 30_000 });
        await new Promise((resolve) => setTimeout(resolve, 2000));
        for (let i = 0; i < 12; i += 1) assert.equal(smtp.messages.filter((mail) => mail.to.includes(`twin-reader${i}@inbox.test`)).length, 1, `reader ${i}`);
      } finally {
        outboxWorker.start();
        await settings().update({ floodIntervalSeconds: 15, moderatorDigest: true });
        await smtp.stop();
      }
    });
  });
