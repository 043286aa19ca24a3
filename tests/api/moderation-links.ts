import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { adminWithActions } from '../helpers/admin';
import { createReview, type OwnReview } from '../helpers/fixtures';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp';
import { testOutbox } from '../helpers/outbox';
import { moderationToken, readModerationToken } from '../../server/src/moderation-links/link-token';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const EVENT_UID = 'plugin::film-reviews.moderation-event';
const MODERATE = `plugin::film-reviews.comments.moderate`;
const READ = `plugin::film-reviews.comments.read`;
const HTML = { accept: 'text/html,application/xhtml+xml' };

/** The approve, spam and reject links a digest's text lists under a comment of this author. */
const linksFor = (mail: ReceivedMail, authorName: string) => {
  const lines = mail.text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`- ${authorName} on`));
  assert.ok(at >= 0, `the digest lists ${authorName}`);
  const link = (label: string) => {
    const line = lines.slice(at + 1, at + 4).find((candidate) => candidate.trim().startsWith(`${label}: `));
    return line ? new URL(line.trim().slice(label.length + 2)) : null;
  };
  return { approve: link('Approve'), spam: link('Spam'), reject: link('Reject') };
};

export const moderationLinksSuite = (ctx: ApiContext) =>
  describe('moderation from the inbox', () => {
    let smtp: TestSmtpServer;
    let review: OwnReview;
    let moderator: { id: number; email: string };
    let serial = 0;
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const { rows: outbox } = testOutbox(ctx);
    const stored = (documentId: string) => ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId } });
    const page = (url: URL | string, init: RequestInit = {}) => fetch(new URL(String(url).replace(/^https?:\/\/[^/]+/, ''), ctx.baseUrl), init);
    const submit = (token: string, headers: Record<string, string> = HTML) =>
      page('/api/film-reviews/moderate', { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }).toString() });
    const tokenOf = (url: URL) => url.searchParams.get('token')!;

    /** A fresh pending comment and the digest that lists it, to the moderator and to an address that is no admin. */
    const pendingInDigest = async () => {
      serial += 1;
      const authorName = `Inbox reader ${serial}`;
      await outbox().deleteMany({ where: { dedupeKey: 'moderator-digest' } });
      const posted = await http(ctx.baseUrl).post(`/api/film-reviews/reviews/${review.slug}/comments`, {
        data: { authorName, authorEmail: `inbox${serial}-${Date.now()}@readers.test`, content: `First words ${serial} from the inbox suite.` },
      });
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      assert.equal(posted.body.data.moderationStatus, 'pending');
      const [mail] = await smtp.waitFor((received) => received.to.includes(moderator.email) && received.text.includes(authorName));
      const [outsider] = await smtp.waitFor((received) => received.to.includes('outsider@inbox.test') && received.text.includes(authorName));
      return { documentId: posted.body.data.documentId as string, authorName, mail, outsider };
    };

    before(async () => {
      review = await createReview(ctx.strapi, 'Moderated from the inbox (2019)');
      smtp = await startSmtpServer(ctx.smtpPort);
      await adminWithActions(ctx.strapi, ctx.baseUrl, 'Inbox Moderator', [READ, MODERATE]);
      moderator = await ctx.strapi.db.query('admin::user').findOne({ select: ['id', 'email'], where: { email: 'inbox-moderator@test.local' } });
      await settings().update({
        floodIntervalSeconds: 0,
        rateLimit: { max: 10_000, windowSeconds: 600 },
        holdFirstTimeCommenters: true,
        moderatorDigest: true,
        digestIntervalMinutes: 1,
        digestRecipients: [moderator.email, 'outsider@inbox.test'],
      });
    });
    after(async () => {
      await settings().update({ floodIntervalSeconds: 15, moderatorDigest: true, digestIntervalMinutes: 30, digestRecipients: [] });
      await outbox().deleteMany({ where: { dedupeKey: 'moderator-digest' } });
      await smtp.stop();
    });

    it("puts approve, spam and reject links under each waiting comment, only in a moderator's copy", async () => {
      const { mail, outsider, authorName } = await pendingInDigest();
      const links = linksFor(mail, authorName);
      for (const url of [links.approve, links.spam, links.reject]) {
        assert.ok(url, 'each link is there');
        assert.equal(url!.pathname, '/api/film-reviews/moderate');
      }
      const claims = [links.approve, links.spam, links.reject].map((url) => readModerationToken(ctx.strapi, tokenOf(url!))!);
      assert.deepEqual(claims.map((claim) => claim.action), ['approve', 'spam', 'reject']);
      assert.equal(new Set(claims.map((claim) => claim.nonce)).size, 1, 'one set: one of them acts');
      assert.ok(claims.every((claim) => claim.adminId === moderator.id));
      const days = (claims[0].expiresAt.getTime() - Date.now()) / 86_400_000;
      assert.ok(days > 6.99 && days <= 7, `expires in 7 days (${days})`);
      assert.match(mail.html!, /<a href="http:\/\/[^"]+\/api\/film-reviews\/moderate\?token=[^"]+">Approve<\/a>/);
      assert.deepEqual(linksFor(outsider, authorName), { approve: null, spam: null, reject: null }, 'an address that is no admin gets no links');
    });

    it('confirms on a GET and changes nothing; the form acts once, as the admin it was sent to, and the history says so', async () => {
      const { documentId, mail, authorName } = await pendingInDigest();
      const links = linksFor(mail, authorName);
      for (let i = 0; i < 2; i += 1) {
        const shown = await page(links.approve!, { headers: HTML });
        assert.equal(shown.status, 200);
        assert.match(shown.headers.get('content-type')!, /text\/html/);
        assert.equal(shown.headers.get('cache-control'), 'no-store');
        assert.equal(shown.headers.get('referrer-policy'), 'no-referrer');
        const html = await shown.text();
        assert.match(html, /Approve this comment\?/);
        assert.ok(html.includes(authorName) && html.includes('Moderated from the inbox (2019)'));
        assert.match(html, /<form method="post" action="\/api\/film-reviews\/moderate"/);
      }
      const json = await http(ctx.baseUrl).get(`${links.spam!.pathname}${links.spam!.search}`);
      assert.equal(json.status, 200);
      assert.deepEqual({ action: json.body.data.action, status: json.body.data.comment.moderationStatus, spent: json.body.data.spent }, { action: 'spam', status: 'pending', spent: null });
      assert.equal((await stored(documentId)).moderationStatus, 'pending', 'opening links changes nothing');
      assert.equal(await ctx.strapi.db.query(EVENT_UID).count({ where: { commentDocumentId: documentId } }), 0);

      const done = await submit(tokenOf(links.approve!));
      assert.equal(done.status, 200);
      assert.match(await done.text(), /The comment is now approved/);
      const after = await stored(documentId);
      assert.deepEqual([after.moderationStatus, after.moderatedBy], ['approved', moderator.email]);

      const again = await submit(tokenOf(links.approve!), {});
      assert.equal(again.status, 409);
      assert.equal((await again.json()).error.message, 'This moderation link was already used');
      const other = await submit(tokenOf(links.spam!));
      assert.equal(other.status, 409, 'another link of the same set');
      assert.match(await other.text(), /already used/);
      assert.equal((await stored(documentId)).moderationStatus, 'approved');
      const used = await (await page(links.reject!, { headers: HTML })).text();
      assert.match(used, /This link was already used/);
      assert.ok(used.includes(moderator.email) && !used.includes('<form'));

      const thread = await ctx.admin.get(`/film-reviews/moderation/comments/${documentId}/thread`);
      const entry = thread.body.data.find((comment: { documentId: string }) => comment.documentId === documentId);
      assert.deepEqual(
        entry.history.map(({ createdAt, ...event }: { createdAt: string }) => ({ ...event, createdAt: typeof createdAt })),
        [{ action: 'approve', moderationStatus: 'approved', via: 'email', actorEmail: moderator.email, actorName: 'Inbox Moderator Admin', createdAt: 'string' }]
      );
      // The admin's own decision lands in the same history.
      assert.equal((await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: [documentId], action: 'reject' })).status, 200);
      const later = await ctx.admin.get(`/film-reviews/moderation/comments/${documentId}/thread`);
      assert.deepEqual(
        later.body.data.find((comment: { documentId: string }) => comment.documentId === documentId).history.map((event: { via: string; action: string }) => `${event.action} via ${event.via}`),
        ['approve via email', 'reject via admin']
      );
    });

    it('refuses an expired link, a forged one, and a link whose admin may no longer moderate', async () => {
      const { documentId, mail, authorName } = await pendingInDigest();
      const claims = readModerationToken(ctx.strapi, tokenOf(linksFor(mail, authorName).spam!))!;

      const expired = await submit(moderationToken(ctx.strapi, { ...claims, expiresAt: new Date(Date.now() - 1000) }), {});
      assert.equal(expired.status, 410);
      assert.match((await expired.json()).error.message, /expired/);

      const [payload, signature] = tokenOf(linksFor(mail, authorName).spam!).split('.');
      const otherAdmin = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(`:${moderator.id}:`, ':1:')).toString('base64url');
      const forged = await submit(`${otherAdmin}.${signature}`, {});
      assert.equal(forged.status, 400, 'a link made over for another admin');
      assert.deepEqual((await forged.json()).error.details.errors[0].path, ['token']);

      await adminWithActions(ctx.strapi, ctx.baseUrl, 'Inbox Reader Only', [READ]);
      const reader = await ctx.strapi.db.query('admin::user').findOne({ select: ['id'], where: { email: 'inbox-reader-only@test.local' } });
      const refused = await submit(moderationToken(ctx.strapi, { ...claims, adminId: reader.id }), {});
      assert.equal(refused.status, 403);
      assert.match((await refused.json()).error.message, /may no longer moderate/);
      const refusedPage = await page(`/api/film-reviews/moderate?token=${moderationToken(ctx.strapi, { ...claims, adminId: reader.id })}`, { headers: HTML });
      assert.equal(refusedPage.status, 403);
      assert.match(await refusedPage.text(), /may no longer moderate/);

      // The moderator is deactivated: their unused link stops working.
      await ctx.strapi.db.query('admin::user').update({ where: { id: moderator.id }, data: { isActive: false } });
      try {
        assert.equal((await submit(tokenOf(linksFor(mail, authorName).spam!), {})).status, 403);
      } finally {
        await ctx.strapi.db.query('admin::user').update({ where: { id: moderator.id }, data: { isActive: true } });
      }
      assert.equal((await stored(documentId)).moderationStatus, 'pending', 'nothing acted');
      assert.equal(await ctx.strapi.db.query(EVENT_UID).count({ where: { commentDocumentId: documentId } }), 0);

      // Still unused, the link works once the admin is back.
      const spam = await submit(tokenOf(linksFor(mail, authorName).spam!), {});
      assert.equal(spam.status, 200);
      assert.deepEqual((await spam.json()).data, { documentId, moderationStatus: 'spam' });
    });
  });
