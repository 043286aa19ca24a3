/**
 * Strapi apps that are not the playground: tests/fixtures/user-apps/<version> (what
 * create-strapi-app@<version> generates for a TypeScript app, with a lockfile), copied to a
 * temporary folder with their locked dependencies installed, and the packed plugin tarball
 * installed by a real `npm install <tarball>` with no flags, as a user would.
 *
 * Installing a Strapi app takes minutes, so each fixture's locked `node_modules` is installed
 * once (`npm ci`) into a cache keyed by the lockfile's hash and copied into every new app; the
 * plugin's own install, the part under test, runs every time.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { waitFor } from './wait';

export const REPO_DIR = path.resolve(__dirname, '../..');
export const FIXTURES_DIR = path.join(REPO_DIR, 'tests/fixtures/user-apps');
export const PLUGIN_NAME = 'strapi-plugin-film-reviews';
const INSTALL_CACHE = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'),
  'strapi-plugin-film-reviews/user-apps'
);

/** The Strapi versions there is a fixture app for, oldest first. */
export const fixtureVersions = () =>
  fs
    .readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

export interface PackedPlugin {
  tarball: string;
  files: string[];
}

/** `npm pack` of the built plugin (npm test builds it first) into `destination`. */
export const packPlugin = (destination: string): PackedPlugin => {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: REPO_DIR,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [result] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  return { tarball: path.join(destination, result.filename), files: result.files.map((file) => file.path) };
};

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Runs npm in `cwd`; answers what it printed on both streams, throws with it on failure. */
const npm = (cwd: string, args: string[]) => {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited with ${result.status} in ${cwd}:\n${output.slice(-4000)}`);
  return output;
};

/** The fixture's locked node_modules, installed once per lockfile into the cache. */
const lockedModules = (fixtureDir: string) => {
  const lock = fs.readFileSync(path.join(fixtureDir, 'package-lock.json'));
  const key = `${path.basename(fixtureDir)}-${crypto.createHash('sha256').update(lock).digest('hex').slice(0, 16)}`;
  const cached = path.join(INSTALL_CACHE, key, 'node_modules');
  if (fs.existsSync(cached)) return cached;
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), `film-reviews-${key}-`));
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(fixtureDir, file), path.join(staging, file));
  npm(staging, ['ci']);
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  fs.renameSync(path.join(staging, 'node_modules'), cached);
  fs.rmSync(staging, { recursive: true, force: true });
  return cached;
};

const randomSecret = () => crypto.randomBytes(16).toString('base64');

export interface UserApp {
  dir: string;
  strapiVersion: string;
  /** What `npm install <tarball>` printed (warnings included). */
  installOutput: string;
}

/**
 * Copies the fixture for `strapiVersion` to a temporary folder with its locked dependencies,
 * writes the `.env` create-strapi-app would (fresh secrets, HOST 127.0.0.1, the given port) and
 * installs the plugin tarball into it with `npm install`, no flags.
 */
export const createUserApp = (tarball: string, port: number, strapiVersion: string): UserApp => {
  const fixtureDir = path.join(FIXTURES_DIR, strapiVersion);
  const modules = lockedModules(fixtureDir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `film-reviews-user-app-${strapiVersion}-`));
  fs.cpSync(fixtureDir, dir, { recursive: true });
  fs.cpSync(modules, path.join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  fs.writeFileSync(
    path.join(dir, '.env'),
    [
      'HOST=127.0.0.1',
      `PORT=${port}`,
      `APP_KEYS="${randomSecret()},${randomSecret()}"`,
      `API_TOKEN_SALT=${randomSecret()}`,
      `ADMIN_JWT_SECRET=${randomSecret()}`,
      `TRANSFER_TOKEN_SALT=${randomSecret()}`,
      `JWT_SECRET=${randomSecret()}`,
      `ENCRYPTION_KEY=${randomSecret()}`,
      '',
    ].join('\n')
  );
  const installOutput = npm(dir, ['install', tarball]);
  return { dir, strapiVersion, installOutput };
};

/** Where Node resolves `request` from `fromDir`, as the plugin's own code would. */
export const resolveFrom = (fromDir: string, request: string) => require.resolve(request, { paths: [fromDir] });

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface DevelopProcess {
  child: ChildProcess;
  /** Everything the CLI printed so far (stdout and stderr). */
  output(): string;
  /** Kills the whole process group (the CLI's primary and its cluster worker). */
  stop(): Promise<void>;
}

/** `strapi develop` as a user runs it (`npm run develop`), without installing anything. */
export const startDevelop = (appDir: string, logFile: string): DevelopProcess => {
  const log: string[] = [];
  const logStream = fs.createWriteStream(logFile, { flags: 'a' });
  const child = spawn(
    process.execPath,
    [path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'develop'],
    {
      cwd: appDir,
      detached: true, // its own process group, so stop() reaches the cluster worker too
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
        BROWSER: 'none',
        FORCE_COLOR: '0',
      },
    }
  );
  const collect = (chunk: Buffer) => {
    log.push(chunk.toString());
    logStream.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should the test runner itself be stopped, take the detached group down with it.
  const killOnExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));
  return {
    child,
    output: () => log.join(''),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          /* already gone */
        }
        const timeout = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }, 10_000);
        await exited;
        clearTimeout(timeout);
      }
      logStream.end();
    },
  };
};

/** Polls `/_health` until Strapi answers 204, or fails with the CLI's output. */
export const waitForHealthy = async (baseUrl: string, develop: DevelopProcess, timeoutMs = 240_000) => {
  await waitFor(
    () => {
      if (develop.child.exitCode !== null) throw new Error(`strapi develop exited with ${develop.child.exitCode}:\n${develop.output().slice(-4000)}`);
      return fetch(`${baseUrl}/_health`).then((response) => response.status === 204, () => false);
    },
    timeoutMs,
    'strapi develop to answer /_health'
  ).catch((error: Error) => {
    throw new Error(`${error.message}:\n${develop.output().slice(-4000)}`);
  });
};
