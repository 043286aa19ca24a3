/**
 * The client package as a frontend gets it: built, packed with `npm pack`, installed into a fresh
 * project beside React 19, compiled by a strict TypeScript as an ES module and as CommonJS, and
 * loaded by plain Node both ways. Then the plugin's own tarball: with the client package nowhere
 * installed, its `strapi-server` entry still types the imports 0.1.0 documented (needs
 * `npm run build` first; npm test does it). Its calls against a running Strapi are in the API
 * suite (tests/api/typed-client.ts).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..');
const CLIENT_DIR = path.join(ROOT, 'packages/client');
const NAME = 'strapi-plugin-film-reviews-client';
const TYPESCRIPT_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/typescript/package.json'), 'utf8')).version as string;

/** The 0.1.0 type exports of `strapi-plugin-film-reviews/strapi-server`, which must keep working. */
const COMPAT_TYPES = [
  'ReviewCard', 'ReviewDetail', 'ImageObject', 'HiddenSpoilerImage', 'PublicComment', 'CommentSubmission', 'PostedComment',
  'PostedCommentResponse', 'ReviewListResponse', 'ReviewDetailResponse', 'CommentThreadResponse', 'Pagination',
  'GraphqlImage', 'GraphqlReviewCard', 'GraphqlReview', 'GraphqlComment', 'GraphqlReviewList', 'GraphqlCommentThread',
];

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')}:\n${output}`);
  return output;
};

const tsc = (cwd: string) => spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', cwd], { cwd, encoding: 'utf8' });

/** `npm pack` into `destination`: the tarball's path and the files it holds. */
const pack = (cwd: string, destination: string) => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd, encoding: 'utf8' })) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  return { tarball: path.join(destination, packed.filename), files: packed.files.map((file) => file.path) };
};

/** Every folder named `name` under node_modules, nested ones included. */
const installedCopies = (nodeModules: string, name: string): string[] =>
  fs.readdirSync(nodeModules, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const dir = path.join(nodeModules, entry.name);
    const scoped = entry.name.startsWith('@') ? fs.readdirSync(dir).map((inner) => path.join(dir, inner)) : [dir];
    return scoped.flatMap((pkg) => {
      const nested = path.join(pkg, 'node_modules');
      return [...(path.basename(pkg) === name ? [pkg] : []), ...(fs.existsSync(nested) ? installedCopies(nested, name) : [])];
    });
  });

/** What a frontend would write: every call, narrowed results, the errors; one misuse the types must refuse. */
const consumer = (importLine: string) => `${importLine}

const client = createFilmReviewsClient({ baseUrl: 'https://cms.example.com', headers: { authorization: 'Bearer token' } });

export async function page(slug: string): Promise<string> {
  const { data: cards, meta } = await client.listReviews({ filters: { rating: { $gte: 4 } }, sort: 'rating:desc', pagination: { page: 1, pageSize: 12 }, locale: 'fr' });
  const first: ReviewCard | undefined = cards[0];
  const { data: review }: ReviewDetailResponse = await client.getReview(slug, { spoilers: 'hide' });
  const images = review.gallery.map((image: ImageObject | HiddenSpoilerImage) => ('url' in image ? image.sources.map((source) => source.srcset) : image.placeholder?.dataUri));
  const thread: CommentThreadResponse = await client.getComments(slug, { sort: 'newest', pagination: { page: 2 } });
  const comment: PublicComment | undefined = thread.data[0];
  const submission: CommentSubmission = { authorName: 'Maren', authorEmail: 'maren@example.org', content: 'Lovely.', company: '' };
  const result = await client.postComment(slug, submission);
  // @ts-expect-error retryAfter exists on a 429 only
  result.retryAfter;
  const said = result.ok ? result.data.moderationStatus : result.status === 400 ? result.fieldErrors.map((error) => error.path.join('.')).join() : result.status === 429 ? String(result.retryAfter) : result.error.message;
  const report = await client.reportComment(comment?.documentId ?? '', 'spoiler');
  const draft = await client.getDraftReview(slug, { previewSecret: 'secret' });
  const { data } = await client.unsubscribe('token');
  const graphql: GraphqlReview = await client.graphql.review(slug, { spoilers: 'show' });
  try {
    await client.getReview('missing');
  } catch (error) {
    if (error instanceof FilmReviewsError) return \`\${error.status} \${error.error?.name}\`;
  }
  return [meta.pagination.total, first?.title, images.length, said, report.ok, draft.data.publishedAt, data.unsubscribed, graphql.gallery.length].join();
}
`;

const CLIENT_IMPORTS = 'createFilmReviewsClient, FilmReviewsError, type CommentSubmission, type CommentThreadResponse, type GraphqlReview, type HiddenSpoilerImage, type ImageObject, type PublicComment, type ReviewCard, type ReviewDetailResponse';

