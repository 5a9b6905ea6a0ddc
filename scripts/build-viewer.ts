/**
 * `npm run docs` (after typedoc): the evidence viewer of every embedded source, written to
 * `docs/api/viewer/<source id>.html`, one self-contained page each.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toEvidenceViewer } from '../src/export/index.js';
import { sources } from '../src/index.js';

const dir = join(new URL('..', import.meta.url).pathname, 'docs/api/viewer');
mkdirSync(dir, { recursive: true });
for (const id of Object.keys(sources)) writeFileSync(join(dir, `${id}.html`), toEvidenceViewer(id));
console.log(`evidence viewer: ${Object.keys(sources).length} page(s) in docs/api/viewer/`);
