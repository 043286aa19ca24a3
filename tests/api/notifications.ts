import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp';
import { createReview, type OwnReview } from '../helpers/fixtures';
import { testOutbox } from '../helpers/outbox';
import { waitFor } from '../helpers/wait';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const PATTERN = 'https://films.example/reviews/{slug}#comment-{documentId}';

let counter = 0;
const reader = (name: string) => {
  counter += 1;
  return { authorName: `${name} ${counter}`, authorEmail: `${name.toLowerCase()}${counter}@inbox.test` };
};

/** Email through the real email plugin and nodemailer to a real SMTP server in this process. */
export const notificationsSuite = (ctx: ApiContext) =>
  describe('notifications: outbox, reply emails, digest', () => {
    let smtp: TestSmtpServer;
    let review: OwnReview;
    const comments = () => `/api/film-reviews/reviews/${review.slug}/comments`;
    const visitor = () => http(ctx.baseUrl);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const { rows: outbox, drained, retryNow } = testOutbox(ctx);
    const post = async (author: { authorName: string; authorEmail: string }, extra: Record<string, unknown> = {}) => {
      const response = await visitor().post(comments(), { data: { ...author, content: `Words from ${author.authorName} ${Math.random()}`, company: '', ...extra } });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body.data.documentId as string;
    };
    const moderate = async (ids: string[], action: 'approve' | 'spam' | 'restore') => {
      const response = await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids, action });
      assert.equal(response.status, 200, JSON.stringify(response.body));
    };
    const to = (email: string) => (mail: ReceivedMail) => mail.to.includes(email);
    /**
     * Proof that nothing more is on its way: a reply email queued after everything before it
     * arrives. The worker sends due messages one at a time in the order they were queued.
     */
    const sentinelArrived = async () => {
      const watcher = reader('Sentinel');
      const root = await post(watcher, { notifyReplies: true });
      await moderate([root], 'approve');
      await moderate([await post(reader('Pinger'), { parent: root })], 'approve');
      await smtp.waitFor(to(watcher.authorEmail));
    };
    const unsubscribePath = (mail: ReceivedMail) => {
      const url = /<([^>]+)>/.exec(mail.headers['list-unsubscribe'])![1];
      return `${new URL(url).pathname}${new URL(url).search}`;
    };

    before(async () => {
      review = await createReview(ctx.strapi, 'Reply emails (2024)');
      smtp = await startSmtpServer(ctx.smtpPort);
      await settings().update({
        floodIntervalSeconds: 0,
        rateLimit: { max: 10_000, windowSeconds: 600 },
        replyNotifications: true,
        commentUrlPattern: PATTERN,
        moderatorDigest: false,
      });
      await drained();
    });
    after(async () => {
      await settings().update({ floodIntervalSeconds: 15, moderatorDigest: true, digestRecipients: [], commentUrlPattern: '' });
      await smtp.stop();
    });

    it('emails the first commenter once when a reply is approved, with the reply, a link and a working unsubscribe link', async () => {
      const maren = reader('Maren');
      const first = await post(maren, { notifyReplies: true });
      await moderate([first], 'approve');
      const sam = reader('Sam');
      const reply = await post(sam, { parent: first, content: 'I cried at the end too.\n\nThe fields scene!' });
      assert.equal(await outbox().count({ where: { dedupeKey: `reply:${reply}` } }), 0, 'nothing queued while the reply waits for a moderator');
      await sentinelArrived();
      assert.equal(smtp.messages.filter(to(maren.authorEmail)).length, 0, 'no email while the reply waits for a moderator');

      await moderate([reply], 'approve');
      const [mail] = await smtp.waitFor(to(maren.authorEmail));
      assert.equal(mail.subject, `${sam.authorName} replied to your comment on ${review.title}`);
      assert.match(mail.headers.from, /reviews@example\.com/);
      assert.match(mail.text, /> I cried at the end too\./);
      assert.ok(mail.text.includes(`https://films.example/reviews/${review.slug}#comment-${reply}`), mail.text);
      assert.match(mail.html, /<blockquote><p>I cried at the end too\.<\/p><p>The fields scene!<\/p><\/blockquote>/);
      assert.match(mail.headers['list-unsubscribe'], /^<http:\/\/[^>]+\/api\/film-reviews\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
      assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
      assert.ok(mail.text.includes(/<([^>]+)>/.exec(mail.headers['list-unsubscribe'])![1]), 'the body carries the same link');

      // Moderated back and forth, the same reply never mails twice.
      await moderate([reply], 'restore');
      await moderate([reply], 'approve');
      await sentinelArrived();
      assert.equal(smtp.messages.filter(to(maren.authorEmail)).length, 1);
      const row = await outbox().findOne({ where: { dedupeKey: `reply:${reply}` } });
      assert.equal(row.state, 'done');
      const listed = await ctx.admin.get(`/film-reviews/moderation/comments?q=${encodeURIComponent(sam.authorName)}`);
      assert.ok(listed.body.data[0].notifications.some((n: any) => n.kind === 'reply' && n.state === 'done' && n.sentAt), 'the moderation view shows what was sent');

      // The link works without a login, tampered tokens do not, and no further reply mails Maren.
      const tampered = unsubscribePath(mail).replace(/.(?=$)/, (c) => (c === 'A' ? 'B' : 'A'));
      assert.equal((await visitor().get(tampered)).status, 400);
      const page = await fetch(`${ctx.baseUrl}${unsubscribePath(mail)}`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /no more emails about replies/);
      assert.equal((await visitor().post(unsubscribePath(mail))).status, 200, 'RFC 8058 one-click POST, twice is fine');
      assert.equal((await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: first } })).notifyReplies, false);
      const late = await post(reader('Late'), { parent: first });
      await moderate([late], 'approve');
      await sentinelArrived();
      assert.equal(smtp.messages.filter(to(maren.authorEmail)).length, 1);
    });

    it('never emails about a pending or spam reply, nor a reader about their own reply', async () => {
      const jo = reader('Jo');
      const root = await post(jo, { notifyReplies: true });
      await moderate([root], 'approve');
      const own = await post(jo, { parent: root, content: 'Adding to my own point.' });
      const pending = await post(reader('Pending'), { parent: root });
      const spam = await post(reader('Spammer'), { parent: root, company: 'bot-filled honeypot' });
      const stored = await ctx.strapi.db.query(COMMENT_UID).findMany({ where: { documentId: { $in: [own, pending, spam] } } });
      assert.deepEqual(stored.map((c: any) => c.moderationStatus).sort(), ['approved', 'pending', 'spam'], 'returning reader approved, first-timer held, honeypot spam');
      await sentinelArrived();
      assert.equal(smtp.messages.filter(to(jo.authorEmail)).length, 0);
      const thread = JSON.stringify((await visitor().get(comments())).body);
      assert.ok(!thread.includes('notifyReplies'), 'the subscription is private');
    });

    it('a dead SMTP server neither fails nor slows a comment POST; the email goes out once it is back', async () => {
      const ada = reader('Ada');
      const root = await post(ada, { notifyReplies: true });
      await moderate([root], 'approve');
      await smtp.stop();
      const started = performance.now();
      const reply = await post(reader('Friend'), { parent: root });
      const postMs = performance.now() - started;
      assert.ok(postMs < 1000, `POST took ${postMs} ms`);
      await moderate([reply], 'approve');
      // The first attempt fails and is queued again with its error.
      const row = await waitFor(
        () => outbox().findOne({ where: { dedupeKey: `reply:${reply}`, attempts: { $gte: 1 }, state: 'queued' } }),
        10_000,
        'the failed send to wait for its retry'
      );
      assert.match(row.error, /ECONNREFUSED|connect/i);
      smtp = await startSmtpServer(ctx.smtpPort);
      await retryNow();
      await smtp.waitFor(to(ada.authorEmail));
      await drained();
      assert.equal(smtp.messages.filter(to(ada.authorEmail)).length, 1);
    });

    it('sends each queued email exactly once across a restart', async () => {
      const readers = [reader('Ines'), reader('Kofi'), reader('Lea')];
      const roots = [];
      for (const author of readers) roots.push(await post(author, { notifyReplies: true }));
      await moderate(roots, 'approve');
      await smtp.stop();
      const replies = [];
      for (const root of roots) replies.push(await post(reader('Replier'), { parent: root }));
      await moderate(replies, 'approve');
      await ctx.restart();
      smtp = await startSmtpServer(ctx.smtpPort);
      // The sends that failed while the server was down wait for their backed-off retries.
      await retryNow();
      for (const author of readers) await smtp.waitFor(to(author.authorEmail));
      await drained();
      await sentinelArrived();
      for (const author of readers) assert.equal(smtp.messages.filter(to(author.authorEmail)).length, 1, author.authorEmail);
    });

    it('sends moderators one digest per interval listing the waiting comments, and stops on unsubscribe', async () => {
      const moderators = 'mods@inbox.test';
      // Earlier suites armed a digest while no SMTP server listened: its retry may be minutes away.
      await outbox().deleteMany({ where: { dedupeKey: 'moderator-digest' } });
      await settings().update({ moderatorDigest: true, digestRecipients: [moderators], digestIntervalMinutes: 30 });
      const waiting = reader('Waiting');
      await post(waiting);
      const [digest] = await smtp.waitFor((mail) => mail.to.includes(moderators) && mail.text.includes(waiting.authorName));
      assert.match(digest.subject, /^\d+ comments? waits? for moderation$/);
      assert.match(digest.text, /Moderate them: http:\/\/[^\s]+\/admin\/plugins\/film-reviews\/moderation/);
      assert.equal(digest.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');

      const second = reader('Second');
      await post(second);
      await sentinelArrived();
      assert.equal(smtp.messages.filter(to(moderators)).length, 1, 'at most one digest per interval');
      const row = await outbox().findOne({ where: { dedupeKey: 'moderator-digest' } });
      assert.equal(row.state, 'queued');
      const wait = new Date(row.runAfter).getTime() - new Date(row.sentAt).getTime();
      assert.ok(Math.abs(wait - 30 * 60_000) < 1000, `next digest due ${wait} ms after the last`);

      // The interval passes: the next digest lists both.
      await outbox().update({ where: { id: row.id }, data: { runAfter: new Date() } });
      const [next] = await smtp.waitFor((mail) => mail.to.includes(moderators) && mail.text.includes(second.authorName));
      assert.ok(next.text.includes(waiting.authorName));

      // Unsubscribed, the moderator gets no more.
      assert.equal((await fetch(`${ctx.baseUrl}${unsubscribePath(next)}`)).status, 200);
      await outbox().update({ where: { id: row.id }, data: { runAfter: new Date(), sentAt: null } });
      await post(reader('Third'));
      await outbox().update({ where: { id: row.id }, data: { runAfter: new Date() } });
      // Due now, the digest goes before the sentinel's email.
      await sentinelArrived();
      assert.equal(smtp.messages.filter(to(moderators)).length, 2);

      // Off by a setting.
      await settings().update({ moderatorDigest: false });
      const before = (await outbox().findOne({ where: { id: row.id } })).state;
      await post(reader('Fourth'));
      assert.equal((await outbox().findOne({ where: { id: row.id } })).state, before);
    });

    it('validates the notification settings on the server', async () => {
      const bad = await ctx.admin.put('/film-reviews/settings', { data: { commentUrlPattern: 'javascript:alert(1)', digestIntervalMinutes: 0, digestRecipients: ['nope'], reportThreshold: 0 } });
      assert.equal(bad.status, 400);
      const paths = [...new Set(bad.body.error.details.errors.map((error: any) => error.path.join('.')))].sort();
      assert.deepEqual(paths, ['commentUrlPattern', 'digestIntervalMinutes', 'digestRecipients.0', 'reportThreshold']);
    });
  });
