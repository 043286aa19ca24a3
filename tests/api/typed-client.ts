import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { filmReviewsClient } from '../types/film-reviews-client';
import { REFERENCE_SLUG, REFERENCE_SLUG_FR } from '../../playground/scripts/seed-content';
import type { ApiContext } from './context';

const ROOT = path.resolve(__dirname, '../..');

/** Type-checks `export const x = <json> satisfies Type` lines: a missing, extra or mistyped field fails to compile. */
const compile = (samples: Array<[string, unknown, string]>) => {
  const dir = fs.mkdtempSync(path.join(ROOT, 'tests', '.typed-client-'));
  try {
    const types = [...new Set(samples.map(([, , type]) => type))].join(', ');
    const lines = samples.map(([name, value, type]) => `export const ${name} = ${JSON.stringify(value, null, 1)} satisfies ${type};`);
    fs.writeFileSync(path.join(dir, 'samples.ts'), [`import type { ${types} } from 'strapi-plugin-film-reviews/strapi-server';`, ...lines].join('\n'));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['samples.ts'] }));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

export const typedClientSuite = (ctx: ApiContext) =>
  describe('typed client', () => {
    it('compiles what REST and GraphQL answer against the exported types', async () => {
      const settings = ctx.strapi.plugin('film-reviews').service('settings');
      const { floodIntervalSeconds } = await settings.get();
      // Two posts from one reader, REST then GraphQL.
      await settings.update({ floodIntervalSeconds: 0 });
      const client = filmReviewsClient(ctx.baseUrl);
      const comment = { authorName: 'Typed', authorEmail: 'typed@readers.test', content: 'Typed all the way', company: '' };
      const samples: Array<[string, unknown, string]> = [
        ['restList', await client.reviews(), 'ReviewListResponse'],
        ['restListFr', await client.reviews('fr'), 'ReviewListResponse'],
        ['restReview', await client.review(REFERENCE_SLUG), 'ReviewDetailResponse'],
        ['restReviewFr', await client.review(REFERENCE_SLUG_FR, 'fr'), 'ReviewDetailResponse'],
        ['restThread', await client.comments(REFERENCE_SLUG), 'CommentThreadResponse'],
        ['restPost', await client.post(REFERENCE_SLUG, comment), 'PostedCommentResponse'],
        ['graphqlList', await client.graphql.reviews(), 'GraphqlReviewList'],
        ['graphqlReview', await client.graphql.review(REFERENCE_SLUG), 'GraphqlReview'],
        ['graphqlReviewFr', await client.graphql.review(REFERENCE_SLUG_FR, 'fr'), 'GraphqlReview'],
        ['graphqlThread', await client.graphql.comments(REFERENCE_SLUG), 'GraphqlCommentThread'],
        ['graphqlPost', await client.graphql.post(REFERENCE_SLUG, { ...comment, content: 'Typed again' }), 'PostedComment'],
      ];
      await settings.update({ floodIntervalSeconds });
      const review = samples[2][1] as any;
      assert.ok(review.data.gallery.some((image: any) => !('url' in image)), 'the sample holds a withheld spoiler image');
      const { ok, output } = compile(samples);
      assert.ok(ok, output);
      // The check can fail: a field the types do not promise (here a private one) does not compile.
      const leaky = compile([['leaky', { data: { ...review.data, authorEmail: 'x@y.z' } }, 'ReviewDetailResponse']]);
      assert.equal(leaky.ok, false);
      assert.match(leaky.output, /authorEmail/);
    });
  });
