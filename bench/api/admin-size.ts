import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ADMIN = path.resolve(__dirname, '../../dist/admin');

/** Local chunks a module pulls in when it loads (static imports, followed through). */
const staticClosure = (file: string, seen = new Set<string>()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(path.join(ADMIN, file), 'utf8');
  for (const [, local] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) staticClosure(local, seen);
  return seen;
};

const gzipBytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(ADMIN, file))).length, 0);

/**
 * gzip bytes of the plugin's built admin code (ESM build): what every admin page loads (the
 * entry and its static imports, plus the English translations it registers) and what opening
 * the plugin page adds (the App chunk and what it imports statically). Shared libraries the
 * app bundles (design system, recharts) are outside the plugin's dist and not counted.
 */
export const adminSizes = () => {
  const files = fs.readdirSync(ADMIN).filter((file) => file.endsWith('.mjs'));
  const entry = staticClosure('index.mjs');
  for (const file of files) if (/^en-/.test(file)) entry.add(file);
  const app = files.find((file) => /^App-/.test(file))!;
  const page = [...staticClosure(app)].filter((file) => !entry.has(file));
  const all = gzipBytes(files);
  return { firstPageGzipBytes: gzipBytes(entry), pluginPageGzipBytes: gzipBytes(page), allChunksGzipBytes: all, firstPageFiles: [...entry], pluginPageFiles: page };
};
