/**
 * The output file of the authoring commands (`check --out`, `reanchor --accept --out`, `viewer --out`): written
 * whole by `write-files.ts` (a temporary file beside it, then a rename; never through a symlink), and an existing
 * file replaced only when asked (`--force`), which is a usage matter here: the user named the file.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { UsageError } from './usage-error.js';
import { checkTargets, writeFileAtomic } from './write-files.js';

/** Writes `text` to `path` whole; refuses to replace an existing file unless `force`, and never writes through a symlink. */
export function writeOutputFile(path: string, text: string, options: { force: boolean; command: string }): void {
  if (existsSync(path) && !options.force) {
    throw new UsageError(`${path} exists: add --force to replace it, or choose another --out.`, options.command);
  }
  checkTargets([path], true);
  writeFileAtomic(path, text);
}
