import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { http as client } from '../helpers/http';
import { createReview, type OwnReview } from '../helpers/fixtures';
import { testOutbox } from '../helpers/outbox';
import { waitFor } from '../helpers/wait';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const EVENTS = ['comment.approved', 'comment.removed', 'review.comments-changed'];

let counter = 0;
const author = () => {
  counter += 1;
  return { authorName: `Eventful ${counter}`, authorEmail: `eventful${counter}@inbox.test`, company: '' };
};

/** Webhook events to a local HTTP receiver, and reader reports. */
export const eventsAndReportsSuite = (ctx: ApiContext) =>
  describe('webhook events and reader reports', () => {
    let receiver: http.Server;
    let received: any[] = [];
    let review: OwnReview;
    /** The outbox's last row before the events a test counts. */
    let countedAfter = 0;
    const comments = () => `/api/film-reviews/reviews/${review.slug}/comments`;
    const outbox = testOutbox(ctx);
    const visitor = () => client(ctx.baseUrl);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const post = async (extra: Record<string, unknown> = {}) => {
      const response = await visitor().post(comments(), { data: { ...author(), content: `Eventful words ${Math.random()}`, ...extra } });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body.data.documentId as string;
    };
    const moderate = (ids: string[], action: string) => ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids, action });
    /**
     * Sent by the outbox, then posted by Strapi's webhook runner on its own time: until every
     * event the outbox sent since the count began has reached the receiver, and no more.
     */
    const settled = async () => {
      await outbox.drained(['event']);
      // Sent, not skipped: of several review.comments-changed about one review in a batch, one goes out.
      const sent = await outbox.rows().count({ where: { kind: 'event', state: 'done', id: { $gt: countedAfter } } });
      await waitFor(() => received.length >= sent, 15_000, `${sent} webhook deliveries (${received.length} so far)`);
      assert.equal(received.length, sent, 'one delivery per event sent');
    };
    /** Forgets what was received; counts from the outbox's last row. */
    const countFromNow = async () => {
      await settled();
      countedAfter = await outbox.lastId();
      received = [];
    };
    const named = (event: string) => received.filter((body) => body.event === event);

    before(async () => {
      // Earlier suites' events go nowhere while no webhook listens for them.
      await outbox.drained(['event']);
      receiver = http.createServer((request, response) => {
        let text = '';
        request.on('data', (chunk) => (text += chunk));
        request.on('end', () => {
          received.push(JSON.parse(text));
          response.end('ok');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`;
      const created = await ctx.admin.post('/admin/webhooks', { name: 'frontend', url, headers: {}, events: EVENTS });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 }, moderatorDigest: false });
      review = await createReview(ctx.strapi, 'Webhook events (2024)');
      countedAfter = await outbox.lastId();
    });
    after(async () => {
      await settings().update({ floodIntervalSeconds: 15, reportThreshold: 3, spoilerReportsMark: true, moderatorDigest: true });
      await new Promise((resolve) => receiver.close(resolve));
    });

    it('a bulk approval of 20 comments on one review sends 20 comment.approved and one review.comments-changed, after the commit', async () => {
      const ids = [];
      for (let i = 0; i < 20; i += 1) ids.push(await post());
      await settled();
      assert.equal(received.length, 0, 'pending comments change no public page');
      assert.equal((await moderate(ids, 'approve')).status, 200);
      await settled();
      assert.equal(named('comment.approved').length, 20);
      assert.deepEqual(new Set(named('comment.approved').map((body) => body.comment.documentId)), new Set(ids));
      const [changed, ...extra] = named('review.comments-changed');
      assert.equal(extra.length, 0, 'one event per change and review');
      assert.deepEqual(changed.review, { documentId: review.documentId, slug: review.slug });
      assert.ok(changed.createdAt);

      await countFromNow();
      assert.equal((await moderate(ids.slice(0, 2), 'spam')).status, 200);
      await settled();
      assert.deepEqual(named('comment.removed').map((body) => body.comment.reason), ['spam', 'spam']);
      assert.equal(named('review.comments-changed').length, 1);
      assert.equal(received.length, 3);
    });

    it('approvals one after another while the outbox waits send every comment.approved and one review.comments-changed, the others kept as skipped', async () => {
      const ids = [];
      for (let i = 0; i < 5; i += 1) ids.push(await post());
      await countFromNow();
      const worker = ctx.strapi.plugin('film-reviews').service('outbox-worker');
      await worker.stop();
      try {
        for (const id of ids) assert.equal((await moderate([id], 'approve')).status, 200);
      } finally {
        worker.start();
      }
      await settled();
      assert.deepEqual(new Set(named('comment.approved').map((body) => body.comment.documentId)), new Set(ids));
      assert.equal(named('review.comments-changed').length, 1);
      const skipped = await outbox.rows().findMany({ where: { kind: 'event', state: 'skipped', id: { $gt: countedAfter } } });
      assert.equal(skipped.length, 4);
      assert.ok(skipped.every((row: any) => row.reviewDocumentId === review.documentId && row.commentDocumentId === null));
    });

    it('webhooks refuse events nobody registered; the plugin registered its three', async () => {
      const refused = await ctx.admin.post('/admin/webhooks', { name: 'x', url: 'http://127.0.0.1:9/x', headers: {}, events: ['comment.invented'] });
      assert.equal(refused.status, 400);
    });

    it('reports: one per client counted, the threshold sends a comment back to moderation, a moderator dismisses them', async () => {
      await settings().update({ reportThreshold: 3, spoilerReportsMark: true });
      const id = await post();
      await moderate([id], 'approve');
      const report = (reason: string) => visitor().post(`/api/film-reviews/comments/${id}/report`, { data: { reason } });
      assert.equal((await report('abuse')).status, 201);
      const again = await report('spam');
      assert.equal(again.status, 200);
      assert.equal(again.body.data.counted, false, 'one report per client and comment');
      // Two more readers at other addresses (the HTTP tests all come from 127.0.0.1).
      const reports = ctx.strapi.plugin('film-reviews').service('reports');
      await reports.report(id, 'spam', { ip: '203.0.113.7' });
      let row = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: id } });
      assert.equal(row.moderationStatus, 'approved', 'two reports: still up');
      await countFromNow();
      await reports.report(id, 'abuse', { ip: '203.0.113.8' });
      row = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: id } });
      assert.equal(row.moderationStatus, 'pending', 'the third sends it back to the queue');
      await settled();
      assert.deepEqual(named('comment.removed').map((body) => body.comment.reason), ['pending']);

      const listed = await ctx.admin.get(`/film-reviews/moderation/comments?status=pending&q=${encodeURIComponent(row.authorName)}`);
      assert.deepEqual(listed.body.data[0].reports, { count: 3, reasons: { abuse: 2, spam: 1 } });
      const dismissed = await ctx.admin.post(`/film-reviews/moderation/comments/${id}/reports/dismiss`, {});
      assert.equal(dismissed.status, 200);
      assert.equal(dismissed.body.data.dismissed, 3);
      const after = await ctx.admin.get(`/film-reviews/moderation/comments?status=pending&q=${encodeURIComponent(row.authorName)}`);
      assert.equal(after.body.data[0].reports.count, 0);
      assert.equal((await report('spam')).status, 404, 'only published comments can be reported');
    });

    it('spoiler reports mark the comment as containing spoilers instead of hiding it', async () => {
      const id = await post({ content: 'Ruth dies before the end of the film.' });
      await moderate([id], 'approve');
      const reports = ctx.strapi.plugin('film-reviews').service('reports');
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) await reports.report(id, 'spoiler', { ip });
      const row = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: id } });
      assert.equal(row.moderationStatus, 'approved');
      assert.equal(row.containsSpoilers, true);
      const thread = await visitor().get(`${comments()}?sort=newest&pagination[pageSize]=100`);
      const shown = JSON.stringify(thread.body);
      assert.ok(!shown.includes('Ruth dies'), 'hidden behind the spoiler switch');
    });

    it('reports are refused for unknown comments, bad reasons, and over the rate limit', async () => {
      const id = await post();
      await moderate([id], 'approve');
      assert.equal((await visitor().post('/api/film-reviews/comments/nosuchcomment/report', { data: { reason: 'spam' } })).status, 404);
      const bad = await visitor().post(`/api/film-reviews/comments/${id}/report`, { data: { reason: 'boring' } });
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.error.details.errors[0].path, ['data', 'reason']);
      const other = await post();
      await moderate([other], 'approve');
      // A fresh window for this address's reports, then room for one.
      await ctx.strapi.db.query('plugin::film-reviews.comment-limit').deleteMany({ where: { key: { $startsWith: 'report:' } } });
      await settings().update({ rateLimit: { max: 1, windowSeconds: 600 } });
      try {
        const first = await visitor().post(`/api/film-reviews/comments/${id}/report`, { data: { reason: 'spam' } });
        assert.ok([200, 201].includes(first.status), String(first.status));
        const limited = await visitor().post(`/api/film-reviews/comments/${other}/report`, { data: { reason: 'spam' } });
        assert.equal(limited.status, 429);
        assert.ok(Number(limited.headers.get('retry-after')) > 0);
      } finally {
        await settings().update({ rateLimit: { max: 10_000, windowSeconds: 600 } });
      }
    });
  });
