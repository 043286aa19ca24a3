import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { createReview, usesDemoContent, type OwnReview } from '../helpers/fixtures';
import type { ApiContext } from './context';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const THREAD_UID = 'plugin::film-reviews.comment-thread';
const API = '/api/film-reviews';
const MODERATION = '/film-reviews/moderation';
/** What moderators must never be sent: the stored count is answered as `likes`. */
const NEVER_SENT = ['editTokenHash', 'ipHash', 'userAgent', 'likeCount'];

const newKey = () => randomBytes(18).toString('base64url');

export const adminLikesSuite = (ctx: ApiContext) =>
  describe('admin routes: likes, held reasons, edits and deletions', () => {
    usesDemoContent(ctx);
    /** A review of this suite's own with the demo thread, so no other suite's comments meet these. */
    let review: OwnReview;
    let byAuthor: Map<string, string>;
    const comments = () => ctx.strapi.db.query(COMMENT_UID);
    const listed = async (status: string) => {
      const { status: code, body } = await ctx.admin.get(`${MODERATION}/comments?review=${review.documentId}&status=${status}&pageSize=100`);
      assert.equal(code, 200, JSON.stringify(body));
      return body.data as any[];
    };
    const threadOf = async (documentId: string) => {
      const { status, body } = await ctx.admin.get(`${MODERATION}/comments/${documentId}/thread`);
      assert.equal(status, 200, JSON.stringify(body));
      return body.data as any[];
    };
    const assertNothingPrivate = (rows: any[], where: string) => {
      assert.ok(rows.length > 0, `${where} answered comments`);
      for (const row of rows) for (const key of NEVER_SENT) assert.ok(!(key in row), `${where} sends ${key}`);
    };
    /** A held comment posted as a reader posts it: stored with its address hash and user agent. */
    const postHeld = async (name: string) => {
      const content = `Two links from ${name}: https://example.org/a and https://example.org/b`;
      const posted = await http(ctx.baseUrl).post(`${API}/reviews/${review.slug}/comments`, { data: { authorName: name, authorEmail: `${name.toLowerCase()}@readers.test`, content } });
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      assert.equal(posted.body.data.moderationStatus, 'pending');
      return posted.body.data.documentId as string;
    };

    before(async () => {
      review = await createReview(ctx.strapi, 'Moderated likes (2024)', { withThread: true });
      const found = await comments().findMany({ select: ['documentId', 'authorName'], where: { reviewDocumentId: review.documentId } });
      byAuthor = new Map(found.map((row: any) => [row.authorName, row.documentId]));
    });

    it('shows moderators the likes readers gave through the public route, in the list, the thread and nowhere the stored count', async () => {
      const maren = byAuthor.get('Maren')!;
      for (const key of [newKey(), newKey()]) {
        const liked = await http(ctx.baseUrl, undefined, { 'x-reader-key': key }).post(`${API}/comments/${maren}/like`);
        assert.equal(liked.status, 200, JSON.stringify(liked.body));
      }
      const approved = await listed('approved');
      assert.equal(approved.find((row) => row.documentId === maren).likes, 2);
      assert.ok(approved.every((row) => Number.isInteger(row.likes)));
      assert.ok(approved.filter((row) => row.documentId !== maren).every((row) => row.likes === 0), 'only the liked comment counts likes');
      const thread = await threadOf(maren);
      assert.equal(thread.find((row) => row.documentId === maren).likes, 2);
      assertNothingPrivate(approved, 'the list');
      assertNothingPrivate(thread, 'the thread');
    });

    it('says why the rules held a comment, in the list and the side panel, and null for one they approved', async () => {
      const held = await postHeld('Linker');
      // What the rules store for a held comment, written here as they write it.
      await comments().update({ where: { documentId: held }, data: { heldReason: 'links', editTokenHash: 'f'.repeat(64) } });
      const stored = await comments().findOne({ where: { documentId: held } });
      assert.ok(stored.ipHash && stored.userAgent && stored.editTokenHash, 'the row holds what must stay private');

      const pending = await listed('pending');
      assert.equal(pending.find((row) => row.documentId === held).heldReason, 'links');
      assertNothingPrivate(pending, 'the list');
      const { body } = await ctx.admin.get(`${MODERATION}/reviews/${review.documentId}`);
      const inPanel = body.data.pending.find((row: any) => row.documentId === held);
      assert.equal(inPanel.heldReason, 'links');
      assert.deepEqual([inPanel.likes, inPanel.editedAt, inPanel.earlierVersions, inPanel.deletedAt], [0, null, [], null]);
      assertNothingPrivate(body.data.pending, 'the side panel');
      assert.ok((await listed('approved')).every((row) => row.heldReason === null));
    });

    it("shows an author's edit with the earlier texts, oldest first, and an author's deletion, as ISO times", async () => {
      const tobias = byAuthor.get('Tobias')!;
      const elena = byAuthor.get('Elena')!;
      const earlierVersions = [
        { content: 'The first text.', containsSpoilers: false, replacedAt: '2026-03-01T10:00:00.000Z' },
        { content: 'The second text, with the ending.', containsSpoilers: true, replacedAt: '2026-03-01T10:05:00.000Z' },
      ];
      // What the author's edit and deletion store.
      await comments().update({ where: { documentId: tobias }, data: { content: 'The third text.', editedAt: new Date('2026-03-01T10:05:00Z'), earlierVersions } });
      await comments().update({ where: { documentId: elena }, data: { content: '', deletedAt: new Date('2026-03-02T08:00:00Z') } });

      const thread = await threadOf(tobias);
      const edited = thread.find((row) => row.documentId === tobias);
      assert.equal(edited.content, 'The third text.');
      assert.equal(edited.editedAt, '2026-03-01T10:05:00.000Z');
      assert.deepEqual(edited.earlierVersions, earlierVersions);
      assert.equal(edited.deletedAt, null);
      const deleted = thread.find((row) => row.documentId === elena);
      assert.equal(deleted.deletedAt, '2026-03-02T08:00:00.000Z');
      assert.deepEqual([deleted.editedAt, deleted.earlierVersions], [null, []]);
      const inList = (await listed('approved')).find((row) => row.documentId === tobias);
      assert.deepEqual([inList.editedAt, inList.earlierVersions.length], ['2026-03-01T10:05:00.000Z', 2]);
    });

    it('ranks the five most liked reviews and comments on the insights, most first, without unliked, held or deleted comments', async () => {
      // Other suites' likes share the rankings: counts far above theirs put these on top.
      const BASE = 1_000_000;
      const reviews = [review];
      for (const n of [1, 2, 3, 4, 5]) reviews.push(await createReview(ctx.strapi, `Liked review ${n} (2024)`));
      for (const [rank, own] of reviews.entries()) {
        const liked = await http(ctx.baseUrl, undefined, { 'x-reader-key': newKey() }).post(`${API}/reviews/${own.slug}/like`);
        assert.equal(liked.status, 200, JSON.stringify(liked.body));
        await ctx.strapi.db.query(THREAD_UID).update({ where: { reviewDocumentId: own.documentId }, data: { likeCount: BASE + rank } });
      }
      // An emoji across the 120th character: kept whole.
      const long = `${'x'.repeat(119)}🎬 and on and on`;
      const ranked: Array<{ documentId: string }> = [];
      for (let rank = 0; rank < 6; rank += 1) {
        ranked.push(
          await comments().create({
            data: { reviewDocumentId: review.documentId, authorName: `Liked ${rank}`, authorEmail: `liked${rank}@readers.test`, content: rank === 5 ? long : `Liked comment ${rank}`, moderationStatus: 'approved', likeCount: BASE + rank, publishedAt: new Date() },
          })
        );
      }
      // Higher counts than any of them, but no reader sees these.
      const unseen = [
        { authorName: 'Held back', moderationStatus: 'pending' },
        { authorName: 'Gone', moderationStatus: 'approved', content: '', deletedAt: new Date() },
      ];
      for (const extra of unseen) {
        await comments().create({ data: { reviewDocumentId: review.documentId, authorEmail: 'unseen@readers.test', content: 'Unseen', likeCount: BASE * 10, publishedAt: new Date(), ...extra } });
      }

      const { status, body } = await ctx.admin.get('/film-reviews/insights');
      assert.equal(status, 200, JSON.stringify(body));
      const { mostLikedReviews, mostLikedComments } = body.data;
      assert.deepEqual(
        mostLikedReviews,
        reviews.slice(1).reverse().map((own, i) => ({ documentId: own.documentId, title: own.title, likes: BASE + 5 - i })),
        'the top five, most first, with the published title'
      );
      assert.deepEqual(mostLikedComments.map((comment: any) => comment.documentId), ranked.slice(1).reverse().map((comment) => comment.documentId));
      const { excerpt, ...top } = mostLikedComments[0];
      assert.deepEqual(top, { documentId: ranked[5].documentId, reviewDocumentId: review.documentId, reviewTitle: review.title, authorName: 'Liked 5', likes: BASE + 5 });
      assert.equal(excerpt, `${'x'.repeat(119)}🎬…`);
      assert.equal(mostLikedComments[1].excerpt, 'Liked comment 4');
      assert.ok(!JSON.stringify(body).includes('likeCount'));

      // Unliked, they leave the rankings.
      await ctx.strapi.db.query(THREAD_UID).updateMany({ where: { reviewDocumentId: { $in: reviews.map((own) => own.documentId) } }, data: { likeCount: 0 } });
      await comments().updateMany({ where: { reviewDocumentId: review.documentId }, data: { likeCount: 0 } });
      const after = (await ctx.admin.get('/film-reviews/insights')).body.data;
      assert.ok(after.mostLikedReviews.every((row: any) => row.likes > 0 && !reviews.some((own) => own.documentId === row.documentId)));
      assert.ok(after.mostLikedComments.every((row: any) => row.likes > 0 && row.reviewDocumentId !== review.documentId));
    });
  });
