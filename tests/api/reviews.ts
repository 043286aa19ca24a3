import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { strapi as createClient } from '@strapi/client';
import { http } from '../helpers/http';
import { contentManagerPath } from '../helpers/admin';
import { waitFor } from '../helpers/wait';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import snippetSchema from './schemas/review-snippet.schema.json';
import type { ApiContext } from './context';
import { measureRequest } from '../helpers/request-queries';
import { usesDemoContent } from '../helpers/fixtures';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const BASE = '/api/film-reviews/reviews';

/** Reads the reviews API as an anonymous visitor (the public role), like a frontend would. */
export const reviewsSuite = (ctx: ApiContext) =>
  describe('public reviews API', () => {
    usesDemoContent(ctx);
    const visitor = () => http(ctx.baseUrl);
    const slugs = (body: any) => body.data.map((card: any) => card.slug);

    it('lists published reviews as cards, never drafts, for anonymous visitors', async () => {
      const response = await visitor().get(`${BASE}?pagination[pageSize]=100`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      const list = slugs(response.body);
      assert.ok(list.includes(REFERENCE_SLUG));
      assert.ok(!list.includes('aftersun-2022'), 'the draft is not listed');
      const card = response.body.data.find((c: any) => c.slug === REFERENCE_SLUG);
      assert.deepEqual(Object.keys(card).sort(), ['commentCount', 'cover', 'documentId', 'excerpt', 'film', 'likes', 'locale', 'publishedAt', 'rating', 'readerRating', 'slug', 'spoilerWarning', 'title']);
      assert.deepEqual(card.film, { title: 'Never Let Me Go', releaseYear: 2010 });
      assert.deepEqual(card.rating, { value: 4, max: 5 });
      assert.deepEqual(card.spoilerWarning, { level: 'major' });
      assert.equal(card.commentCount, 5);
      assert.deepEqual(card.readerRating, { average: 4, count: 3 });
      assert.equal(card.cover.caption, 'Morning fog over the school grounds');
    });

    it('filters, sorts and paginates with the standard query syntax', async () => {
      const sorted = await visitor().get(`${BASE}?sort=rating:desc&pagination[pageSize]=100`);
      const ratings = sorted.body.data.map((card: any) => card.rating.value);
      assert.deepEqual(ratings, [...ratings].sort((a, b) => b - a));
      const high = await visitor().get(`${BASE}?filters[rating][$gte]=4.5`);
      assert.ok(high.body.data.length > 0 && high.body.data.every((card: any) => card.rating.value >= 4.5));
      const year = await visitor().get(`${BASE}?filters[film][releaseYear][$lt]=2005`);
      assert.deepEqual(slugs(year.body).sort(), ['amelie-2001', 'the-room-2003']);
      const director = await visitor().get(`${BASE}?filters[film][credits][name][$eq]=Mark%20Romanek`);
      assert.deepEqual(slugs(director.body), [REFERENCE_SLUG]);
      const composers = await visitor().get(`${BASE}?filters[film][credits][job][$eq]=composer`);
      assert.deepEqual(slugs(composers.body), ['amelie-2001']);
      const page = await visitor().get(`${BASE}?sort=title:asc&pagination[page]=2&pagination[pageSize]=2`);
      assert.deepEqual(page.body.meta.pagination, { page: 2, pageSize: 2, pageCount: Math.ceil(page.body.meta.pagination.total / 2), total: page.body.meta.pagination.total });
      assert.equal(page.body.data.length, 2);
      const capped = await visitor().get(`${BASE}?pagination[pageSize]=500`);
      assert.equal(capped.body.meta.pagination.pageSize, 100);
    });

    it('refuses unknown query parameters and filters on unknown fields with 400', async () => {
      for (const query of ['populate=*', 'fields[0]=title', 'filters[authorEmail][$eq]=x', 'sort=nope:asc', 'pagination[page]=0', 'spoilers=show']) {
        const response = await visitor().get(`${BASE}?${query}`);
        assert.equal(response.status, 400, `${query}: ${JSON.stringify(response.body)}`);
        assert.equal(response.body.data, null);
        assert.equal(response.body.error.status, 400);
      }
    });

    it('hides inline spoilers and spoiler images by default, shows them on request', async () => {
      const hidden = await visitor().get(`${BASE}/${REFERENCE_SLUG}`);
      assert.equal(hidden.status, 200);
      const review = hidden.body.data;
      assert.ok(!review.body.includes('||'));
      assert.equal(review.body.match(/\[spoiler\]/g).length, 3);
      assert.deepEqual(review.advisories.spoilers, {
        level: 'major',
        note: 'This review discusses the ending, and the gallery holds large stills that may load slowly on a poor connection.',
        hiddenSpans: 3,
      });
      const spoilerImage = review.gallery.find((image: any) => image.spoiler);
      assert.deepEqual(Object.keys(spoilerImage).sort(), ['height', 'id', 'placeholder', 'spoiler', 'width']);
      assert.equal(review.gallery.length, 6);
      assert.ok(!JSON.stringify(review).includes('organ donors'), 'no spoiler text anywhere');

      const shown = await visitor().get(`${BASE}/${REFERENCE_SLUG}?spoilers=show`);
      assert.equal(shown.body.data.body.match(/\|\|/g).length, 6);
      assert.equal(shown.body.data.advisories.spoilers.hiddenSpans, 0);
      const revealed = shown.body.data.gallery.find((image: any) => image.id === spoilerImage.id);
      assert.ok(revealed.url && revealed.caption === 'The recovery centre, white on white');

      assert.equal((await visitor().get(`${BASE}/${REFERENCE_SLUG}?spoilers=maybe`)).status, 400);
    });

    it('answers 404 in Strapi\'s error shape for unknown and unpublished slugs', async () => {
      for (const slug of ['no-such-film', 'aftersun-2022']) {
        const response = await visitor().get(`${BASE}/${slug}`);
        assert.equal(response.status, 404);
        assert.equal(response.body.data, null);
        assert.equal(response.body.error.name, 'NotFoundError');
      }
    });

    it('gives the full review: credits, reviewer, gallery and image advisories', async () => {
      const galleryIds = (await visitor().get(`${BASE}/${REFERENCE_SLUG}`)).body.data.gallery.map((image: any) => image.id);
      await waitFor(async () => {
        const done = await ctx.strapi.db.query('plugin::film-reviews.image-job').count({ where: { fileId: { $in: galleryIds }, state: 'done' } });
        return done === galleryIds.length;
      }, 180_000, 'the gallery image jobs');
      const { body } = await visitor().get(`${BASE}/${REFERENCE_SLUG}?spoilers=show`);
      const review = body.data;
      assert.equal(review.film.credits.length, 10);
      assert.deepEqual(review.film.credits.find((c: any) => c.name === 'Carey Mulligan'), { name: 'Carey Mulligan', job: 'actor', character: 'Kathy H.' });
      assert.deepEqual(review.reviewer, { name: 'Ada Lindqvist', url: 'https://example.com/ada' });
      const files = await ctx.strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: review.gallery.map((g: any) => g.id) } } });
      const original = files.reduce((sum: number, f: any) => sum + Math.round(f.size * 1024), 0);
      assert.equal(review.advisories.images.count, 6, 'the cover is the first gallery image and counts once');
      assert.equal(review.advisories.images.originalBytes, original);
      assert.ok(review.advisories.images.optimizedBytes < original / 10, JSON.stringify(review.advisories.images));
      assert.ok(review.gallery.every((image: any) => image.sources.length === 2 && image.placeholder.dataUri));
    });

    it('emits review JSON-LD that meets Google\'s review-snippet rules', async () => {
      const { body } = await visitor().get(`${BASE}/${REFERENCE_SLUG}`);
      const data = body.data.structuredData;
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      const valid = ajv.validate(snippetSchema, data);
      assert.ok(valid, JSON.stringify(ajv.errors));
      assert.deepEqual(data.reviewRating, { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 0.5 });
      assert.equal(data.reviewBody, body.data.excerpt);
      assert.equal(data.itemReviewed.dateCreated, '2010');
      assert.deepEqual(data.itemReviewed.director, [{ '@type': 'Person', name: 'Mark Romanek' }]);
      assert.equal(data.itemReviewed.actor.length, 6);
      assert.deepEqual(data.itemReviewed.aggregateRating, { '@type': 'AggregateRating', ratingValue: 4, ratingCount: 3, bestRating: 5, worstRating: 0.5 });
      const unrated = await visitor().get(`${BASE}/paddington-2-2017`);
      assert.equal(unrated.body.data.structuredData.itemReviewed.aggregateRating, undefined);
      assert.ok(ajv.validate(snippetSchema, unrated.body.data.structuredData), JSON.stringify(ajv.errors));
    });

    it('runs the same number of queries whatever the number of reviews, credits, images and comments', async () => {
      const countQueries = async (url: string) => {
        const { result: response, queries } = await measureRequest(ctx.strapi, (headers) => http(ctx.baseUrl, undefined, headers).get(url));
        assert.equal(response.status, 200);
        return queries;
      };
      const measure = async () => ({
        list: await countQueries(`${BASE}?pagination[pageSize]=100`),
        detail: await countQueries(`${BASE}/${REFERENCE_SLUG}`),
      });
      try {
        const small = await measure();
        // Grow everything a response touches: reviews with credits and galleries, comments.
        const { documentId } = (await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: REFERENCE_SLUG } }))!;
        const stored = await ctx.admin.get(contentManagerPath(REVIEW_UID, documentId));
        for (let i = 0; i < 8; i += 1) {
          await ctx.strapi.documents(REVIEW_UID as any).create({
            data: {
              title: `Query count ${i}`,
              reviewer: 'Counter',
              rating: 3,
              gallery: stored.body.data.gallery,
              film: { title: `Film ${i}`, credits: Array.from({ length: 12 }, (_, n) => ({ name: `Person ${n}`, job: 'actor' })) },
            } as any,
            status: 'published',
          });
        }
        for (let i = 0; i < 40; i += 1) {
          await ctx.strapi.db.query('plugin::film-reviews.reader-comment').create({
            data: { reviewDocumentId: documentId, authorName: `Reader ${i}`, authorEmail: `r${i}@example.org`, content: 'More', rating: 3, moderationStatus: 'approved' },
          });
        }
        const large = await measure();
        console.log(`queries per request: list ${small.list} -> ${large.list}, detail ${small.detail} -> ${large.detail}`);
        assert.deepEqual(large, small);
      } finally {
        // Leave the reference thread as seeded for the comment tests.
        await ctx.strapi.db.query('plugin::film-reviews.reader-comment').deleteMany({ where: { authorName: { $startsWith: 'Reader ' }, content: 'More' } });
      }
    });

    it('reads the list and a detail with the official @strapi/client', async () => {
      const client = createClient({ baseURL: `${ctx.baseUrl}/api` });
      const list = await (await client.fetch('/film-reviews/reviews?sort=rating:desc')).json();
      assert.ok(list.data.length >= 4);
      const detail = await (await client.fetch(`/film-reviews/reviews/${REFERENCE_SLUG}`)).json();
      assert.equal(detail.data.title, 'Never Let Me Go (2010)');
    });

    it('never lets private comment data out, whatever the query', async () => {
      const probes = [
        `${BASE}?populate=*`,
        `${BASE}?populate[comments]=*`,
        `${BASE}?fields[0]=authorEmail`,
        `${BASE}?filters[authorEmail][$contains]=example`,
        `${BASE}?sort=ipHash:asc`,
        `${BASE}?pagination[pageSize]=100`,
        `${BASE}/${REFERENCE_SLUG}`,
        `${BASE}/${REFERENCE_SLUG}?spoilers=show`,
        `${BASE}/${REFERENCE_SLUG}?populate=*`,
        `${BASE}/${REFERENCE_SLUG}?fields[0]=authorEmail`,
      ];
      for (const url of probes) {
        const response = await visitor().get(url);
        // Error messages may echo the key a probe asked for; data must hold none of it.
        assert.ok(!JSON.stringify(response.body).includes('example.org'), `${url} leaked an email address`);
        const data = JSON.stringify(response.body.data ?? null);
        for (const secret of ['authorEmail', 'ipHash', 'userAgent', 'moderationStatus', 'moderatedBy']) {
          assert.ok(!data.includes(secret), `${url} leaked ${secret}`);
        }
      }
    });
  });
