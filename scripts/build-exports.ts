/**
 * `npm run build` (last step): write the dataset as plain files for analysts into `dist/data/`:
 * `<kind>.json` and `<kind>.csv` for every record kind, `dataset.ndjson` (every record) and
 * `evidence.jsonld` (every evidence quote as a W3C Web Annotation; the same bytes as `evidence.json`, with the
 * Web Annotation context it names as `contexts/anno.jsonld` and `contexts/anno.json`, so that it reads offline).
 * The files come from the same serializers as `critical-minerals export`, so the two cannot differ, and the output is byte-for-byte deterministic:
 * the directory is emptied first, so no stale file survives a renamed kind.
 *
 * Then `changes.json`: the data diff from every earlier release (`data/releases/`) to this one, oldest release
 * first, which `critical-minerals changes` reads; and `releases/<version>.ndjson`, the snapshots themselves. The
 * build fails here when `package.json`'s version is bumped less than the data changes need (README, versioning
 * policy).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ANNOTATION_CONTEXT_DOCUMENT, EXPORT_FORMATS, exportFiles, toJsonLd } from '../src/export/index.js';
import { toSnapshot } from '../src/changes/snapshot.js';
import { changesSinceEachRelease, policyProblem, readChangeInputs } from './changes-build.js';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/data');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let count = 0;
let bytes = 0;
for (const format of EXPORT_FORMATS) {
  for (const file of exportFiles(format)) {
    writeFileSync(join(out, file.name), file.contents);
    count++;
    bytes += Buffer.byteLength(file.contents);
  }
}
// JSON-LD offline: the evidence also as `.json` (Node's require and JSON imports do not read `.jsonld`), and the
// context it names, under both extensions, for a document loader (README, "JSON-LD offline").
const context = `${JSON.stringify(ANNOTATION_CONTEXT_DOCUMENT, null, 2)}\n`;
mkdirSync(join(out, 'contexts'));
for (const [name, contents] of [
  ['evidence.json', toJsonLd()],
  ['contexts/anno.jsonld', context],
  ['contexts/anno.json', context],
] as const) {
  writeFileSync(join(out, name), contents);
  count++;
  bytes += Buffer.byteLength(contents);
}
const inputs = readChangeInputs();
const problem = policyProblem(inputs);
if (problem !== null) {
  console.error(problem);
  process.exit(1);
}
const changes = JSON.stringify(changesSinceEachRelease(inputs), null, 2) + '\n';
writeFileSync(join(out, 'changes.json'), changes);
mkdirSync(join(out, 'releases'));
for (const release of inputs.releases) writeFileSync(join(out, 'releases', `${release.version}.ndjson`), toSnapshot(release.records));
count += 1 + inputs.releases.length;
bytes += Buffer.byteLength(changes) + inputs.releases.reduce((sum, r) => sum + Buffer.byteLength(toSnapshot(r.records)), 0);
console.log(`${relative(root, out)}: ${count} files, ${(bytes / 1024).toFixed(1)} KiB`);
