import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';
import { http } from '../helpers/http';
import { measureRequest } from '../helpers/request-queries';
import { CARD_FIELDS, COMMENT_FIELDS, graphql, REVIEW_FIELDS, sameAsRest } from '../helpers/graphql';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';
import { usesDemoContent } from '../helpers/fixtures';

const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const REVIEW_UID = 'plugin::film-reviews.film-review';
const PERMISSION_UID = 'plugin::users-permissions.permission';
const BASE = '/api/film-reviews/reviews';
/** What no response, filter or input of the public schema may name (the content model's private fields). */
const PRIVATE_FIELDS = ['authorEmail', 'ipHash', 'userAgent', 'contentKey', 'moderatedAt', 'moderatedBy', 'threadNumber', 'threadRoot', 'threadParent', 'threadDepth', 'reviewLocale'];

const POST = `mutation Post($slug: String!, $data: FilmReviewsCommentInput!, $locale: String) {
  postFilmReviewComment(slug: $slug, data: $data, locale: $locale) { documentId moderationStatus }
}`;

export const graphqlSuite = (ctx: ApiContext) =>
  describe('GraphQL', () => {
    usesDemoContent(ctx);
    const visitor = () => graphql(ctx.baseUrl);
    const rest = () => http(ctx.baseUrl);
    const settings = () => ctx.strapi.plugin('film-reviews').service('settings');

    before(async () => {
      await settings().update({ rateLimit: { max: 10_000, windowSeconds: 600 }, floodIntervalSeconds: 15 });
    });

    it('serves the review list, the reference review and its thread as REST does, spoilers hidden by default', async () => {
      const { body } = await visitor()(`query {
        filmReviews(sort: ["rating:desc", "title:asc"], pagination: { pageSize: 2 }, filters: { rating: { gte: 4 } }) { data { ${CARD_FIELDS} } meta { pagination { page pageSize pageCount total } } }
        hidden: filmReview(slug: "${REFERENCE_SLUG}") { ${REVIEW_FIELDS} }
        shown: filmReview(slug: "${REFERENCE_SLUG}", spoilers: show) { ${REVIEW_FIELDS} }
        filmReviewComments(slug: "${REFERENCE_SLUG}") { data { ${COMMENT_FIELDS} } meta { pagination { page pageSize pageCount total } totalComments } }
      }`);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const list = await rest().get(`${BASE}?sort[0]=rating:desc&sort[1]=title:asc&pagination[pageSize]=2&filters[rating][$gte]=4`);
      assert.deepEqual(sameAsRest(body.data.filmReviews, list.body), []);
      assert.equal(body.data.filmReviews.data.length, 2);
      const hidden = await rest().get(`${BASE}/${REFERENCE_SLUG}`);
      assert.deepEqual(sameAsRest(body.data.hidden, hidden.body.data), []);
      assert.deepEqual(sameAsRest(body.data.shown, (await rest().get(`${BASE}/${REFERENCE_SLUG}?spoilers=show`)).body.data), []);
      assert.ok(body.data.hidden.advisories.spoilers.hiddenSpans >= 2);
      assert.ok(!body.data.hidden.body.includes('||'));
      const withheld = body.data.hidden.gallery.filter((image: any) => image.spoiler);
      assert.ok(withheld.length > 0 && withheld.every((image: any) => image.url === null && image.sources.length === 0 && 'placeholder' in image));
      const thread = await rest().get(`${BASE}/${REFERENCE_SLUG}/comments`);
      assert.deepEqual(sameAsRest(body.data.filmReviewComments, thread.body), []);
      const jon = body.data.filmReviewComments.data.find((c: any) => c.author.name === 'Jon');
      assert.deepEqual([jon.content, jon.spoilerHidden], [null, true]);
    });

    it('answers likes and sort: top as REST does', async () => {
      const thread = (await rest().get(`${BASE}/${REFERENCE_SLUG}/comments`)).body;
      const last = thread.data.at(-1);
      await http(ctx.baseUrl, undefined, { 'x-reader-key': 'graphql-suite-reader-01' }).post(`/api/film-reviews/comments/${last.documentId}/like`);
      const query = `{ filmReviewComments(slug: "${REFERENCE_SLUG}", sort: top) { data { ${COMMENT_FIELDS} } meta { totalComments } } filmReview(slug: "${REFERENCE_SLUG}") { likes } }`;
      const { body } = await visitor()(query);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const top = (await rest().get(`${BASE}/${REFERENCE_SLUG}/comments?sort=top`)).body;
      assert.deepEqual(sameAsRest(body.data.filmReviewComments.data, top.data), []);
      assert.ok(body.data.filmReviewComments.data[0].likes >= 1);
      assert.equal(body.data.filmReview.likes, (await rest().get(`${BASE}/${REFERENCE_SLUG}`)).body.data.likes);
    });

    it('answers bad arguments, unknown reviews and private filters with Strapi error codes', async () => {
      const errorOf = async (query: string) => (await visitor()(query)).body.errors?.[0];
      assert.equal((await errorOf('{ filmReview(slug: "no-such-film") { slug } }')).extensions.code, 'STRAPI_NOT_FOUND_ERROR');
      assert.equal((await errorOf('{ filmReview(slug: "aftersun-2022") { slug } }')).extensions.code, 'STRAPI_NOT_FOUND_ERROR', 'a draft is not public');
      assert.equal((await errorOf('{ filmReview(slug: "bad slug!") { slug } }')).extensions.code, 'BAD_USER_INPUT');
      assert.equal((await errorOf(`{ filmReviewComments(slug: "${REFERENCE_SLUG}", pagination: { pageSize: 101 }) { meta { totalComments } } }`)).extensions.code, 'BAD_USER_INPUT');
      assert.equal((await errorOf(`{ filmReview(slug: "${REFERENCE_SLUG}", locale: "xx") { slug } }`)).extensions.code, 'BAD_USER_INPUT');
      // The generated filters input has no private or comment field to filter on.
      assert.equal((await errorOf('{ filmReviews(filters: { authorEmail: { eq: "x" } }) { data { slug } } }')).extensions.code, 'GRAPHQL_VALIDATION_FAILED');
      // More than 100 per page is capped, as REST caps it.
      const capped = await visitor()('{ filmReviews(pagination: { pageSize: 500 }) { meta { pagination { pageSize } } } }');
      assert.equal(capped.body.data.filmReviews.meta.pagination.pageSize, 100);
    });

    it('posts a comment under the REST rules: moderation, validation, duplicates, closed threads, rate limits', async () => {
      const post = (data: Record<string, unknown>, slug = REFERENCE_SLUG) => visitor()(POST, { slug, data: { company: '', ...data } });
      const first = await post({ authorName: 'Gwen', authorEmail: 'gwen@readers.test', content: 'Posted through GraphQL' });
      assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
      assert.equal(first.body.data.postFilmReviewComment.moderationStatus, 'pending', 'a first-time commenter is held');
      const stored = await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { documentId: first.body.data.postFilmReviewComment.documentId } });
      assert.equal(stored.authorEmail, 'gwen@readers.test');
      assert.equal(stored.reviewLocale, 'en');
      assert.ok(stored.ipHash && !stored.ipHash.includes('127.0.0.1'));

      const before = await ctx.strapi.db.query(COMMENT_UID).count();
      const invalid = await post({ authorName: 'Gwen', authorEmail: 'not an email', content: '' });
      assert.equal(invalid.body.errors[0].extensions.code, 'BAD_USER_INPUT');
      assert.deepEqual(invalid.body.errors[0].extensions.error.details.errors.map((e: any) => e.path.join('.')).sort(), ['data.authorEmail', 'data.content']);
      const duplicate = await post({ authorName: 'Gwen', authorEmail: 'gwen@readers.test', content: 'Posted through GraphQL' });
      assert.equal(duplicate.body.errors[0].extensions.code, 'STRAPI_CONFLICT_ERROR');
      assert.equal((await post({ authorName: 'X', authorEmail: 'x@readers.test', content: 'hi' }, 'no-such-film')).body.errors[0].extensions.code, 'STRAPI_NOT_FOUND_ERROR');
      const flood = await post({ authorName: 'Gwen', authorEmail: 'gwen@readers.test', content: 'And again, at once' });
      assert.equal(flood.body.errors[0].extensions.code, 'STRAPI_RATE_LIMIT_ERROR');
      assert.ok(flood.body.errors[0].extensions.error.details.retryAfter > 0, 'a 429 carries retryAfter');
      const huge = await post({ authorName: 'Gwen', authorEmail: 'gwen2@readers.test', content: 'x'.repeat(70_000) });
      assert.equal(huge.body.errors[0].extensions.code, 'STRAPI_PAYLOAD_TOO_LARGE_ERROR');
      assert.equal(await ctx.strapi.db.query(COMMENT_UID).count(), before, 'nothing refused was written');

      const review = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: 'amelie-2001', publishedAt: { $notNull: true } } });
      await ctx.strapi.db.query(REVIEW_UID).updateMany({ where: { documentId: review.documentId }, data: { commentsOpen: false } });
      try {
        const closed = await post({ authorName: 'Y', authorEmail: 'y@readers.test', content: 'closed?' }, 'amelie-2001');
        assert.equal(closed.body.errors[0].extensions.code, 'FORBIDDEN');
      } finally {
        await ctx.strapi.db.query(REVIEW_UID).updateMany({ where: { documentId: review.documentId }, data: { commentsOpen: true } });
      }
    });

    it('shows no private field and no internal content type in introspection', async () => {
      const { body } = await visitor()('{ __schema { types { name kind fields { name } inputFields { name } } } }');
      const types: Array<{ name: string; kind: string; fields: Array<{ name: string }> | null; inputFields: Array<{ name: string }> | null }> = body.data.__schema.types;
      assert.ok(types.some((type) => type.name === 'FilmReviewsComment'), 'the plugin types are there');
      // Every content type of the plugin but the review (comments, jobs, limits, threads, import keys and runs…).
      const internalNames = Object.values(ctx.strapi.contentTypes)
        .filter((model: any) => model.plugin === 'film-reviews' && model.uid !== REVIEW_UID)
        .map((model: any) => model.info.singularName.replace(/(^|-)([a-z])/g, (_: string, _dash: string, letter: string) => letter.toUpperCase()));
      assert.ok(internalNames.includes('ImportKey') && internalNames.includes('ReaderComment'));
      const internal = types.filter((type) => internalNames.some((name) => type.name.includes(name))).map((type) => type.name);
      assert.deepEqual(internal, []);
      for (const type of types) {
        const names = [...(type.fields ?? []), ...(type.inputFields ?? [])].map((field) => field.name);
        // A reader gives an email when posting, and only there.
        const allowed = type.name === 'FilmReviewsCommentInput' ? ['authorEmail'] : [];
        const exposed = names.filter((name) => PRIVATE_FIELDS.includes(name) && !allowed.includes(name));
        assert.deepEqual(exposed, [], `${type.name} exposes ${exposed.join(', ')}`);
        assert.ok(!names.includes('moderationStatus') || type.name === 'FilmReviewsPostedComment', `${type.name}.moderationStatus`);
      }
      const jsonFields = types.flatMap((type) => (type.name.startsWith('FilmReviews') ? (type.fields ?? []).map((field) => `${type.name}.${field.name}`) : []));
      assert.ok(jsonFields.length > 50);
    });

    it('types the custom fields in any content type: Float ratings, spoiler warnings and galleries as image objects', async () => {
      const typeOf = async (name: string) =>
        (await visitor()(`{ __type(name: "${name}") { fields { name type { name kind ofType { name kind ofType { name } } } } inputFields { name type { name kind ofType { name ofType { name } } } } } }`)).body.data.__type;
      const named = (type: any): string => type.name ?? named(type.ofType);
      const scorecard = await typeOf('Scorecard');
      const fieldType = (name: string) => named(scorecard.fields.find((field: any) => field.name === name).type);
      assert.deepEqual([fieldType('score'), fieldType('advisory'), fieldType('stills')], ['Float', 'FilmReviewsSpoilerWarning', 'FilmReviewsImage']);
      const input = await typeOf('ScorecardInput');
      assert.deepEqual(
        ['advisory', 'stills'].map((name) => named(input.inputFields.find((field: any) => field.name === name).type)),
        ['FilmReviewsSpoilerWarningInput', 'FilmReviewsGalleryItemInput']
      );
      assert.equal(named((await typeOf('ComponentPlaygroundSubScore')).fields.find((field: any) => field.name === 'value').type), 'Float');
      const filters = await typeOf('ScorecardFiltersInput');
      assert.ok(!filters.inputFields.some((field: any) => ['advisory', 'stills'].includes(field.name)), 'no JSON filters on typed fields');

      const reference = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: REFERENCE_SLUG, publishedAt: { $notNull: true } } });
      const file = reference.gallery[0].file;
      const created = await graphql(ctx.baseUrl, ctx.apiToken)(
        `mutation { createScorecard(data: { name: "GraphQL card", score: 7, advisory: { level: mild, note: "A twist" }, stills: [{ file: ${file}, caption: "Typed" }], subScores: [{ label: "pace", value: 2.5 }] }) {
          name score advisory { level note } stills { id url caption spoiler sources { type } placeholder { color } } subScores { value } } }`
      );
      assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
      const card = created.body.data.createScorecard;
      assert.equal(card.score, 7);
      assert.deepEqual(card.advisory, { level: 'mild', note: 'A twist' });
      assert.deepEqual([card.stills[0].id, card.stills[0].caption, card.stills[0].spoiler], [file, 'Typed', false]);
      assert.match(card.stills[0].url, /^\/uploads\//);
      assert.deepEqual(card.subScores, [{ value: 2.5 }]);
      // The field rules hold on this write path too.
      const bad = await graphql(ctx.baseUrl, ctx.apiToken)('mutation { createScorecard(data: { name: "bad", score: 7.5 }) { name } }');
      assert.equal(bad.body.errors[0].extensions.code, 'BAD_USER_INPUT');
    });

    it('follows the public role: an operation is allowed exactly while its REST action is granted', async () => {
      const role = await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      const grant = await ctx.strapi.db.query(PERMISSION_UID).findOne({ where: { role: role.id, action: 'plugin::film-reviews.reviews.list' } });
      assert.ok(grant, 'granted on first start');
      await ctx.strapi.db.query(PERMISSION_UID).delete({ where: { id: grant.id } });
      try {
        const denied = await visitor()('{ filmReviews { meta { pagination { total } } } }');
        assert.equal(denied.body.errors[0].extensions.code, 'FORBIDDEN');
        assert.equal((await rest().get(BASE)).status, 403);
        const other = await visitor()(`{ filmReview(slug: "${REFERENCE_SLUG}") { slug } }`);
        assert.equal(other.body.data.filmReview.slug, REFERENCE_SLUG, 'the other grants stand');
      } finally {
        await ctx.strapi.db.query(PERMISSION_UID).create({ data: { action: 'plugin::film-reviews.reviews.list', role: role.id } });
      }
      assert.equal((await visitor()('{ filmReviews { meta { pagination { total } } } }')).body.errors, undefined);
    });

    it('refuses queries deeper than the configured depth limit', async () => {
      const deep = [...Array(12)].reduce((inner) => `replies { ${inner} }`, 'documentId');
      const { body } = await visitor()(`{ filmReviewComments(slug: "${REFERENCE_SLUG}") { data { ${deep} } } }`);
      assert.match(body.errors?.[0]?.message ?? JSON.stringify(body).slice(0, 500), /exceeds maximum operation depth/);
    });

    it('reads the thread with as many queries as REST, the same at 5 and at 2,000 comments', async () => {
      const review = await ctx.strapi
        .documents(REVIEW_UID as any)
        .create({ data: { title: 'GraphQL thread (2024)', reviewer: 'T', rating: 3, film: { title: 'GraphQL thread' } } as any, status: 'published' });
      const counted = async <T>(send: (headers: Record<string, string>) => Promise<T>) => {
        const started = performance.now();
        const { result, queries } = await measureRequest(ctx.strapi, send);
        return { queries, ms: performance.now() - started, result };
      };
      const measure = async () => {
        const viaGraphql = await counted((headers) =>
          graphql(ctx.baseUrl, undefined, headers)(`{ filmReviewComments(slug: "${review.slug}", pagination: { pageSize: 100 }) { data { ${COMMENT_FIELDS} } meta { totalComments } } }`)
        );
        // Another page size: a page GraphQL just read would come from the page cache.
        const viaRest = await counted((headers) => http(ctx.baseUrl, undefined, headers).get(`${BASE}/${review.slug}/comments?pagination[pageSize]=99`));
        const body = (viaGraphql.result as any).body;
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        return { graphql: viaGraphql.queries, rest: viaRest.queries, ms: viaGraphql.ms, total: body.data.filmReviewComments.meta.totalComments };
      };
      const rows = (from: number, count: number) =>
        Array.from({ length: count }, (_, i) => ({
          reviewDocumentId: review.documentId,
          authorName: `GraphQL bulk ${from + i}`,
          authorEmail: `gql-bulk${from + i}@readers.test`,
          content: `Bulk comment ${from + i}`,
          moderationStatus: 'approved',
        }));
      await ctx.strapi.db.query(COMMENT_UID).createMany({ data: rows(0, 5) });
      const small = await measure();
      for (let from = 5; from < 2000; from += 500) await ctx.strapi.db.query(COMMENT_UID).createMany({ data: rows(from, Math.min(500, 2000 - from)) });
      const large = await measure();
      assert.deepEqual([small.total, large.total], [5, 2000]);
      console.log(`GraphQL thread: ${small.graphql} queries for 5 comments, ${large.graphql} for 2000 (REST: ${small.rest}, ${large.rest}); ${small.ms.toFixed(0)} ms vs ${large.ms.toFixed(0)} ms`);
      assert.equal(large.graphql, small.graphql);
      assert.equal(small.graphql, small.rest);
    });
  });
