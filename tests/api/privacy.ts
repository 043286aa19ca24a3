import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { http, type HttpClient } from '../helpers/http';
import type { ApiContext } from './context';
import { usesDemoContent } from '../helpers/fixtures';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const SLUG = 'amelie-2001';

type Thread = Array<{ documentId: string; number: number; author: { name: string; url: string | null }; replies: Thread }>;
const flatten = (thread: Thread): Thread => thread.flatMap((comment) => [comment, ...flatten(comment.replies)]);

export const privacySuite = (ctx: ApiContext) =>
  describe('privacy: export and erase a reader’s comments', () => {
    usesDemoContent(ctx);
    let reviewId: string;
    let editor: HttpClient;
    const publicThread = async (): Promise<{ data: Thread; meta: any }> =>
      (await http(ctx.baseUrl).get(`/api/film-reviews/reviews/${SLUG}/comments?pagination[pageSize]=100`)).body;
    /** An approved comment, written as the plugin writes them (the lifecycles number it). */
    const comment = async (authorEmail: string, content: string, parent?: { documentId: string }) =>
      ctx.strapi.documents(COMMENT_UID).create({
        data: {
          reviewDocumentId: reviewId,
          parentDocumentId: parent?.documentId ?? null,
          authorName: authorEmail.split('@')[0],
          authorEmail,
          authorUrl: 'https://example.org/me',
          content,
          moderationStatus: 'approved',
          ipHash: 'hash',
          userAgent: 'Firefox',
        } as any,
      });

    before(async () => {
      reviewId = (await ctx.strapi.db.query('plugin::film-reviews.film-review').findOne({ where: { slug: SLUG } })).documentId;
      const editorRole = await ctx.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
      await ctx.strapi.service('admin::user').create({
        email: 'no-privacy@test.local', password: 'Editor12345!', firstname: 'No', lastname: 'Privacy', isActive: true, registrationToken: null, roles: [editorRole.id],
      });
      editor = http(ctx.baseUrl, (await http(ctx.baseUrl).post('/admin/login', { email: 'no-privacy@test.local', password: 'Editor12345!' })).body.data.token);
    });

    it('is refused (403) to an editor without the privacy permission, on the server', async () => {
      await comment('kept@example.org', 'Still here.');
      assert.equal((await editor.get('/film-reviews/privacy/export?email=kept@example.org')).status, 403);
      assert.equal((await editor.post('/film-reviews/privacy/erase', { email: 'kept@example.org', mode: 'delete' })).status, 403);
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count({ where: { authorEmail: 'kept@example.org' } }), 1);
    });

    it('answers 400 for a missing or invalid email or mode', async () => {
      for (const url of ['/film-reviews/privacy/export', '/film-reviews/privacy/export?email=nope', '/film-reviews/privacy/export?email=a@b.org&extra=1']) {
        const response = await ctx.admin.get(url);
        assert.equal(response.status, 400, url);
        assert.equal(response.body.error.name, 'ValidationError');
      }
      for (const body of [{}, { email: 'a@b.org' }, { email: 'a@b.org', mode: 'shred' }, { email: 'not an email', mode: 'delete' }]) {
        assert.equal((await ctx.admin.post('/film-reviews/privacy/erase', body)).status, 400, JSON.stringify(body));
      }
    });

    it('does nothing for an email with no comments: 200 and zero counts', async () => {
      const exported = await ctx.admin.get('/film-reviews/privacy/export?email=nobody@example.org');
      assert.equal(exported.status, 200);
      assert.deepEqual(exported.body.data.comments, []);
      const before = await ctx.strapi.db.query(COMMENT_UID).count();
      const erased = await ctx.admin.post('/film-reviews/privacy/erase', { email: 'nobody@example.org', mode: 'delete' });
      assert.equal(erased.status, 200);
      assert.deepEqual(erased.body.data, { email: 'nobody@example.org', mode: 'delete', comments: 0, repliesReattached: 0 });
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count(), before);
    });

    it('exports every comment of the email (any case) as a JSON attachment, then anonymizes them and the public thread shows "Anonymous"', async () => {
      const root = await comment('other@example.org', 'A root.');
      const mine = await comment('reader@example.org', 'My reply.', root);
      await comment('other@example.org', 'A reply to the reader.', mine);
      const mineToo = await comment('Reader@Example.org', 'My own root.');
      const earlier = [{ content: 'My reply, with my address in it.', containsSpoilers: false, replacedAt: '2026-01-02T03:04:05.000Z' }];
      await ctx.strapi.db.query(COMMENT_UID).update({ where: { documentId: mine.documentId }, data: { editedAt: new Date('2026-01-02T03:04:05.000Z'), earlierVersions: earlier } });

      const exported = await ctx.admin.get('/film-reviews/privacy/export?email=READER@example.org');
      assert.equal(exported.status, 200);
      assert.match(exported.headers.get('content-disposition') ?? '', /^attachment; filename="comments-READER@example\.org\.json"$/);
      const { comments } = exported.body.data;
      assert.deepEqual(comments.map((c: any) => c.documentId), [mine.documentId, mineToo.documentId]);
      assert.deepEqual(
        { ...comments[0], createdAt: undefined, updatedAt: undefined },
        {
          documentId: mine.documentId,
          review: { documentId: reviewId, title: 'Amélie (2001)', slug: SLUG },
          parent: root.documentId,
          authorName: 'reader',
          authorEmail: 'reader@example.org',
          authorUrl: 'https://example.org/me',
          content: 'My reply.',
          containsSpoilers: false,
          rating: null,
          moderationStatus: 'approved',
          createdAt: undefined,
          updatedAt: undefined,
          editedAt: '2026-01-02T03:04:05.000Z',
          earlierVersions: earlier,
        }
      );
      assert.deepEqual([comments[1].editedAt, comments[1].earlierVersions], [null, []]);
      assert.ok(comments.every((c: any) => typeof c.createdAt === 'string' && typeof c.updatedAt === 'string'));

      const before = flatten((await publicThread()).data);
      const erased = await ctx.admin.post('/film-reviews/privacy/erase', { email: 'reader@example.org', mode: 'anonymize' });
      assert.deepEqual(erased.body.data, { email: 'reader@example.org', mode: 'anonymize', comments: 2, repliesReattached: 0 });

      const rows = await ctx.strapi.db.query(COMMENT_UID).findMany({ where: { documentId: { $in: [mine.documentId, mineToo.documentId] } } });
      for (const row of rows) {
        assert.deepEqual(
          { authorName: row.authorName, authorEmail: row.authorEmail, authorUrl: row.authorUrl, ipHash: row.ipHash, userAgent: row.userAgent, earlierVersions: row.earlierVersions, editTokenHash: row.editTokenHash },
          { authorName: 'Anonymous', authorEmail: 'erased@invalid', authorUrl: null, ipHash: null, userAgent: null, earlierVersions: null, editTokenHash: null }
        );
      }
      const after = flatten((await publicThread()).data);
      // Same comments, same numbers and nesting; only the reader's name and website are gone.
      assert.deepEqual(after.map((c) => [c.documentId, c.number]), before.map((c) => [c.documentId, c.number]));
      for (const id of [mine.documentId, mineToo.documentId]) {
        assert.deepEqual(after.find((c) => c.documentId === id)!.author, { name: 'Anonymous', url: null });
      }
      assert.deepEqual((await ctx.admin.get('/film-reviews/privacy/export?email=reader@example.org')).body.data.comments, []);
    });

    it('deletes the comments and re-attaches their replies to the nearest kept ancestor; the public thread stays whole', async () => {
      const root = await comment('host@example.org', 'Host root.');
      const gone = await comment('leaver@example.org', 'Leaving reply.', root);
      const goneToo = await comment('leaver@example.org', 'Reply to myself.', gone);
      const orphanCandidate = await comment('stays@example.org', 'Reply to the second.', goneToo);
      const sibling = await comment('stays@example.org', 'Reply to the first.', gone);
      const before = await publicThread();
      const liked = await http(ctx.baseUrl, undefined, { 'x-reader-key': 'privacy-suite-reader-0001' }).post(`/api/film-reviews/comments/${gone.documentId}/like`);
      assert.equal(liked.status, 200, JSON.stringify(liked.body));

      const erased = await ctx.admin.post('/film-reviews/privacy/erase', { email: 'leaver@example.org', mode: 'delete' });
      assert.deepEqual(erased.body.data, { email: 'leaver@example.org', mode: 'delete', comments: 2, repliesReattached: 2 });
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count({ where: { authorEmail: 'leaver@example.org' } }), 0);
      assert.equal(await ctx.strapi.db.query('plugin::film-reviews.reader-like').count({ where: { targetDocumentId: gone.documentId } }), 0, 'their likes go with them');

      const after = await publicThread();
      assert.equal(after.meta.totalComments, before.meta.totalComments - 2);
      const hostRoot = after.data.find((c) => c.documentId === root.documentId)!;
      assert.deepEqual(hostRoot.replies.map((c) => c.documentId), [orphanCandidate.documentId, sibling.documentId]);
      // Numbers stay 1..n in posting order, with no gap where the deleted comments were.
      const numbers = flatten(after.data).map((c) => c.number).sort((a, b) => a - b);
      assert.deepEqual(numbers, numbers.map((_, index) => index + 1));
    });
  });
