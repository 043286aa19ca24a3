import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http as client } from '../helpers/http';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import type { ApiContext } from './context';
import { waitFor } from '../helpers/wait';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const PATTERN = 'https://films.example/reviews/{slug}#comment-{documentId}';
const PUBLISHED = { title: 'Named Once (2001)', slug: 'named-once-2001' };
const NEWER_DRAFT = { title: 'Renamed In Draft (2001)', slug: 'renamed-in-draft-2001' };
const FRENCH = { title: 'Nommé une fois (2001)', slug: 'nomme-une-fois-2001' };
const SETTINGS = ['floodIntervalSeconds', 'rateLimit', 'replyNotifications', 'commentUrlPattern', 'moderatorDigest'] as const;

/**
 * A review has a row per locale and status. Whatever a reader is told about it (a reply email,
 * a webhook event, the moderation view) names the default locale's published version, not a
 * newer draft nor another locale's version, even one published earlier.
 */
export const reviewNamesSuite = (ctx: ApiContext) =>
  describe('review names in emails, events and admin views', () => {
    let smtp: TestSmtpServer;
    let stopListening: () => void;
    let documentId: string;
    let saved: Record<string, unknown>;
    const events: any[] = [];
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const post = async (data: Record<string, unknown>) => {
      const response = await client(ctx.baseUrl).post(`/api/film-reviews/reviews/${PUBLISHED.slug}/comments`, { data: { company: '', ...data } });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body.data.documentId as string;
    };
    const approve = async (id: string) => assert.equal((await ctx.admin.post('/film-reviews/moderation/comments/bulk', { ids: [id], action: 'approve' })).status, 200);

    before(async () => {
      const current = await settings().get();
      saved = Object.fromEntries(SETTINGS.map((key) => [key, current[key]]));
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 }, replyNotifications: true, commentUrlPattern: PATTERN, moderatorDigest: false });
      smtp = await startSmtpServer(ctx.smtpPort);
      // What the plugin hands to Strapi's webhook runner, which POSTs it to every webhook of the event.
      stopListening = ctx.strapi.eventHub.on('comment.approved', async (payload: unknown) => {
        events.push(payload);
      });

      // The French version is published first, the default locale's next; then the editor renames the draft.
      const locales = ctx.strapi.plugin('i18n').service('locales');
      if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)' });
      const defaultLocale = await locales.getDefaultLocale();
      const reviews = ctx.strapi.documents(REVIEW_UID as any);
      const base = { reviewer: 'Names', rating: 3, film: { title: 'Named Once', releaseYear: 2001 } };
      documentId = (await reviews.create({ locale: defaultLocale, data: { ...base, ...PUBLISHED } as any })).documentId;
      await reviews.update({ documentId, locale: 'fr', data: { ...base, ...FRENCH } as any });
      await reviews.publish({ documentId, locale: 'fr' });
      await ctx.strapi.db.query(REVIEW_UID).updateMany({ where: { documentId, locale: 'fr', publishedAt: { $notNull: true } }, data: { publishedAt: new Date('2020-01-01T00:00:00Z') } });
      await reviews.publish({ documentId, locale: defaultLocale });
      await reviews.update({ documentId, locale: defaultLocale, data: NEWER_DRAFT as any });
      const rows = await ctx.strapi.db.query(REVIEW_UID).findMany({ select: ['title', 'slug', 'locale', 'publishedAt'], where: { documentId } });
      assert.equal(rows.length, 4, 'a draft and a published row in each locale');
      assert.ok(rows.some((row: any) => row.title === NEWER_DRAFT.title && row.slug === NEWER_DRAFT.slug && !row.publishedAt), 'the renamed draft');
    });
    after(async () => {
      stopListening();
      await smtp.stop();
      await settings().update(saved);
    });

    it('a reply email, a webhook event and the moderation view name the published default-locale version', async () => {
      const reader = { authorName: 'Named Reader', authorEmail: 'named-reader@inbox.test' };
      const root = await post({ ...reader, content: 'The first thought on this one.', notifyReplies: true });
      await approve(root);
      const reply = await post({ authorName: 'Named Replier', authorEmail: 'named-replier@inbox.test', content: 'A reply to that thought.', parent: root });
      await approve(reply);

      const [mail] = await smtp.waitFor((message) => message.to.includes(reader.authorEmail));
      assert.equal(mail.subject, `Named Replier replied to your comment on ${PUBLISHED.title}`);
      assert.ok(mail.text.includes(`https://films.example/reviews/${PUBLISHED.slug}#comment-${reply}`), mail.text);

      const event = await waitFor(() => events.find((body) => body.comment?.documentId === reply), 15_000, 'comment.approved event for the reply');
      assert.deepEqual(event.review, { documentId, slug: PUBLISHED.slug });

      const listed = await ctx.admin.get(`/film-reviews/moderation/comments?review=${documentId}`);
      assert.equal(listed.status, 200);
      assert.deepEqual(new Set(listed.body.data.map((comment: any) => comment.review.title)), new Set([PUBLISHED.title]));
    });
  });
