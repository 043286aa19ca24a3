#!/usr/bin/env node
// `npm run demo`: install what is missing, build what changed (the plugin, then the playground
// admin and the reference frontend together), then start the playground (which creates the demo
// admin and seeds the reference review on boot) and the frontend pointed at it. The SQLite
// database in playground/.tmp survives, so a second run keeps the data.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildAll } from './demo/builds.mjs';

const root = path.resolve(import.meta.dirname, '..');
const run = (command, cwd = root) => execSync(command, { cwd, stdio: 'inherit' });

const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');
if (!fs.existsSync(installed) || fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs) {
  console.log('[demo] installing dependencies (root and playground)…');
  run('npm install --no-audit --no-fund');
}

const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '1337';
const frontendHost = process.env.FRONTEND_HOST || '127.0.0.1';
const frontendPort = process.env.FRONTEND_PORT || '3000';
const frontendUrl = `http://${frontendHost}:${frontendPort}`;
// The playground's default; config/admin (Preview), config/plugins and the frontend share it.
const previewSecret = process.env.PREVIEW_SECRET || 'film-reviews-playground-preview-secret';

await buildAll(root, { frontendHostnames: [...new Set([frontendHost, '127.0.0.1', 'localhost'])].join(',') });
const email = process.env.DEMO_ADMIN_EMAIL || 'admin@example.com';
const password = process.env.DEMO_ADMIN_PASSWORD || 'Admin12345!';
console.log(`\n[demo] starting Strapi on http://${host}:${port}/admin — log in as ${email} / ${password}`);
console.log(`[demo] starting the reference frontend on ${frontendUrl} (reference review: ${frontendUrl}/reviews/never-let-me-go-2010)\n`);

const strapi = spawn('npx', ['strapi', 'start'], {
  cwd: path.join(root, 'playground'),
  stdio: 'inherit',
  env: {
    ...process.env,
    HOST: host,
    PORT: port,
    FILM_REVIEWS_DEMO_SEED: 'true',
    FRONTEND_URL: frontendUrl,
    PREVIEW_SECRET: previewSecret,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  },
});
// It needs Strapi only per request, so both start at once.
const frontend = spawn(process.execPath, ['dist/server/entry.mjs'], {
  cwd: path.join(root, 'frontend'),
  stdio: 'inherit',
  env: { ...process.env, HOST: frontendHost, PORT: frontendPort, STRAPI_URL: `http://${host}:${port}`, PREVIEW_SECRET: previewSecret },
});
const children = [strapi, frontend];
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));
for (const child of children) {
  child.on('exit', (code) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'));
    process.exit(code ?? 0);
  });
}
