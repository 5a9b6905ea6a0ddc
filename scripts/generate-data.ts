/**
 * `npm run generate`: rebuild `src/generated/` and `docs/inferences.md` from `data/`. With `--check`, write nothing and fail if the
 * committed files are stale. Exits 1 with a readable list of problems on invalid data.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { drafts } from '../data/index.js';
import { DatasetError } from '../src/errors.js';
import { buildDataset, readSources, renderModules } from './dataset-build.js';
import { renderInferences } from './build-inferences.js';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'src/generated');
const check = process.argv.includes('--check');

try {
  const dataset = buildDataset(readSources(join(root, 'data/sources')), drafts);
  const files = renderModules(dataset);
  // docs/inferences.md is written from the same dataset: every derived and inferred value, in plain view.
  files.set('../../docs/inferences.md', renderInferences(dataset));
  const stale = [...files].filter(([name, text]) => !existsSync(join(out, name)) || readFileSync(join(out, name), 'utf8') !== text);
  if (check) {
    if (stale.length > 0) {
      console.error(`src/generated is stale (${stale.map(([n]) => n).join(', ')}): run npm run generate`);
      process.exit(1);
    }
    console.log(`src/generated is up to date (${files.size} files)`);
  } else {
    mkdirSync(out, { recursive: true });
    for (const [name, text] of stale) writeFileSync(join(out, name), text);
    console.log(`src/generated: ${stale.length} of ${files.size} files written`);
  }
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
