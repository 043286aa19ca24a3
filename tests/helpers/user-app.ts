/**
 * A Strapi app that is not the playground: tests/fixtures/user-app (what create-strapi-app@5.54.0
 * generates for a TypeScript app) copied to a temporary folder, with the packed plugin tarball
 * installed into it and started with the real `strapi develop` CLI, as a user would.
 *
 * "Installed" without a network round trip: the tarball is extracted into
 * <app>/node_modules/strapi-plugin-film-reviews (a real folder, as npm leaves it), and every
 * package the app and the plugin need at runtime — their dependencies and peer dependencies, and
 * theirs, transitively — is a symlink into this repository's node_modules. Only that closure is
 * linked, so a plugin import that is not declared in its package.json (only a devDependency
 * here) fails in this app just as it would in a user's.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REPO_DIR = path.resolve(__dirname, '../..');
export const FIXTURE_DIR = path.join(REPO_DIR, 'tests/fixtures/user-app');
const REPO_MODULES = path.join(REPO_DIR, 'node_modules');
export const PLUGIN_NAME = 'strapi-plugin-film-reviews';

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

/** Where Node would find `name` from `fromDir` (walking up node_modules folders), or undefined. */
const findPackageDir = (name: string, fromDir: string): string | undefined => {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
};

/**
 * Top-level packages of the repository's node_modules that `roots` need at runtime, transitively
 * (dependencies, optional and peer dependencies; nested copies come along with their parent).
 */
const runtimeClosure = (roots: Array<{ dir: string; pkg: any }>) => {
  const topLevel = new Set<string>();
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const { dir, pkg } = queue.pop()!;
    const names = Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies });
    for (const name of names) {
      const found = findPackageDir(name, dir);
      if (!found) continue; // an optional or unused peer dependency that is not installed
      const real = fs.realpathSync(found);
      if (seen.has(real)) continue;
      seen.add(real);
      const relative = path.relative(REPO_MODULES, found);
      if (!relative.startsWith('..') && !relative.includes('node_modules')) topLevel.add(relative);
      queue.push({ dir: real, pkg: readJson(path.join(real, 'package.json')) });
    }
  }
  topLevel.delete(PLUGIN_NAME);
  return [...topLevel].sort();
};

const randomSecret = () => crypto.randomBytes(16).toString('base64');

export interface UserApp {
  dir: string;
  linkedPackages: number;
}

/**
 * Copies the fixture to a temporary folder, writes the `.env` create-strapi-app would (fresh
 * secrets, HOST 127.0.0.1, the given port) and installs the plugin tarball into it.
 */
export const createUserApp = (tarball: string, port: number): UserApp => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-user-app-'));
  fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
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

  // npm install <tarball>: the package lands in node_modules and in package.json's dependencies.
  const modules = path.join(dir, 'node_modules');
  const pluginDir = path.join(modules, PLUGIN_NAME);
  fs.mkdirSync(pluginDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pluginDir, '--strip-components=1']);
  const appPkg = readJson(path.join(dir, 'package.json'));
  appPkg.dependencies[PLUGIN_NAME] = `file:${tarball}`;
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(appPkg, null, 2)}\n`);

  // Both resolve from the repository's node_modules, which the app's node_modules stands for.
  const linked = runtimeClosure([
    { dir: REPO_DIR, pkg: appPkg },
    { dir: REPO_DIR, pkg: readJson(path.join(pluginDir, 'package.json')) },
  ]);
  for (const name of linked) {
    const link = path.join(modules, name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(REPO_MODULES, name), link, 'dir');
  }
  return { dir, linkedPackages: linked.length };
};

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
    [path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'develop', '--no-install-deps'],
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
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (develop.child.exitCode !== null) {
      throw new Error(`strapi develop exited with ${develop.child.exitCode}:\n${develop.output().slice(-4000)}`);
    }
    const ok = await fetch(`${baseUrl}/_health`)
      .then((response) => response.status === 204)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`strapi develop did not answer /_health in ${timeoutMs} ms:\n${develop.output().slice(-4000)}`);
};
