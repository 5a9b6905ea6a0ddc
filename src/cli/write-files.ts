/**
 * Writing export files safely: each file whole or not at all, never through a symlink, never over an
 * existing file unless asked.
 *
 * A file is written to a fresh temporary file beside it (created exclusively, so a planted file or symlink
 * at that name fails the write instead of redirecting it), then renamed over the target: a reader sees the
 * old file or the new one, never a part. A symlink at the target is refused, not followed.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A file that cannot be written, as one line: the path, what went wrong and the system's code. */
export class FileWriteError extends Error {
  override name = 'FileWriteError';
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ENOENT: 'no such directory',
  ENOTDIR: 'a path component is not a directory',
  EISDIR: 'it is a directory',
  EEXIST: 'it already exists',
};

/** `permission denied (EACCES)`, from a Node system error. */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return `${Object.hasOwn(REASONS, code) ? REASONS[code] : 'system error'} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks that every one of `paths` may be written: none is a symlink, and none exists unless `force`.
 * Run before writing anything, so a refused export writes no file at all.
 */
export function checkTargets(paths: readonly string[], force: boolean): void {
  for (const path of paths) {
    let stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new FileWriteError(`cannot write ${path}: ${describeSystemError(error)}`);
    }
    if (stats.isSymbolicLink()) throw new FileWriteError(`refusing to write ${path}: it is a symbolic link`);
    if (stats.isDirectory()) throw new FileWriteError(`cannot write ${path}: it is a directory`);
    if (!force) throw new FileWriteError(`refusing to overwrite ${path}: it exists (add --force to replace it)`);
  }
}

/**
 * Creates `dir` and any missing parents, one level at a time. Node's own `mkdirSync(dir, { recursive: true })`
 * loops for ever on some file systems (under /proc it gets ENOENT for a directory whose parent exists, and tries
 * again); here each missing level is tried once, so the work is bounded by the path's depth.
 */
export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    try {
      if (!statSync(at).isDirectory()) throw Object.assign(new Error(`${at} is not a directory`), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(at);
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Writes `contents` to `path` atomically: a temporary file in the same directory, then a rename. */
export function writeFileAtomic(path: string, contents: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, contents, { flag: 'wx', mode: 0o644 });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was created, or it is gone already.
    }
    throw new FileWriteError(`cannot write ${path}: ${describeSystemError(error)}`);
  }
}
