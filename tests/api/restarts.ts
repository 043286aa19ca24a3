import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createReview, type OwnReview } from '../helpers/fixtures';
import { testOutbox } from '../helpers/outbox';
import { startSecondInstance } from '../helpers/second-instance';
import { startSmtpServer } from '../helpers/smtp';
import { testJpeg, uploadFile } from '../helpers/upload';
import { waitFor } from '../helpers/wait';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const JOB_UID = 'plugin::film-reviews.image-job';
const OUTBOX_UID = 'plugin::film-reviews.outbox-message';

/**
 * A POST whose body arrives in two parts: the server has taken the request (it answered
 * `100 Continue`) before the second part is written, so the request is in flight in between.
 */
const postInTwoParts = (url: string, body: string) =>
  new Promise<{ taken: Promise<void>; finish(): Promise<{ status: number; body: string }> }>((resolveStarted, reject) => {
    const bytes = Buffer.from(body);
    let answered: (value: { status: number; body: string }) => void;
    const response = new Promise<{ status: number; body: string }>((resolve) => (answered = resolve));
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': bytes.length, expect: '100-continue' } });
    request.on('error', reject);
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => answered({ status: res.statusCode!, body: text }));
    });
    const taken = new Promise<void>((resolve) => request.once('continue', () => resolve()));
    request.flushHeaders();
    resolveStarted({
      taken: taken.then(() => void request.write(bytes.subarray(0, 10))),
      finish: () => {
        request.end(bytes.subarray(10));
        return response;
      },
    });
  });

