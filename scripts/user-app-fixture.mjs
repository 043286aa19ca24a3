#!/usr/bin/env node
/**
 * Makes tests/fixtures/user-apps/<version>: the app `create-strapi-app@<version>` generates
 * (TypeScript, npm, no example, no git, default SQLite), with the plugin enabled in
 * config/plugins and a lockfile holding the tree the app had when that version was the newest:
 * every `@strapi/*` 5.x package at <version>. Usage: node scripts/user-app-fixture.mjs 5.26.0
 *
 * The lock is resolved with `overrides` pinning those packages, which are then removed from
 * package.json: resolved today without them, peer ranges such as @strapi/plugin-cloud's
 * `@strapi/admin: ^5.0.0` pull the newest release into an older app.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const version = process.argv[2];
if (!/^5\.\d+\.\d+$/.test(version ?? '')) {
  console.error('usage: node scripts/user-app-fixture.mjs <strapi 5 version, e.g. 5.26.0>');
  process.exit(1);
}
const repo = path.resolve(import.meta.dirname, '..');
const target = path.join(repo, 'tests/fixtures/user-apps', version);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'user-app-fixture-'));
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
const run = (cwd, command, args, input) =>
  execFileSync(command, args, { cwd, env, input, stdio: [input ? 'pipe' : 'ignore', 'inherit', 'inherit'] });

// The generator asks one question (anonymous A/B testing) even with every flag given.
run(work, 'npx', ['-y', `create-strapi-app@${version}`, 'app', '--no-run', '--ts', '--use-npm', '--no-install',
  '--skip-cloud', '--no-example', '--no-git-init', '--skip-db'], 'n\n');
const app = path.join(work, 'app');
for (const generated of ['node_modules', '.env', '.gitignore', 'README.md']) fs.rmSync(path.join(app, generated), { recursive: true, force: true });

const pluginsFile = ['ts', 'js'].map((ext) => path.join(app, `config/plugins.${ext}`)).find((file) => fs.existsSync(file));
const plugins = fs.readFileSync(pluginsFile, 'utf8');
const enabled = plugins.includes('=> ({});')
  ? plugins.replace('=> ({});', "=> ({\n  'film-reviews': { enabled: true },\n});")
  : plugins.replace(/(\): Core\.Config\.Plugin => \(\{\n)/, "$1  'film-reviews': { enabled: true },\n");
if (enabled === plugins) throw new Error(`don't know how to enable the plugin in ${pluginsFile}:\n${plugins}`);
fs.writeFileSync(pluginsFile, enabled);

const pkgFile = path.join(app, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
pkg.name = `film-reviews-user-app-${version.replaceAll('.', '-')}`;
pkg.strapi = { uuid: 'film-reviews-user-app-fixture' };
const writePkg = () => fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);

// First resolve as npm does today, to learn which @strapi packages the tree holds; then pin them.
writePkg();
run(app, 'npm', ['install', '--package-lock-only', '--no-audit', '--no-fund']);
const lock = JSON.parse(fs.readFileSync(path.join(app, 'package-lock.json'), 'utf8'));
const strapiPackages = new Set(
  Object.entries(lock.packages)
    .filter(([where, entry]) => /node_modules\/@strapi\/[^/]+$/.test(where) && /^5\./.test(entry.version ?? ''))
    .map(([where]) => where.slice(where.lastIndexOf('@strapi/')))
);
pkg.overrides = Object.fromEntries([...strapiPackages].sort().map((name) => [name, version]));
writePkg();
fs.rmSync(path.join(app, 'package-lock.json'));
run(app, 'npm', ['install', '--package-lock-only', '--no-audit', '--no-fund']);
delete pkg.overrides;
writePkg();

fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(app, target, { recursive: true });
fs.rmSync(work, { recursive: true, force: true });
console.log(`wrote ${path.relative(repo, target)} (${strapiPackages.size} @strapi packages pinned to ${version})`);
