import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { adminWithActions } from '../helpers/admin';
import { createReview, reviewsInEveryStatus, usesDemoContent, type EditedReview } from '../helpers/fixtures';
import type { HttpClient } from '../helpers/http';
import type { ListRecentReviews } from '../../shared/contracts/homepage';
import type { ApiContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const RECENT = '/film-reviews/homepage/recent-reviews';
const QUEUE = '/film-reviews/moderation/comments';
const CONTENT_MANAGER_READ = { action: 'plugin::content-manager.explorer.read', subject: REVIEW_UID };

export const widgetsSuite = (ctx: ApiContext) =>
  describe('admin home widgets: recent reviews and the oldest pending comments', () => {
    usesDemoContent(ctx);
    let moderator: HttpClient;
    let reviewReader: HttpClient;

    before(async () => {
      moderator = await adminWithActions(ctx.strapi, ctx.baseUrl, 'Widget moderator', ['plugin::film-reviews.comments.read', 'plugin::film-reviews.comments.moderate']);
      reviewReader = await adminWithActions(ctx.strapi, ctx.baseUrl, 'Widget review reader', [CONTENT_MANAGER_READ]);
    });

    it('answers recent reviews only to a role that may read reviews in the content manager, the queue only to one that may read comments', async () => {
      assert.equal((await moderator.get(RECENT)).status, 403);
      assert.equal((await reviewReader.get(RECENT)).status, 200);
      assert.equal((await moderator.get(`${QUEUE}?status=pending&sort=oldest`)).status, 200);
      assert.equal((await reviewReader.get(`${QUEUE}?status=pending&sort=oldest`)).status, 403);
      assert.equal((await ctx.admin.get(`${RECENT}?limit=50`)).status, 400, 'no input');
    });

    it('lists the latest edited reviews, latest first, with rating, shown comments and draft, modified or published status', async () => {
      const { draft, modified, published } = await reviewsInEveryStatus(ctx.strapi, 'Widget review');
      const answer = await reviewReader.get(RECENT);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const body = answer.body as ListRecentReviews.Response;
      assert.deepEqual(body.meta, { ratingMax: 5 });
      const expected = (await ctx.strapi.db.query(REVIEW_UID).findMany({ select: ['documentId', 'locale'], where: { publishedAt: null }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], limit: 5 })) as Array<{ documentId: string; locale: string }>;
      assert.deepEqual(body.data.map(({ documentId, locale }) => ({ documentId, locale })), expected.map(({ documentId, locale }) => ({ documentId, locale })));
      assert.ok(body.data.length === 5, 'five at most, and the demo content has more');

      assert.ok(published.comments > 0, 'the seeded thread has approved comments');
      const line = (review: EditedReview, status: string) => ({
        documentId: review.documentId,
        locale: 'en',
        title: review.title,
        rating: review.rating,
        status,
        comments: review.comments,
        updatedAt: review.updatedAt.toISOString(),
      });
      assert.deepEqual(body.data.slice(0, 3), [line(draft, 'draft'), line(modified, 'modified'), line(published, 'published')]);
    });

    it('sorts the moderation queue oldest first when asked, newest first by default, and refuses another order', async () => {
      const review = await createReview(ctx.strapi, 'Widget review: queue order');
      const pending = (authorName: string, createdAt: string) =>
        ctx.strapi.db.query(COMMENT_UID).create({
          data: { reviewDocumentId: review.documentId, authorName, authorEmail: 'queue@readers.test', content: `${authorName} waits.`, moderationStatus: 'pending', createdAt: new Date(createdAt), publishedAt: new Date() },
        });
      // Two at the same time: the one stored first counts as older.
      for (const [name, at] of [['Second', '2002-01-01T00:00:00Z'], ['First', '2001-01-01T00:00:00Z'], ['Third', '2002-01-01T00:00:00Z']]) await pending(name, at);
      const names = async (query: string) => {
        const answer = await moderator.get(`${QUEUE}?review=${review.documentId}&status=pending${query}`);
        assert.equal(answer.status, 200, JSON.stringify(answer.body));
        return answer.body.data.map((comment: { authorName: string }) => comment.authorName);
      };
      assert.deepEqual(await names('&sort=oldest'), ['First', 'Second', 'Third']);
      assert.deepEqual(await names('&sort=oldest&pageSize=2&page=2'), ['Third']);
      assert.deepEqual(await names(''), ['Third', 'Second', 'First']);
      assert.deepEqual(await names('&sort=newest'), ['Third', 'Second', 'First']);
      assert.equal((await moderator.get(`${QUEUE}?sort=createdAt`)).status, 400);
    });
  });
