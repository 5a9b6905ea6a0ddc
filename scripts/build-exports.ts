/**
 * `npm run build` (last step): write the dataset as plain files for analysts into `dist/data/`:
 * `<kind>.json` and `<kind>.csv` for every record kind, `dataset.ndjson` (every record) and
 * `evidence.jsonld` (every evidence quote as a W3C Web Annotation). The files come from the same serializers
 * as `critical-minerals export`, so the two cannot differ, and the output is byte-for-byte deterministic:
 * the directory is emptied first, so no stale file survives a renamed kind.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXPORT_FORMATS, exportFiles } from '../src/export/index.js';

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
console.log(`${relative(root, out)}: ${count} files, ${(bytes / 1024).toFixed(1)} KiB`);
