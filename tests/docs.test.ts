/**
 * Docs that cannot lie: every code block a reader may copy parses (config examples are whole
 * files), every route the docs name exists and every route is in the API reference, every
 * option the docs set exists, the generated reference pages match the code, and every
 * relative link leads to a file of this repository.
 * Run alone: npm run test:docs (no build needed).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { fullPath, pluginRoutes, routeKey } from '../scripts/docs/api-reference';
import { configKeys } from '../scripts/docs/config-reference';
import { DOCS_DIR, GENERATED_PAGES } from '../scripts/docs/generate';
import { ROUTE_NOTES } from '../scripts/docs/route-notes';
import { ACTIONS } from '../server/src/permissions';

const REPO = path.resolve(__dirname, '..');
const OUTSIDE_WORDS = /SPEC\.md|SPEC §|§\s?\d|\(issue \d+|issue \d+\)|Targets \(issue|this 2-core machine|What it found, now fixed/;

const markdownFiles = (): string[] => {
  const inDocs = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return inDocs(full);
      return entry.name.endsWith('.md') ? [full] : [];
    });
  return [path.join(REPO, 'README.md'), path.join(REPO, 'CONTRIBUTING.md'), path.join(REPO, 'frontend/README.md'), path.join(REPO, 'bench/README.md'), ...inDocs(DOCS_DIR)];
};

interface CodeBlock {
  file: string;
  line: number;
  lang: string;
  code: string;
}

export const codeBlocks = (file: string, text = fs.readFileSync(file, 'utf8')): CodeBlock[] => {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j].trimStart().startsWith(fence); j += 1) body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    assert.ok(j < lines.length, `${path.relative(REPO, file)}:${i + 1}: a code block is never closed`);
    blocks.push({ file, line: i + 1, lang: lang.toLowerCase(), code: body.join('\n') });
    i = j;
  }
  return blocks;
};

const PARSED = new Set(['ts', 'typescript', 'tsx', 'js', 'javascript', 'jsx', 'mjs', 'cjs', 'json']);

/** Syntax errors of a block, as `line: message`; none for a block that parses. */
export const syntaxErrors = (block: { lang: string; code: string }): string[] => {
  if (block.lang === 'json') {
    try {
      JSON.parse(block.code);
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  }
  const jsx = block.lang === 'tsx' || block.lang === 'jsx';
  const js = ['js', 'javascript', 'jsx', 'mjs', 'cjs'].includes(block.lang);
  const fileName = `block.${js ? (jsx ? 'jsx' : 'js') : jsx ? 'tsx' : 'ts'}`;
  const source = ts.createSourceFile(fileName, block.code, ts.ScriptTarget.Latest, true, js ? (jsx ? ts.ScriptKind.JSX : ts.ScriptKind.JS) : jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const { diagnostics = [] } = ts.transpileModule(block.code, { fileName, reportDiagnostics: true, compilerOptions: { jsx: ts.JsxEmit.Preserve, allowJs: true } });
  const parse: readonly ts.Diagnostic[] = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? [];
  return [...parse, ...diagnostics].map((diagnostic) => {
    const { line } = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : { line: 0 };
    return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
};

/** The keys (dotted) a code block sets in the plugin's `config`: `'film-reviews': { config: { … } }`. */
export const configKeysSet = (code: string): string[] => {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const keys: string[] = [];
  const nameOf = (name: ts.PropertyName) => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined);
  const collect = (object: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = nameOf(property.name);
      if (!name) continue;
      const key = prefix ? `${prefix}.${name}` : name;
      if (ts.isObjectLiteralExpression(property.initializer) && ['images', 'preview', 'retention', 'notifications', 'rateLimit'].includes(name)) collect(property.initializer, key);
      else keys.push(key);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && nameOf(node.name) === 'film-reviews' && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (ts.isPropertyAssignment(property) && nameOf(property.name) === 'config' && ts.isObjectLiteralExpression(property.initializer)) collect(property.initializer, '');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
};

/** `GET /api/film-reviews/…`, `POST /film-reviews/…` (admin), or a bare `GET /reviews/:slug` of the plugin's own paths. */
const ROUTE_MENTION =
  /\b(GET|POST|PUT|PATCH|DELETE) `?(?:((?:\/api)?\/film-reviews)(\/[\w:/.{}-]*)|(\/(?:reviews|comments|unsubscribe|moderation|images|insights|settings|privacy|import)[\w:/.{}-]*))/g;
const URL_MENTION = /https?:\/\/[\w.:-]+((?:\/api)?\/film-reviews\/(?:[\w:/.{}%-]|\$\{[^}]*\})*)/g;

/** Does a documented path (`/reviews/:slug`, `/api/film-reviews/reviews/never-let-me-go-2010/comments`) match a route? */
const matchesRoute = (documented: string, method: string | undefined, kind: 'content-api' | 'admin' | 'any') =>
  pluginRoutes().some((route) => {
    if (method && route.method !== method) return false;
    if (kind !== 'any' && route.kind !== kind) return false;
    const pattern = new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+').replace(/\./g, '\\.')}$`);
    return pattern.test(documented) || documented === route.path;
  });

describe('docs', () => {
  const files = markdownFiles();

  it('are all there: README, CONTRIBUTING, frontend/README and the docs folder', () => {
    for (const file of files) assert.ok(fs.existsSync(file), `${path.relative(REPO, file)} is missing`);
    assert.ok(files.length >= 10, `${files.length} markdown files`);
  });

  it('keep README.md to at most 300 lines', () => {
    const lines = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8').trimEnd().split('\n').length;
    assert.ok(lines <= 300, `README.md has ${lines} lines`);
  });

  it('parse: every ts, tsx, js and json code block is a whole, valid file', () => {
    const failures: string[] = [];
    let parsed = 0;
    for (const file of files) {
      for (const block of codeBlocks(file)) {
        if (!PARSED.has(block.lang)) continue;
        parsed += 1;
        for (const error of syntaxErrors(block)) failures.push(`${path.relative(REPO, block.file)}:${block.line} (${block.lang}) ${error}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(parsed >= 15, `only ${parsed} code blocks parsed`);
    process.stdout.write(`# ${parsed} code blocks parsed\n`);
  });

  it('set only options that exist', () => {
    const known = new Set(configKeys());
    // `images.read` and the like are RBAC actions, not options.
    const actions = new Set(Object.values(ACTIONS).map((action) => action.replace('plugin::film-reviews.', '')));
    const unknown: string[] = [];
    let set = 0;
    for (const file of files) {
      for (const block of codeBlocks(file)) {
        if (!['ts', 'typescript', 'js', 'javascript', 'mjs'].includes(block.lang)) continue;
        for (const key of configKeysSet(block.code)) {
          set += 1;
          if (!known.has(key)) unknown.push(`${path.relative(REPO, block.file)}:${block.line}: ${key}`);
        }
      }
      // Options named in prose, e.g. `images.worker` or `rateLimit.max`.
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/`((?:images|preview|retention|notifications|rateLimit)\.[A-Za-z]+)`/g)) {
        if (!known.has(match[1]) && !actions.has(match[1])) unknown.push(`${path.relative(REPO, file)}: ${match[1]}`);
      }
    }
    assert.deepEqual(unknown, []);
    assert.ok(set > 0, 'no config example found');
  });

  it('name only routes that exist', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(ROUTE_MENTION)) {
        const [, method, prefix, prefixed, bare] = match;
        const route = prefixed ?? bare;
        const documented = route.replace(/[.)]+$/, '').split('?')[0];
        const kind = prefix === '/api/film-reviews' ? 'content-api' : prefix === '/film-reviews' ? 'admin' : 'any';
        if (!matchesRoute(documented, method, kind)) missing.push(`${path.relative(REPO, file)}: ${method} ${prefix ?? ''}${documented}`);
      }
      for (const match of text.matchAll(URL_MENTION)) {
        // A template literal's `${slug}` stands for a path segment.
        const full = match[1].replace(/\$\{[^}]*\}/g, 'x').split('?')[0].replace(/[.)]+$/, '');
        const kind = full.startsWith('/api/') ? 'content-api' : 'admin';
        const documented = full.replace(/^(\/api)?\/film-reviews/, '');
        if (!matchesRoute(documented, undefined, kind)) missing.push(`${path.relative(REPO, file)}: ${match[0]}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('document every route in the API reference, with a note, and no route that is gone', () => {
    const reference = fs.readFileSync(path.join(DOCS_DIR, 'rest-api.md'), 'utf8');
    const headings = [...reference.matchAll(/^### `(\w+) (\S+)`$/gm)].map((match) => `${match[1]} ${match[2]}`);
    const routes = pluginRoutes();
    const expected = routes.map((route) => `${route.method} ${fullPath(route)}`);
    assert.deepEqual(headings.filter((heading) => !expected.includes(heading)), [], 'documented routes that do not exist');
    assert.deepEqual(expected.filter((route) => !headings.includes(route)), [], 'routes missing from docs/rest-api.md');
    const keys = routes.map(routeKey);
    assert.deepEqual(keys.filter((key) => !ROUTE_NOTES[key]), [], 'routes without a note in scripts/docs/route-notes.ts');
    assert.deepEqual(Object.keys(ROUTE_NOTES).filter((key) => !keys.includes(key)), [], 'notes of routes that do not exist');
    for (const route of routes.filter((each) => each.kind === 'admin')) {
      assert.match(reference, new RegExp(`### \`${route.method} ${fullPath(route)}\`[\\s\\S]*?RBAC action: \`plugin::film-reviews\\.`), `${routeKey(route)} names its RBAC action`);
    }
  });

  it('match the code: the generated pages are not stale (npm run docs)', () => {
    for (const [name, render] of Object.entries(GENERATED_PAGES)) {
      const file = path.join(DOCS_DIR, name);
      assert.ok(fs.existsSync(file), `docs/${name} is missing: run npm run docs`);
      assert.ok(fs.readFileSync(file, 'utf8') === render(), `docs/${name} is stale: run npm run docs`);
    }
  });

  it('link only to files of this repository that exist', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1].split('#')[0];
        if (!target || /^[a-z]+:/i.test(target)) continue;
        const resolved = path.resolve(path.dirname(file), decodeURIComponent(target));
        if (!resolved.startsWith(`${REPO}${path.sep}`) || !fs.existsSync(resolved)) broken.push(`${path.relative(REPO, file)}: ${match[1]}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('speak of the product, not of documents outside the repository or how the work was organised', () => {
    // Code comments too: every tracked source file but this test (which names the words) and the generated fixture apps.
    const sources = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.js', '*.mjs', '*.astro', '.ci/run'], { cwd: REPO, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !file.startsWith('tests/fixtures/') && file !== 'tests/docs.test.ts')
      .map((file) => path.join(REPO, file));
    const offending = [...files, ...sources].flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (OUTSIDE_WORDS.test(line) ? [`${path.relative(REPO, file)}:${index + 1}: ${line.trim()}`] : []))
    );
    assert.deepEqual(offending, []);
  });
});
