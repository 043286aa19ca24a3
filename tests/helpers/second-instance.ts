import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PLAYGROUND_DIR } from './strapi';
import { freePort } from './user-app';
import { waitFor } from './wait';

export interface SecondInstance {
  process: ChildProcess;
  url: string;
  /** What it printed so far. */
  output(): string;
  /** SIGTERM, as a platform stops an instance for a restart; resolves once it exited. */
  stop(): Promise<void>;
}

/** Another Strapi process of the playground on the test's database, as a scaled deployment runs one. */
export const startSecondInstance = async (env: Record<string, string> = {}): Promise<SecondInstance> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(PLAYGROUND_DIR, '..', 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: PLAYGROUND_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => fetch(`${url}/_health`).then((r) => r.status === 204, () => false), 120_000, 'the second instance to start');
  return {
    process: child,
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
