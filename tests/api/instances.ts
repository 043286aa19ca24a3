import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { createReview } from '../helpers/fixtures';
import { testOutbox } from '../helpers/outbox';
import { startSecondInstance, type SecondInstance } from '../helpers/second-instance';
import { startSmtpServer } from '../helpers/smtp';
import { waitFor } from '../helpers/wait';
import type { ApiContext } from './context';

/**
 * A second Strapi process on the same database, as a scaled deployment runs it. Only on a
 * database server (CI's PostgreSQL and MariaDB passes): a SQLite file is one machine's by design.
 */
export const instancesSuite = (ctx: ApiContext) =>
  describe('two instances on one database', { skip: (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' && 'database servers only (DATABASE_CLIENT=postgres or mysql)' }, () => {
    let second: SecondInstance;
    let secondUrl: string;
    let comments: string;
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    /** SIGTERM: Strapi stops its workers, which finish the jobs in flight, then exits. */
    const stopSecond = () => second.stop();

    before(async () => {
      comments = `/api/film-reviews/reviews/${(await createReview(ctx.strapi, 'Two instances (2024)')).slug}/comments`;
      second = await startSecondInstance();
      secondUrl = second.url;
    });
    after(async () => {
      if (second) await stopSecond();
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
      const outbox = testOutbox(ctx);
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
        const replyRows = { dedupeKey: { $in: replies.map((reply) => `reply:${reply}`) } };
        await waitFor(async () => (await outbox.rows().count({ where: { ...replyRows, state: { $ne: 'queued' } } })) > 0, 30_000, 'the second instance to take a message');
        outboxWorker.start();
        for (let i = 0; i < 12; i += 1) await smtp.waitFor((mail) => mail.to.includes(`twin-reader${i}@inbox.test`), { timeoutMs: 30_000 });
        await waitFor(async () => (await outbox.rows().count({ where: { ...replyRows, state: 'done' } })) === 12, 30_000, 'every message sent');
        // Both instances stopped, each after its sends in flight: whatever they sent has arrived.
        await outboxWorker.stop();
        await stopSecond();
        for (let i = 0; i < 12; i += 1) assert.equal(smtp.messages.filter((mail) => mail.to.includes(`twin-reader${i}@inbox.test`)).length, 1, `reader ${i}`);
      } finally {
        outboxWorker.start();
        await settings().update({ floodIntervalSeconds: 15, moderatorDigest: true });
        await smtp.stop();
      }
    });
  });
