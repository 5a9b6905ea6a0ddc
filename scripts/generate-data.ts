/**
 * `npm run generate`: rebuild what is derived from `data/` and from the schema: `src/generated/` (the data
 * modules), `docs/inferences.md` (every derived and inferred value), and the field tables of
 * `docs/data-model.md` and the field TSDoc of `src/types.ts` (from the schema's descriptions, see
 * `scripts/field-docs.ts`), the tombstones of removed ids (`src/generated/tombstones.ts`, see `data/tombstones.ts`)
 * and the data section of this version's CHANGELOG.md entry (the diff since the release before it, see
 * `scripts/changelog.ts`). With `--check`, write nothing and fail if a committed file is stale.
 * Exits 1 with a readable list of problems on invalid data.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { drafts } from '../data/index.js';
import { DatasetError } from '../src/errors.js';
import { buildDataset, readSources, renderModules } from './dataset-build.js';
import { renderInferences } from './build-inferences.js';
import { renderDataModel, renderTypes } from './field-docs.js';
import type { SnapshotRecord } from '../src/changes/snapshot.js';
import { buildTombstones, changesSinceEachRelease, renderTombstones } from './changes-build.js';
import { withDataChanges } from './changelog.js';
import { packageVersion, readReleases } from './releases.js';
import { KIND_REGISTRY } from '../src/kinds.js';

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
  // The changes are made from the dataset just built, not from the committed modules, so one run is enough.
  const records = KIND_REGISTRY.flatMap(({ key }) => Object.values(dataset[key]) as unknown as SnapshotRecord[]);
  const current = { version: packageVersion(), records: JSON.parse(JSON.stringify(records)) as SnapshotRecord[] };
  const releases = readReleases();
  const tombstones = buildTombstones(releases, current.records, current.version);
  files.set('src/generated/tombstones.ts', renderTombstones(tombstones));
  const latest = changesSinceEachRelease({ releases, current, tombstones }).at(-1);
  if (latest !== undefined) files.set('CHANGELOG.md', withDataChanges(read('CHANGELOG.md'), latest));
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
