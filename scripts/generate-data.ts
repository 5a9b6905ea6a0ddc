/**
 * `npm run generate`: rebuild what is derived from `data/` and from the schema: `src/generated/` (the data
 * modules), `docs/inferences.md` (every derived and inferred value), and the field tables of
 * `docs/data-model.md` and the field TSDoc of `src/types.ts` (from the schema's descriptions, see
 * `scripts/field-docs.ts`). With `--check`, write nothing and fail if a committed file is stale.
 * Exits 1 with a readable list of problems on invalid data.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { drafts } from '../data/index.js';
import { DatasetError } from '../src/errors.js';
import { buildDataset, readSources, renderModules } from './dataset-build.js';
import { renderInferences } from './build-inferences.js';
import { renderDataModel, renderTypes } from './field-docs.js';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

try {
  const dataset = buildDataset(readSources(join(root, 'data/sources')), drafts);
  const files = new Map<string, string>();
  for (const [name, text] of renderModules(dataset)) files.set(`src/generated/${name}`, text);
  files.set('docs/inferences.md', renderInferences(dataset));
  files.set('docs/data-model.md', renderDataModel(read('docs/data-model.md')));
  files.set('src/types.ts', renderTypes(read('src/types.ts')));
  const stale = [...files].filter(([path, text]) => !existsSync(join(root, path)) || read(path) !== text);
  if (check) {
    if (stale.length > 0) {
      console.error(`stale: ${stale.map(([path]) => path).join(', ')}: run npm run generate`);
      process.exit(1);
    }
    console.log(`generated files are up to date (${files.size} files)`);
  } else {
    for (const [path, text] of stale) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    console.log(`${stale.length} of ${files.size} generated files written${stale.length > 0 ? `: ${stale.map(([path]) => path).join(', ')}` : ''}`);
  }
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
