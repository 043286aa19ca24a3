import { spawn } from 'node:child_process';
import path from 'node:path';
import { waitFor } from './wait';

export const FRONTEND_DIR = path.resolve(__dirname, '../../frontend');
/** The playground's default (config/admin and config/plugins read PREVIEW_SECRET). */
export const PREVIEW_SECRET = 'film-reviews-playground-preview-secret';

export interface Frontend {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built reference frontend (npm test builds it) as its own Node process, as
 * production runs it, pointed at a Strapi. Resolves once it answers HTTP.
 */
export const startFrontend = async ({ port, strapiUrl, env = {} }: { port: number; strapiUrl: string; env?: Record<string, string> }): Promise<Frontend> => {
  const child = spawn(process.execPath, [path.join(FRONTEND_DIR, 'dist/server/entry.mjs')], {
    cwd: FRONTEND_DIR,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), STRAPI_URL: strapiUrl, PREVIEW_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`the frontend exited with ${child.exitCode}:\n${output}`);
      return fetch(`${url}/`, { method: 'HEAD' }).then(() => true, () => false);
    },
    30_000,
    'the frontend to answer'
  ).catch((error: Error) => {
    child.kill();
    throw new Error(`${error.message}:\n${output}`);
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
};
