/**
 * What `npm pack` puts in the tarball: what an app needs and nothing else —
 * the built server and admin, the import command (bin/), the content-type schemas, package.json, README, LICENSE and
 * CHANGELOG — and no tests, playground, bench, scripts or TypeScript sources.
 * Needs `npm run build` first (npm test does it).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { REPO_DIR } from './helpers/user-app';

const ALLOWED_ROOT_FILES = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
const ALLOWED_FOLDERS = ['dist/', 'content-types/', 'bin/'];

let files: string[];

describe('the npm package', () => {
  before(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: REPO_DIR, encoding: 'utf8' });
    files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((file) => file.path);
  });

  it('holds the built server and admin, the schemas, package.json and README', () => {
    for (const required of ['package.json', 'README.md']) assert.ok(files.includes(required), `${required} is packed`);
    for (const folder of ['dist/server/', 'dist/admin/', 'content-types/']) {
      assert.ok(files.some((file) => file.startsWith(folder)), `${folder} is packed`);
    }
    const schemas = fs
      .readdirSync(path.join(REPO_DIR, 'content-types'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .map((file) => `content-types/${file.split(path.sep).join('/')}`);
    assert.ok(schemas.length > 0);
    for (const schema of schemas) assert.ok(files.includes(schema), `${schema} is packed`);
  });

  it('holds every file package.json exports', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8'));
    const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.entries(entry).filter(([condition]) => condition !== 'source').map(([, target]) => target)
    );
    for (const target of targets) {
      const file = path.posix.normalize(target);
      assert.ok(files.includes(file), `${file} (exported) is packed`);
    }
  });

  it("holds every declaration the packed declarations import (dist/shared for the code server and admin share)", () => {
    const declarations = files.filter((file) => file.endsWith('.d.ts'));
    assert.ok(declarations.some((file) => file.startsWith('dist/shared/')), 'the shared declarations are packed');
    for (const declaration of declarations) {
      const source = fs.readFileSync(path.join(REPO_DIR, declaration), 'utf8');
      for (const [, specifier] of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = path.posix.join(path.posix.dirname(declaration), specifier);
        assert.ok([`${target}.d.ts`, `${target}/index.d.ts`].some((file) => files.includes(file)), `${declaration} imports ${specifier}, which is packed`);
      }
    }
  });

  it('holds the command every bin entry names (npx strapi-plugin-film-reviews import-wordpress)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8'));
    const bins = Object.values(pkg.bin as Record<string, string>).map((target) => path.posix.normalize(target));
    assert.ok(bins.length > 0);
    for (const target of bins) assert.ok(files.includes(target), `${target} (bin) is packed`);
  });

  it('holds LICENSE and CHANGELOG.md', () => {
    for (const name of ['LICENSE', 'CHANGELOG.md']) assert.ok(files.includes(name), `${name} is packed`);
  });

  it('holds nothing else: no tests, playground, bench, scripts or TypeScript sources', () => {
    for (const forbidden of ['tests/', 'playground/', 'bench/', 'scripts/', 'server/', 'admin/', 'docs/', 'node_modules/', '.ci/']) {
      const found = files.filter((file) => file.startsWith(forbidden));
      assert.deepEqual(found, [], `nothing under ${forbidden}`);
    }
    const unexpected = files.filter(
      (file) => !ALLOWED_ROOT_FILES.has(file) && !ALLOWED_FOLDERS.some((folder) => file.startsWith(folder))
    );
    assert.deepEqual(unexpected, [], 'only dist/, content-types/, bin/ and the root documents');
    const tests = files.filter((file) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(file));
    assert.deepEqual(tests, [], 'no compiled tests');
  });
});

describe('publishing', () => {
  it("publishes package.json as written: npm's publish-time corrections change nothing (the import command keeps its bin)", () => {
    // `npm publish` normalises package.json and drops what it judges invalid (a `./`-prefixed bin
    // path, for one) with only a warning; the dry run prints those corrections.
    const published = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { cwd: REPO_DIR, encoding: 'utf8' });
    assert.equal(published.status, 0, published.stderr);
    const out = `${published.stdout}${published.stderr}`; // npm prints its warnings on stderr
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8'));
    assert.ok(Object.keys(pkg.bin ?? {}).length > 0, 'the package declares its import command');
    for (const target of Object.values(pkg.bin as Record<string, string>)) assert.ok(files.includes(target), `${target} is packed`);
    assert.doesNotMatch(out, /corrected|invalid and removed/);
  });
});
