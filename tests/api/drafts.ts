import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, rawRequest } from '../helpers/http';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';
import { usesDemoContent } from '../helpers/fixtures';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const BASE = '/api/film-reviews/reviews';
/** The playground's config/plugins preview secret (PREVIEW_SECRET unset in tests). */
const PREVIEW_SECRET = 'film-reviews-playground-preview-secret';
const DRAFT_SLUG = 'aftersun-2022';

const withSecret = (secret: string) => ({ 'x-film-reviews-preview-secret': secret });

/** Drafts through the public routes: for previews with the secret or an API token, never for the public. */
export const draftsSuite = (ctx: ApiContext) =>
  describe('draft previews through the reviews API', () => {
    usesDemoContent(ctx);
    const get = (path: string, headers: Record<string, string> = {}) => rawRequest(ctx.baseUrl, { method: 'GET', path, headers });

    it('refuses status=draft to the public, to a wrong secret and to a reader login, with 401 and no draft text', async () => {
      await ctx.strapi.plugin('users-permissions').service('user').add({
        username: 'draft-reader', email: 'draft-reader@test.local', password: 'Reader12345!', provider: 'local', confirmed: true,
        role: (await ctx.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })).id,
      });
      const jwt = (await http(ctx.baseUrl).post('/api/auth/local', { identifier: 'draft-reader@test.local', password: 'Reader12345!' })).body.jwt;
      const attempts: Array<Record<string, string>> = [{}, withSecret('not-the-preview-secret'), withSecret(''), { authorization: `Bearer ${jwt}` }];
      for (const headers of attempts) {
        const response = await get(`${BASE}/${DRAFT_SLUG}?status=draft`, headers);
        assert.equal(response.status, 401, `${JSON.stringify(headers)}: ${response.text}`);
        assert.equal(response.body.error.name, 'UnauthorizedError');
        assert.ok(!response.text.includes('Aftersun'), 'nothing of the draft leaks');
      }
      assert.equal((await get(`${BASE}/${DRAFT_SLUG}`)).status, 404, 'the published default still hides it');
    });

    it('serves the draft, unpublished changes included, with the preview secret or an API token, never cached', async () => {
      const reference = await ctx.strapi.documents(REVIEW_UID).findFirst({ filters: { slug: REFERENCE_SLUG }, status: 'draft' });
      const title = 'Never Let Me Go (2010) — unpublished edit';
      await ctx.strapi.documents(REVIEW_UID).update({ documentId: reference!.documentId, status: 'draft', data: { title } as any });
      try {
        for (const headers of [withSecret(PREVIEW_SECRET), { authorization: `Bearer ${ctx.apiToken}` }]) {
          const draft = await get(`${BASE}/${REFERENCE_SLUG}?status=draft`, headers);
          assert.equal(draft.status, 200, `${JSON.stringify(headers)} ${draft.text}`);
          assert.equal(draft.body.data.title, title);
          assert.equal(draft.headers.get('cache-control'), 'private, no-store');
          const never = await get(`${BASE}/${DRAFT_SLUG}?status=draft&spoilers=show`, headers);
          assert.equal(never.status, 200, never.text);
          assert.equal(never.body.data.title, 'Aftersun (2022)');
          assert.equal(never.body.data.publishedAt, null);
        }
        const published = await get(`${BASE}/${REFERENCE_SLUG}?status=published`);
        assert.equal(published.body.data.title, 'Never Let Me Go (2010)', 'readers still see the published version');
      } finally {
        await ctx.strapi.documents(REVIEW_UID).update({ documentId: reference!.documentId, status: 'draft', data: { title: 'Never Let Me Go (2010)' } as any });
      }
    });

    it('refuses any other status with 400', async () => {
      const response = await get(`${BASE}/${REFERENCE_SLUG}?status=modified`, withSecret(PREVIEW_SECRET));
      assert.equal(response.status, 400, response.text);
    });
  });
