/**
 * npm run docs: writes the generated reference pages. With --check it writes nothing and exits 1
 * when a page differs from what the code says (the docs test runs the same comparison).
 */
import fs from 'node:fs';
import path from 'node:path';
import { apiReference } from './api-reference';
import { configReference } from './config-reference';

export const DOCS_DIR = path.resolve(__dirname, '../../docs');

export const GENERATED_PAGES: Record<string, () => string> = {
  'configuration.md': configReference,
  'rest-api.md': apiReference,
};

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, render] of Object.entries(GENERATED_PAGES)) {
    const file = path.join(DOCS_DIR, name);
    const text = render();
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      stale += 1;
      process.stderr.write(`docs/${name} is stale: run npm run docs\n`);
    } else {
      fs.writeFileSync(file, text);
      process.stdout.write(`wrote docs/${name}\n`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
