import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from '../helpers/http';
import { graphql, REVIEW_FIELDS, sameAsRest } from '../helpers/graphql';
import { REFERENCE_FR, REFERENCE_SLUG, REFERENCE_SLUG_FR } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';
import { usesDemoContent } from '../helpers/fixtures';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const REVIEW_UID = 'plugin::film-reviews.film-review';
const BASE = '/api/film-reviews/reviews';

export const localesSuite = (ctx: ApiContext) =>
  describe('localized reviews', () => {
    usesDemoContent(ctx);
    const visitor = () => http(ctx.baseUrl);

    it('serves the French review at its own slug with the shared rating, film and gallery images', async () => {
      const [en, fr] = await Promise.all([visitor().get(`${BASE}/${REFERENCE_SLUG}`), visitor().get(`${BASE}/${REFERENCE_SLUG_FR}?locale=fr`)]);
      assert.equal(fr.status, 200, JSON.stringify(fr.body));
      assert.deepEqual([fr.body.data.locale, fr.body.data.title, fr.body.data.documentId], ['fr', REFERENCE_FR.title, en.body.data.documentId]);
      assert.deepEqual([fr.body.data.rating, fr.body.data.film, fr.body.data.reviewer], [en.body.data.rating, en.body.data.film, en.body.data.reviewer]);
      assert.deepEqual(fr.body.data.gallery.map((image: any) => [image.id, image.spoiler]), en.body.data.gallery.map((image: any) => [image.id, image.spoiler]));
      assert.deepEqual(fr.body.data.cover.id, en.body.data.cover.id);
      const visible = fr.body.data.gallery.filter((image: any) => !image.spoiler);
      assert.ok(visible.length > 0 && visible.every((image: any) => REFERENCE_FR.captions.includes(image.caption) && image.alt === image.caption), 'captions and alt are French');
      assert.equal(fr.body.data.advisories.spoilers.level, en.body.data.advisories.spoilers.level);
      assert.equal(fr.body.data.advisories.spoilers.note, REFERENCE_FR.spoilerNote);
      assert.ok(fr.body.data.body.includes('[spoiler]') && !fr.body.data.body.includes('||'), 'French spoilers hidden too');
      assert.deepEqual([fr.body.data.structuredData.inLanguage, en.body.data.structuredData.inLanguage], ['fr', 'en']);
      // Each slug is its locale's: the English one in French, or the French one by default, is unknown.
      assert.equal((await visitor().get(`${BASE}/${REFERENCE_SLUG}?locale=fr`)).status, 404);
      assert.equal((await visitor().get(`${BASE}/${REFERENCE_SLUG_FR}`)).status, 404);
      const list = await visitor().get(`${BASE}?locale=fr`);
      assert.deepEqual(list.body.data.map((card: any) => [card.slug, card.locale]), [[REFERENCE_SLUG_FR, 'fr']]);
      assert.equal(list.body.data[0].commentCount, en.body.data.commentCount, 'one thread per review, whatever the locale');

      const viaGraphql = await graphql(ctx.baseUrl)(`{ filmReview(slug: "${REFERENCE_SLUG_FR}", locale: "fr") { ${REVIEW_FIELDS} } }`);
      assert.deepEqual(sameAsRest(viaGraphql.body.data.filmReview, fr.body.data), []);
    });

    it('answers 400 for a locale the site does not have, on every route', async () => {
      for (const url of [`${BASE}?locale=de`, `${BASE}/${REFERENCE_SLUG}?locale=de`, `${BASE}/${REFERENCE_SLUG}/comments?locale=de`, `${BASE}?locale=not%20a%20locale`]) {
        const response = await visitor().get(url);
        assert.equal(response.status, 400, url);
        assert.equal(response.body.error.name, 'ValidationError');
      }
      const before = await ctx.strapi.db.query(COMMENT_UID).count();
      const post = await visitor().post(`${BASE}/${REFERENCE_SLUG}/comments?locale=de`, { data: { authorName: 'D', authorEmail: 'd@readers.test', content: 'Hallo', company: '' } });
      assert.equal(post.status, 400);
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count(), before);
    });

    it('keeps one thread per review: a comment posted in French joins it and remembers its locale', async () => {
      const posted = await visitor().post(`${BASE}/${REFERENCE_SLUG_FR}/comments?locale=fr`, {
        data: { authorName: 'Chloé', authorEmail: 'chloe@readers.test', content: 'Très belle critique, merci.', company: '' },
      });
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      const stored = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: posted.body.data.documentId } });
      const review = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: REFERENCE_SLUG } });
      assert.deepEqual([stored.reviewDocumentId, stored.reviewLocale], [review.documentId, 'fr']);
      await ctx.strapi.db.query(COMMENT_UID).update({ where: { id: stored.id }, data: { moderationStatus: 'approved' } });
      const [en, fr] = await Promise.all([
        visitor().get(`${BASE}/${REFERENCE_SLUG}/comments?pagination[pageSize]=100`),
        visitor().get(`${BASE}/${REFERENCE_SLUG_FR}/comments?locale=fr&pagination[pageSize]=100`),
      ]);
      assert.deepEqual(fr.body, en.body);
      assert.ok(en.body.data.some((comment: any) => comment.author.name === 'Chloé'));
    });

    it('keeps slugs unique per locale, and a gallery edit in one locale keeps the others’ captions', async () => {
      const reviews = ctx.strapi.documents(REVIEW_UID as any);
      const base = { reviewer: 'L', rating: 3, film: { title: 'Locales' } };
      const english = await reviews.create({ data: { ...base, title: REFERENCE_FR.title } as any });
      const french = await reviews.create({ data: { ...base, title: REFERENCE_FR.title } as any, locale: 'fr' });
      assert.equal(english.slug, REFERENCE_SLUG_FR, 'free in English');
      assert.equal(french.slug, `${REFERENCE_SLUG_FR}-2`, 'taken in French');

      const reference = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: REFERENCE_SLUG, publishedAt: null } });
      const [first, ...rest] = reference.gallery;
      // The English editor drops the first still and moves another to the end.
      await reviews.update({ documentId: reference.documentId, data: { gallery: [...rest.slice(1), rest[0]] } as any });
      const frenchDraft = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { documentId: reference.documentId, locale: 'fr', publishedAt: null } });
      assert.deepEqual(frenchDraft.gallery.map((item: any) => item.file), [...rest.slice(1), rest[0]].map((item: any) => item.file));
      assert.ok(frenchDraft.gallery.every((item: any) => REFERENCE_FR.captions.includes(item.caption)), 'French captions kept');
      await reviews.update({ documentId: reference.documentId, data: { gallery: reference.gallery } as any });
      assert.ok(first);
    });
  });
