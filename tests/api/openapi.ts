import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PLAYGROUND_DIR } from '../helpers/strapi';

export const openApiSuite = () =>
  describe('OpenAPI', () => {
    it('documents the public routes with their request and response schemas', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-openapi-'));
      const output = path.join(dir, 'openapi.json');
      execFileSync('npx', ['strapi', 'openapi', 'generate', '--output', output], {
        cwd: PLAYGROUND_DIR,
        env: { ...process.env, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
        stdio: 'pipe',
      });
      const spec = JSON.parse(fs.readFileSync(output, 'utf8'));
      fs.rmSync(dir, { recursive: true, force: true });
      const list = spec.paths['/film-reviews/reviews'].get;
      assert.deepEqual(
        list.parameters.map((p: any) => p.name.split('[')[0]).filter((n: string, i: number, all: string[]) => all.indexOf(n) === i),
        ['filters', 'sort', 'pagination', 'locale']
      );
      const detail = spec.paths['/film-reviews/reviews/{slug}'].get;
      assert.ok(detail.parameters.some((p: any) => p.name === 'slug' && p.in === 'path'));
      assert.ok(detail.parameters.some((p: any) => p.name === 'spoilers' && p.in === 'query'));
      const body = JSON.stringify(detail.responses);
      for (const field of ['structuredData', 'advisories', 'hiddenSpans', 'srcset', 'thumbhash']) assert.ok(body.includes(field), field);
      // The feeds answer XML: documented by their parameters, with no JSON response schema.
      const reviewsFeed = spec.paths['/film-reviews/feeds/reviews.atom'].get;
      assert.deepEqual(reviewsFeed.parameters.map((p: any) => [p.name, p.in]), [['locale', 'query']]);
      const commentsFeed = spec.paths['/film-reviews/feeds/reviews/{slug}/comments.atom'].get;
      assert.deepEqual(commentsFeed.parameters.map((p: any) => [p.name, p.in]).sort(), [['locale', 'query'], ['slug', 'path']]);
      for (const feed of [reviewsFeed, commentsFeed]) assert.ok(!JSON.stringify(feed.responses).includes('application/json'), 'no JSON answer is claimed');
    });
  });