export const restartsSuite = (ctx: ApiContext) =>
  describe('restarts hand work back', () => {
    let review: OwnReview;
    const plugin = () => ctx.strapi.plugin('film-reviews');
    const settings = () => plugin().service('settings');
    const outbox = testOutbox(ctx);
    const post = async (data: Record<string, unknown>) => {
      const response = await fetch(`${ctx.baseUrl}/api/film-reviews/reviews/${review.slug}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data }) });
      const body = await response.json();
      assert.equal(response.status, 201, JSON.stringify(body));
      return body.data.documentId as string;
    };
    const approve = (ids: string[]) => ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids, action: 'approve' });

    before(async () => {
      review = await createReview(ctx.strapi, 'Restarts (2021)');
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 }, holdFirstTimeCommenters: true, replyNotifications: true, moderatorDigest: false });
    });
    after(async () => {
      plugin().service('outbox-worker').start();
      plugin().service('image-worker').start();
      await settings().update({ floodIntervalSeconds: 15, moderatorDigest: true });
    });

    it('a stopping worker finishes the message it sends and hands back the rest of its batch, due at once and never sent twice', async () => {
      const worker = plugin().service('outbox-worker');
      await worker.stop();
      const roots = [];
      for (let i = 0; i < 6; i += 1) roots.push(await post({ authorName: `Batch reader ${i}`, authorEmail: `batch${i}-${Date.now()}@readers.test`, content: `Batch ${i}` }));
      const firstId = await outbox.lastId();
      await approve(roots);
      const events = { id: { $gt: firstId }, kind: 'event' };
      const queued = await ctx.strapi.db.query(OUTBOX_UID).count({ where: events });
      assert.ok(queued >= 6, `one event per approved comment at least (${queued})`);

      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let sending!: () => void;
      const firstSend = new Promise<void>((resolve) => (sending = resolve));
      const emitted: unknown[] = [];
      const unsubscribe = ctx.strapi.eventHub.subscribe(async (name: string, payload: unknown) => {
        if (name !== 'comment.approved') return;
        emitted.push(payload);
        if (emitted.length === 1) {
          sending();
          await gate;
        }
      });
      try {
        worker.start();
        await firstSend;
        const running = await ctx.strapi.db.query(OUTBOX_UID).count({ where: { ...events, state: 'running' } });
        assert.ok(running > 1, `the worker holds a batch (${running} running)`);
        const stopped = worker.stop();
        release();
        await stopped;
        const rows: Array<{ state: string; attempts: number; lockedBy: string | null }> = await ctx.strapi.db.query(OUTBOX_UID).findMany({ where: events });
        assert.equal(rows.filter((row) => row.state === 'running').length, 0, 'nothing left running for a lease to expire');
        const done = rows.filter((row) => row.state === 'done' || row.state === 'skipped');
        assert.ok(done.length >= 1, 'the message being sent was finished');
        const handedBack = rows.filter((row) => row.state === 'queued');
        assert.ok(handedBack.length >= 1, 'the rest of the batch went back');
        assert.deepEqual([...new Set(handedBack.map((row) => `${row.attempts}:${row.lockedBy}`))], ['0:null'], 'handed back as never tried');

        worker.start();
        await waitFor(async () => (await ctx.strapi.db.query(OUTBOX_UID).count({ where: { ...events, state: { $in: ['queued', 'running'] } } })) === 0, 30_000, 'the rest sent');
        const after: Array<{ attempts: number }> = await ctx.strapi.db.query(OUTBOX_UID).findMany({ where: events });
        assert.ok(after.every((row) => row.attempts === 1), 'each message sent once');
        assert.equal(emitted.length, new Set(emitted.map((payload) => JSON.stringify(payload))).size, 'no event emitted twice');
      } finally {
        unsubscribe();
      }
    });

    it('on SIGTERM an instance finishes its image job and its email, leaves the rest to others at once, and answers the request in flight', { skip: (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' && 'database servers only (DATABASE_CLIENT=postgres or mysql)' }, async () => {
      const images = plugin().service('image-worker');
      const mail = plugin().service('outbox-worker');
      await Promise.all([images.stop(), mail.stop()]);
      const smtp = await startSmtpServer(ctx.smtpPort, { holding: true });
      try {
        const files = [];
        for (let i = 0; i < 3; i += 1) files.push(await uploadFile(ctx.baseUrl, ctx.apiToken, `restart-${i}.jpg`, await testJpeg(2400, 1350, 40 + i), 'image/jpeg'));
        const jobs = { fileId: { $in: files.map((file) => file.id) } };
        const readers = [];
        for (let i = 0; i < 4; i += 1) {
          const email = `restart${i}-${Date.now()}@inbox.test`;
          readers.push(email);
          const root = await post({ authorName: `Restart reader ${i}`, authorEmail: email, content: `Root ${i}`, notifyReplies: true });
          await approve([root]);
          await approve([await post({ authorName: 'Replier', authorEmail: `replier${i}-${Date.now()}@inbox.test`, content: `Reply ${i}`, parent: root })]);
        }
        const replies = { kind: 'reply', state: { $ne: 'done' } };
        assert.equal(await ctx.strapi.db.query(OUTBOX_UID).count({ where: replies }), 4);

        const second = await startSecondInstance();
        const ofSecond = { $contains: `:${second.process.pid}:` };
        await waitFor(async () => smtp.held() === 1 && (await ctx.strapi.db.query(JOB_UID).count({ where: { ...jobs, state: 'running', lockedBy: ofSecond } })) === 1, 60_000, 'the second instance sending an email and making variants');

        const request = await postInTwoParts(`${second.url}/api/film-reviews/reviews/${review.slug}/comments`, JSON.stringify({ data: { authorName: 'Mid-shutdown', authorEmail: `mid-${Date.now()}@readers.test`, content: 'Posted while the instance stops.' } }));
        await request.taken;
        const exited = second.stop();
        await waitFor(() => second.output().includes('answering 1 request(s) in flight before shutting down'), 30_000, 'the instance to hold its connections while it stops');
        smtp.release();
        // Its workers are done: only the request keeps the instance from closing its connections.
        await waitFor(async () => smtp.messages.length === 1 && (await ctx.strapi.db.query(JOB_UID).count({ where: { ...jobs, state: 'running' } })) === 0, 30_000, 'the workers to finish');
        const answer = await request.finish();
        assert.equal(answer.status, 201, `the request in flight is answered: ${answer.body}`);
        await exited;

        const jobRows: Array<{ state: string; attempts: number }> = await ctx.strapi.db.query(JOB_UID).findMany({ where: jobs });
        assert.equal(jobRows.filter((job) => job.state === 'running').length, 0, 'no image job left for its lease to expire');
        assert.ok(jobRows.some((job) => job.state === 'done'), 'the job being made was finished');
        assert.equal(await ctx.strapi.db.query(OUTBOX_UID).count({ where: { kind: 'reply', state: 'running' } }), 0, 'no email left running');
        assert.equal(smtp.messages.length, 1, 'the email being sent was sent, and no other was started');
        assert.equal(await ctx.strapi.db.query(COMMENT_UID).count({ where: { authorName: 'Mid-shutdown' } }), 1);

        // This instance takes the rest at once: well inside the leases (120 s for emails, 600 s for images).
        images.start();
        mail.start();
        await waitFor(async () => (await ctx.strapi.db.query(JOB_UID).count({ where: { ...jobs, state: 'done' } })) === files.length, 60_000, 'every image job done');
        for (const email of readers) await smtp.waitFor((received) => received.to.includes(email), { timeoutMs: 30_000 });
        for (const email of readers) assert.equal(smtp.messages.filter((received) => received.to.includes(email)).length, 1, `one email to ${email}`);
        const finished: Array<{ attempts: number }> = await ctx.strapi.db.query(JOB_UID).findMany({ where: jobs });
        assert.ok(finished.every((job) => job.attempts === 1), `each image made once: ${JSON.stringify(finished.map((job) => job.attempts))}`);
      } finally {
        smtp.release();
        images.start();
        mail.start();
        await smtp.stop();
      }
    });
  });
