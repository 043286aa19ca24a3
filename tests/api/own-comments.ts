import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { createReview, type OwnReview } from '../helpers/fixtures';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const LIKE_UID = 'plugin::film-reviews.reader-like';
const API = '/api/film-reviews';

/** A returning reader's address, so the rules approve their comments unless the text holds one back. */
const RETURNING = 'returning-editor@readers.test';

export const ownCommentsSuite = (ctx: ApiContext) =>
  describe("readers' edits and deletes of their own comments", () => {
    let review: OwnReview;
    let serial = 0;
    const visitor = () => http(ctx.baseUrl);
    const withToken = (token: string | undefined) => http(ctx.baseUrl, undefined, token ? { 'x-edit-token': token } : {});
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');
    const rows = () => ctx.strapi.db.query(COMMENT_UID);
    const flatten = (comments: any[]): any[] => comments.flatMap((comment) => [comment, ...flatten(comment.replies)]);
    const thread = async () => (await visitor().get(`${API}/reviews/${review.slug}/comments?spoilers=show&pagination[pageSize]=100`)).body;
    const shown = async () => new Map(flatten((await thread()).data).map((comment) => [comment.documentId, comment]));
    const post = async (content: string, changes: Record<string, unknown> = {}, client = visitor()) => {
      serial += 1;
      const { status, body } = await client.post(`${API}/reviews/${review.slug}/comments`, {
        data: { authorName: `Reader ${serial}`, authorEmail: RETURNING, content, ...changes },
      });
      assert.equal(status, 201, JSON.stringify(body));
      return body.data as { documentId: string; moderationStatus: string; editToken?: string };
    };
    const edit = (documentId: string, token: string | undefined, data: Record<string, unknown>) => withToken(token).put(`${API}/comments/${documentId}`, { data });
    const remove = (documentId: string, token: string | undefined) => withToken(token).del(`${API}/comments/${documentId}`);
    /** Moves a comment's posting time back, as if the reader came back that much later. */
    const postedMinutesAgo = (documentId: string, minutes: number) => rows().update({ where: { documentId }, data: { createdAt: new Date(Date.now() - minutes * 60_000) } });

    before(async () => {
      review = await createReview(ctx.strapi, 'Edits under test (2023)');
      await settings().update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 }, editWindowMinutes: 10, holdFirstTimeCommenters: true, maxLinks: 2 });
      // The reader's first comment, approved by a moderator, makes them a returning commenter.
      const first = await post('My first comment here.');
      await rows().update({ where: { documentId: first.documentId }, data: { moderationStatus: 'approved' } });
    });

    it('answers an edit token once and keeps only its hash', async () => {
      const posted = await post('Token please.');
      assert.match(posted.editToken!, /^[A-Za-z0-9_-]{43}$/);
      const closes = Date.parse((posted as { editableUntil?: string }).editableUntil!) - Date.now();
      assert.ok(closes > 9.5 * 60_000 && closes <= 10 * 60_000, `the window closes in ten minutes, not ${closes} ms`);
      const row = await rows().findOne({ where: { documentId: posted.documentId } });
      assert.equal(row.editTokenHash.length, 64);
      assert.ok(!JSON.stringify(row).includes(posted.editToken!), 'the token itself is stored nowhere');
      const shownComment = (await shown()).get(posted.documentId);
      assert.ok(shownComment && !JSON.stringify(shownComment).includes(row.editTokenHash), 'the hash never leaves the server');
    });

    it('fixes a typo within the window: same number, new text, editedAt, earlier text kept for moderators', async () => {
      const posted = await post('A moving flim about memory.');
      const before = (await shown()).get(posted.documentId);
      const { status, body } = await edit(posted.documentId, posted.editToken, { content: 'A moving film about memory.' });
      assert.equal(status, 200, JSON.stringify(body));
      assert.deepEqual(Object.keys(body.data).sort(), ['documentId', 'editedAt', 'moderationStatus']);
      assert.equal(body.data.moderationStatus, 'approved');
      const after = (await shown()).get(posted.documentId);
      assert.equal(after.number, before.number);
      assert.equal(after.content, 'A moving film about memory.');
      assert.match(after.contentHtml, /A moving film about memory\./);
      assert.equal(after.editedAt, body.data.editedAt);
      assert.equal(before.editedAt, null);
      const row = await rows().findOne({ where: { documentId: posted.documentId } });
      assert.deepEqual(
        row.earlierVersions.map((version: any) => [version.content, version.containsSpoilers, version.replacedAt]),
        [['A moving flim about memory.', false, body.data.editedAt]]
      );
    });

    it('runs the moderation rules again: a link-filled edit goes back to pending, and the moderator sees why', async () => {
      const posted = await post('Plain words.');
      const { body } = await edit(posted.documentId, posted.editToken, { content: 'See https://a.example and https://b.example now' });
      assert.equal(body.data.moderationStatus, 'pending');
      const row = await rows().findOne({ where: { documentId: posted.documentId } });
      assert.deepEqual([row.moderationStatus, row.heldReason], ['pending', 'links']);
      assert.equal((await shown()).has(posted.documentId), false, 'it left the public thread');
    });

    it('does not bring back a comment a moderator took for spam', async () => {
      const posted = await post('Soon judged.');
      await rows().update({ where: { documentId: posted.documentId }, data: { moderationStatus: 'spam' } });
      const { body } = await edit(posted.documentId, posted.editToken, { content: 'Now harmless.' });
      assert.equal(body.data.moderationStatus, 'pending', 'answered like a held comment');
      assert.equal((await rows().findOne({ where: { documentId: posted.documentId } })).moderationStatus, 'spam');
    });

    it('refuses a wrong or missing token, and the window passed, with 403, changing nothing', async () => {
      const posted = await post('Leave me be.');
      const other = await post('Another one.');
      for (const token of [undefined, other.editToken, randomBytes(32).toString('base64url')]) {
        const { status, body } = await edit(posted.documentId, token, { content: 'Hijacked.' });
        assert.deepEqual([status, body.error.name], [403, 'ForbiddenError']);
        assert.equal((await remove(posted.documentId, token)).status, 403);
      }
      await postedMinutesAgo(posted.documentId, 10.1);
      const late = await edit(posted.documentId, posted.editToken, { content: 'Too late.' });
      assert.deepEqual([late.status, late.body.error.message], [403, 'Comments can be edited for 10 minutes after posting']);
      assert.equal((await remove(posted.documentId, posted.editToken)).status, 403);
      await postedMinutesAgo(posted.documentId, 9.5);
      assert.equal((await edit(posted.documentId, posted.editToken, { content: 'Just in time.' })).status, 200, 'still inside the window');
      assert.equal((await rows().findOne({ where: { documentId: posted.documentId } })).content, 'Just in time.');
    });

    it('turns editing off at 0 minutes: no token is answered and none works', async () => {
      const earlier = await post('Posted while editing was on.');
      await settings().update({ editWindowMinutes: 0 });
      try {
        const posted = await post('No token for me.');
        assert.equal('editToken' in posted, false);
        assert.equal((await edit(earlier.documentId, earlier.editToken, { content: 'Changed.' })).status, 403);
      } finally {
        await settings().update({ editWindowMinutes: 10 });
      }
    });

    it('answers 409 for an edit to a text the reader already posted on the review', async () => {
      await post('Said once.');
      const posted = await post('Said twice.');
      const { status, body } = await edit(posted.documentId, posted.editToken, { content: 'Said once.' });
      assert.deepEqual([status, body.error.name], [409, 'ConflictError']);
      assert.equal((await rows().findOne({ where: { documentId: posted.documentId } })).content, 'Said twice.');
    });

    it('deletes a comment with approved replies as [deleted], keeping its replies and every number', async () => {
      const parent = await post('I will regret this.');
      const reply = await post('A reply worth keeping.', { parent: parent.documentId, authorEmail: 'replier@readers.test' });
      await rows().update({ where: { documentId: reply.documentId }, data: { moderationStatus: 'approved' } });
      for (let i = 0; i < 2; i += 1) await http(ctx.baseUrl, undefined, { 'x-reader-key': randomBytes(18).toString('base64url') }).post(`${API}/comments/${parent.documentId}/like`);
      assert.equal((await shown()).get(parent.documentId).likes, 2);
      const before = await thread();
      const numbers = new Map(flatten(before.data).map((comment) => [comment.documentId, comment.number]));
      const { status, body } = await remove(parent.documentId, parent.editToken);
      assert.equal(status, 200, JSON.stringify(body));
      assert.deepEqual(body, { data: { documentId: parent.documentId, kept: true } });
      const after = await thread();
      const placeholder = flatten(after.data).find((comment) => comment.documentId === parent.documentId);
      assert.deepEqual(
        [placeholder.deleted, placeholder.content, placeholder.contentHtml, placeholder.author, placeholder.likes, placeholder.number],
        [true, null, null, { name: '[deleted]', url: null }, 0, numbers.get(parent.documentId)]
      );
      assert.deepEqual(placeholder.replies.map((comment: any) => comment.documentId), [reply.documentId]);
      assert.deepEqual(new Map(flatten(after.data).map((comment) => [comment.documentId, comment.number])), numbers, 'no number moved');
      assert.equal(after.meta.totalComments, before.meta.totalComments - 1);
      assert.equal(after.meta.pagination.total, before.meta.pagination.total, 'the placeholder is still a root of the page');
      const row = await rows().findOne({ where: { documentId: parent.documentId } });
      assert.deepEqual([row.content, row.authorEmail, row.authorName, row.ipHash, row.userAgent, row.editTokenHash], ['', 'erased@invalid', '[deleted]', null, null, null]);
      assert.equal(await ctx.strapi.db.query(LIKE_UID).count({ where: { targetDocumentId: parent.documentId } }), 0, 'its likes are forgotten');
      assert.equal((await edit(parent.documentId, parent.editToken, { content: 'Back again.' })).status, 404);
      const replyToDeleted = await visitor().post(`${API}/reviews/${review.slug}/comments`, { data: { authorName: 'Late', authorEmail: RETURNING, content: 'Replying to nothing.', parent: parent.documentId } });
      assert.deepEqual([replyToDeleted.status, replyToDeleted.body.error.details.errors[0].path], [400, ['parent']]);
    });

    it('deletes a comment without replies from the thread, the numbers of the others unchanged', async () => {
      const leaving = await post('Gone soon.');
      const staying = await post('Here to stay.');
      const before = await thread();
      const numberOf = (page: any, documentId: string) => flatten(page.data).find((comment) => comment.documentId === documentId)?.number;
      const { body } = await remove(leaving.documentId, leaving.editToken);
      assert.deepEqual(body, { data: { documentId: leaving.documentId, kept: false } });
      const after = await thread();
      assert.equal(numberOf(after, leaving.documentId), undefined);
      assert.equal(numberOf(after, staying.documentId), numberOf(before, staying.documentId));
      assert.deepEqual([after.meta.totalComments, after.meta.pagination.total], [before.meta.totalComments - 1, before.meta.pagination.total - 1]);
      const card = (await visitor().get(`${API}/reviews?filters[slug][$eq]=${review.slug}`)).body.data[0];
      assert.equal(card.commentCount, after.meta.totalComments, 'the card counts what the thread shows');
      // A held comment has no number: it goes for good.
      const held = await post('Held, then withdrawn.', { authorEmail: 'first-timer@readers.test' });
      assert.equal(held.moderationStatus, 'pending');
      assert.equal((await remove(held.documentId, held.editToken)).status, 200);
      assert.equal(await rows().count({ where: { documentId: held.documentId } }), 0);
    });

    it('lets a signed-in reader edit their own comment by their login, and nobody else', async () => {
      const role = await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
      for (const action of ['comments.create', 'comments.edit', 'comments.remove']) {
        await ctx.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: `plugin::film-reviews.${action}`, role: role.id } });
      }
      const users = ctx.strapi.plugin('users-permissions').service('user');
      const jwt = async (name: string) => {
        const user = await users.add({ username: `${name}${Date.now()}`, email: `${name}${Date.now()}@readers.test`, password: 'Secret123!', provider: 'local', confirmed: true, role: role.id });
        return ctx.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
      };
      const author = http(ctx.baseUrl, await jwt('author'));
      const stranger = http(ctx.baseUrl, await jwt('stranger'));
      const posted = await post('Signed in and sure.', { authorName: undefined, authorEmail: undefined }, author);
      const url = `${API}/comments/${posted.documentId}`;
      assert.equal((await stranger.put(url, { data: { content: 'Not mine.' } })).status, 403);
      const own = await author.put(url, { data: { content: 'Signed in and certain.' } });
      assert.equal(own.status, 200, JSON.stringify(own.body));
      assert.equal((await rows().findOne({ where: { documentId: posted.documentId } })).content, 'Signed in and certain.');
      assert.equal((await stranger.del(url)).status, 403);
      assert.equal((await author.del(url)).status, 200);
    });
  });
