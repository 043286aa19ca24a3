// Builds dist/esm and dist/cjs, each with its .d.ts, with two runs of tsc. dist/cjs gets a
// package.json of its own: this package is "type": "module", and without it Node and TypeScript
// would read the CommonJS build's .js and .d.ts files as ES modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
for (const project of ['tsconfig.esm.json', 'tsconfig.cjs.json']) {
  const { status } = spawnSync(process.execPath, [tsc, '-p', path.join(root, project)], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
fs.writeFileSync(path.join(root, 'dist/cjs/package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
