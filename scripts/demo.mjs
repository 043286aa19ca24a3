#!/usr/bin/env node
// `npm run demo`: install what is missing, build the plugin and the playground admin, then start
// the playground, which creates the demo admin and seeds the reference review on boot.
// The SQLite database in playground/.tmp survives, so a second run keeps the data.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (command, cwd = root) => execSync(command, { cwd, stdio: 'inherit' });

const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');
if (!fs.existsSync(installed) || fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs) {
  console.log('[demo] installing dependencies (root and playground)…');
  run('npm install --no-audit --no-fund');
}

console.log('[demo] building the plugin…');
run('npm run build');
console.log('[demo] building the playground admin…');
run('npm run build:playground');

const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '1337';
const email = process.env.DEMO_ADMIN_EMAIL || 'admin@example.com';
const password = process.env.DEMO_ADMIN_PASSWORD || 'Admin12345!';
console.log(`\n[demo] starting Strapi on http://${host}:${port}/admin — log in as ${email} / ${password}\n`);

const strapi = spawn('npx', ['strapi', 'start'], {
  cwd: path.join(root, 'playground'),
  stdio: 'inherit',
  env: {
    ...process.env,
    HOST: host,
    PORT: port,
    FILM_REVIEWS_DEMO_SEED: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => strapi.kill(signal));
strapi.on('exit', (code) => process.exit(code ?? 0));
