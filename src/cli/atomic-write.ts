/**
 * Writing a file whole or not at all: the text goes to a temporary file in the same folder, then is renamed over
 * the target, so a reader never sees half a file and a failed write leaves the old one. An existing file is
 * replaced only when asked (`--force`).
 *
 * @module
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './usage-error.js';

/** Writes `text` to `path` atomically; refuses to replace an existing file unless `force`. */
export function writeFileAtomic(path: string, text: string, options: { force: boolean; command: string }): void {
  if (existsSync(path) && !options.force) {
    throw new UsageError(`${path} exists: add --force to replace it, or choose another --out.`, options.command);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