describe('the client package', () => {
  let work: string;
  let app: string;
  let files: string[];
  let installOutput: string;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-client-'));
    app = path.join(work, 'app');
    fs.mkdirSync(app);
    run('npm', ['run', 'build', '--workspace', 'packages/client'], ROOT);
    const packed = pack(CLIENT_DIR, work);
    files = packed.files;
    run('npm', ['init', '-y'], app);
    installOutput = run('npm', ['install', '--no-audit', '--no-fund', 'react@19', 'react-dom@19', packed.tarball, `typescript@${TYPESCRIPT_VERSION}`], app);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('has no dependencies of any kind, and packs only its build, README, LICENSE and package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(CLIENT_DIR, 'package.json'), 'utf8'));
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) assert.equal(pkg[field], undefined, field);
    const unexpected = files.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(file));
    assert.deepEqual(unexpected, []);
    for (const file of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json', 'README.md']) {
      assert.ok(files.includes(file), `${file} is packed`);
    }
  });

  it('installs beside React 19 with no peer warning, no Strapi package and one React', () => {
    assert.doesNotMatch(installOutput, /peer|ERESOLVE|EBADENGINE/i);
    const nodeModules = path.join(app, 'node_modules');
    assert.ok(fs.existsSync(path.join(nodeModules, NAME, 'package.json')));
    assert.equal(fs.existsSync(path.join(nodeModules, '@strapi')), false, 'nothing under node_modules/@strapi');
    assert.deepEqual(installedCopies(nodeModules, 'react').map((dir) => path.relative(nodeModules, dir)), ['react']);
    assert.match(JSON.parse(fs.readFileSync(path.join(nodeModules, 'react/package.json'), 'utf8')).version, /^19\./);
  });

  it('compiles under tsc --strict as an ES module and as CommonJS', () => {
    fs.writeFileSync(path.join(app, 'page.mts'), consumer(`import { ${CLIENT_IMPORTS} } from '${NAME}';`));
    fs.writeFileSync(path.join(app, 'page.cts'), consumer(`import { ${CLIENT_IMPORTS} } from '${NAME}';`));
    // A browser or edge app: DOM's fetch types, no @types/node.
    const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [] };
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['page.mts', 'page.cts'] }));
    const result = tsc(app);
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });

  it('loads with require() and import() in plain Node, with the same exports', () => {
    const keys = (script: string, args: string[] = []) => JSON.parse(run(process.execPath, [...args, '-e', script], app));
    const required = keys(`const m = require('${NAME}'); console.log(JSON.stringify(Object.keys(m).sort()))`);
    const imported = keys(`const m = await import('${NAME}'); console.log(JSON.stringify(Object.keys(m).sort()))`, ['--input-type=module']);
    assert.deepEqual(required, imported);
    for (const name of ['createFilmReviewsClient', 'FilmReviewsError', 'FilmReviewsGraphqlError', 'REVIEW_QUERY']) assert.ok(required.includes(name), name);
  });

  it('imports nothing but its own files: no Node built-ins and no packages, for browsers and edge runtimes', () => {
    const dist = path.join(app, 'node_modules', NAME, 'dist');
    const specifiers = fs
      .readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => [...fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/(?:from\s*|require\(\s*|import\(\s*)["']([^"']+)["']/g)].map((match) => match[1]));
    assert.ok(specifiers.length > 0, 'the scan finds the relative imports');
    assert.deepEqual(specifiers.filter((specifier) => !specifier.startsWith('./')), []);
  });
});

describe("the plugin's tarball, without the client package", () => {
  let work: string;
  let files: string[];

  before(() => {
    // Inside the repository, so the extracted plugin resolves its Strapi peers from the root node_modules.
    work = fs.mkdtempSync(path.join(ROOT, 'tests', '.typed-client-plugin-'));
    const packed = pack(ROOT, work);
    files = packed.files;
    const extracted = path.join(work, 'node_modules/strapi-plugin-film-reviews');
    fs.mkdirSync(extracted, { recursive: true });
    run('tar', ['-xzf', packed.tarball, '--strip-components=1', '-C', extracted], work);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('names the client package nowhere as a dependency or an import', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(work, 'node_modules/strapi-plugin-film-reviews/package.json'), 'utf8'));
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) assert.equal(pkg[field]?.[NAME], undefined, field);
    const importing = files
      .filter((file) => /\.(d\.ts|m?js)$/.test(file))
      .filter((file) => new RegExp(`(from\\s*|require\\(\\s*|import\\(\\s*)["']${NAME}`).test(fs.readFileSync(path.join(work, 'node_modules/strapi-plugin-film-reviews', file), 'utf8')));
    assert.deepEqual(importing, []);
  });

  it('types every 0.1.0 import from strapi-server, through the declarations it packs', () => {
    assert.ok(files.includes('dist/packages/client/src/types.d.ts'), 'the shared types are packed where dist/server/src/*.d.ts import them');
    const names = COMPAT_TYPES.map((name) => `type ${name}`).join(', ');
    fs.writeFileSync(
      path.join(work, 'consumer.ts'),
      [
        `import { ${names} } from 'strapi-plugin-film-reviews/strapi-server';`,
        `export type All = [${COMPAT_TYPES.join(', ')}];`,
        `export const title = (card: ReviewCard): string => card.title;`,
        // Types that resolved to any would accept this.
        `// @ts-expect-error slug is a string`,
        `export const wrong: Pick<ReviewCard, 'slug'> = { slug: 42 };`,
      ].join('\n')
    );
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'] };
    fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    const result = tsc(work);
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });
});
