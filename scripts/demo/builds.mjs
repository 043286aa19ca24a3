// The demo's builds, each skipped while its output is newer than every file it is built from.
// The plugin's build makes what the other two read (the plugin's dist for the playground's
// admin, the client package for the frontend), so it goes first; those two then run together.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.astro', '.strapi', '.tmp', 'build', 'uploads']);

/** The newest modification time of the files below `paths` (0 when none exists). */
const newestInput = (root, paths) => {
  let newest = 0;
  const visit = (file) => {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return;
    }
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of fs.readdirSync(file)) if (!SKIPPED_DIRS.has(entry)) visit(path.join(file, entry));
  };
  for (const relative of paths) visit(path.join(root, relative));
  return newest;
};

const runCommand = (command, { cwd, env }) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, env: { ...process.env, ...env }, stdio: 'inherit', shell: true });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });

/**
 * A stamp per build records when it started and with which settings: a file saved during the
 * build is newer than the stamp and makes the next run build again.
 */
const build = async (root, { name, inputs, outputs, command, env = {}, after = [] }) => {
  const stampDir = path.join(root, 'node_modules', '.cache', 'film-reviews-demo');
  const stamp = path.join(stampDir, `${name}.json`);
  const settings = JSON.stringify(env);
  const upToDate =
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === settings &&
    outputs.every((output) => fs.existsSync(path.join(root, output))) &&
    Math.max(newestInput(root, inputs), ...after.map((other) => fs.statSync(path.join(stampDir, `${other}.json`)).mtimeMs)) <=
      fs.statSync(stamp).mtimeMs;
  if (upToDate) {
    console.log(`[demo] ${name}: up to date`);
    return;
  }
  const started = Date.now();
  console.log(`[demo] building ${name}…`);
  await runCommand(command, { cwd: root, env });
  fs.mkdirSync(stampDir, { recursive: true });
  fs.writeFileSync(stamp, settings);
  fs.utimesSync(stamp, new Date(started), new Date(started));
  console.log(`[demo] ${name} built in ${Math.round((Date.now() - started) / 1000)} s`);
};

export const buildAll = async (root, { frontendHostnames }) => {
  await build(root, {
    name: 'plugin',
    inputs: ['admin', 'server', 'shared', 'content-types', 'packages/client/src', 'packages/client/scripts', 'package.json', 'tsconfig.json'],
    outputs: ['dist/server/index.js', 'dist/admin/index.js', 'packages/client/dist'],
    command: 'npm run build',
  });
  await Promise.all([
    build(root, {
      name: 'playground admin',
      inputs: ['playground/src', 'playground/config', 'playground/package.json'],
      outputs: ['playground/dist/build'],
      command: 'npm run build:playground',
      after: ['plugin'],
    }),
    build(root, {
      name: 'reference frontend',
      inputs: ['frontend/src', 'frontend/astro.config.mjs', 'frontend/package.json', 'frontend/tsconfig.json'],
      outputs: ['frontend/dist/server/entry.mjs'],
      command: 'npm run build:frontend',
      // Astro trusts the Host header (and so accepts form posts) only for the names it was built with.
      env: { FRONTEND_HOSTNAMES: frontendHostnames },
      after: ['plugin'],
    }),
  ]);
};
