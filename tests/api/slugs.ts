import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentManagerPath } from '../helpers/admin';
import type { ApiContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';

const draft = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  reviewer: 'Test Reviewer',
  rating: 3,
  film: { title },
  ...extra,
});

export const slugSuite = (ctx: ApiContext) =>
  describe('slugs', () => {
    const create = async (data: Record<string, unknown>) => {
      const response = await ctx.admin.post(contentManagerPath(REVIEW_UID), data);
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body.data;
    };

    it('generates a transliterated slug from the title in the content manager', async () => {
      const review = await create(draft('Amélie (2001) — Director’s Cut!'));
      assert.equal(review.slug, 'amelie-2001-directors-cut');
    });

    it('suffixes -2, -3 when other reviews hold the slug', async () => {
      const first = await create(draft('Solaris (1972)'));
      const second = await create(draft('Solaris (1972)'));
      const third = await create(draft('Solaris (1972)', { slug: '' }));
      assert.deepEqual([first.slug, second.slug, third.slug], ['solaris-1972', 'solaris-1972-2', 'solaris-1972-3']);
    });

    it("keeps an editor's own slug, normalised and made unique", async () => {
      const own = await create(draft('Stalker (1979)', { slug: 'tarkovsky-stalker' }));
      assert.equal(own.slug, 'tarkovsky-stalker');
      const clash = await create(draft('Another Stalker', { slug: 'Tarkovsky Stalker' }));
      assert.equal(clash.slug, 'tarkovsky-stalker-2');
    });

    it('keeps the slug when a review is saved again, and regenerates it when emptied', async () => {
      const review = await create(draft('Mirror (1975)'));
      const saved = await ctx.admin.put(contentManagerPath(REVIEW_UID, review.documentId), { ...review, excerpt: 'New' });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.data.slug, 'mirror-1975');
      const emptied = await ctx.admin.put(contentManagerPath(REVIEW_UID, review.documentId), {
        ...review,
        title: 'Mirror (1975) restored',
        slug: '',
      });
      assert.equal(emptied.body.data.slug, 'mirror-1975-restored');
    });

    it('publishing keeps one slug for the draft and the published version', async () => {
      const review = await create(draft('Andrei Rublev (1966)'));
      const published = await ctx.admin.post(`${contentManagerPath(REVIEW_UID, review.documentId)}/actions/publish`, review);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      const again = await create(draft('Andrei Rublev (1966)'));
      assert.equal(again.slug, 'andrei-rublev-1966-2');
    });

    it('applies to the document service too', async () => {
      const documents = ctx.strapi.documents(REVIEW_UID as any);
      const a = await documents.create({ data: draft('Ivan’s Childhood (1962)') as any });
      const b = await documents.create({ data: draft('Ivan’s Childhood (1962)') as any });
      assert.deepEqual([a.slug, b.slug], ['ivans-childhood-1962', 'ivans-childhood-1962-2']);
    });
  });
