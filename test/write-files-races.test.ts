/**
 * Safe file writing where the file system does what a test cannot arrange with real files alone: another process
 * creating a directory between the check and the mkdir, a file system that says ENOENT for directories that exist
 * (as under /proc), and a file planted at the temporary file's name. `node:fs` and `node:crypto` are the real ones,
 * with a hook that a test can set to step in.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse, sep } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FileWriteError, makeDirectory, writeFileAtomic } from '../src/cli/write-files.js';

const hooks = vi.hoisted(() => ({
  mkdir: null as null | ((path: string) => void),
  stat: null as null | ((path: string) => void),
  rename: null as null | ((from: string, to: string) => void),
  write: null as null | ((path: string, options: unknown) => void),
  random: null as null | Buffer,
  /** The unhooked mkdirSync, for a test to create a directory as another process would. */
  realMkdir: (_path: string): void => undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  hooks.realMkdir = (path) => void fs.mkdirSync(path);
  return {
    ...fs,
    mkdirSync: ((path: string, ...rest: never[]) => {
      hooks.mkdir?.(path);
      return (fs.mkdirSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.mkdirSync,
    statSync: ((path: string, ...rest: never[]) => {
      hooks.stat?.(path);
      return (fs.statSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.statSync,
    writeFileSync: ((path: string, data: string, options?: unknown) => {
      hooks.write?.(path, options);
      (fs.writeFileSync as (...args: unknown[]) => void)(path, data, options);
    }) as typeof fs.writeFileSync,
    renameSync: (from: string, to: string) => {
      hooks.rename?.(from, to);
      fs.renameSync(from, to);
    },
  };
});

vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return { ...crypto, randomBytes: (size: number) => hooks.random ?? crypto.randomBytes(size) };
});

const scratch = mkdtempSync(join(tmpdir(), 'cm-write-races-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => {
  hooks.mkdir = hooks.stat = hooks.rename = hooks.write = hooks.random = null;
});
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('makeDirectory', () => {
  it('accepts a level that another process creates between its check and its mkdir', () => {
    const target = join(scratch, 'race', 'a', 'b');
    hooks.mkdir = (path) => hooks.realMkdir(path); // someone else gets there first; ours then meets EEXIST
    makeDirectory(target);
    expect(statSync(target).isDirectory()).toBe(true);
  });

  it('passes on any other mkdir failure', () => {
    const target = join(scratch, 'denied', 'a');
    hooks.mkdir = () => {
      throw errno('EACCES');
    };
    expect(() => makeDirectory(target)).toThrow('EACCES: simulated');
  });

  it('passes on a failure to look at a level other than its absence', () => {
    hooks.stat = () => {
      throw errno('EACCES');
    };
    expect(() => makeDirectory(join(scratch, 'unreadable'))).toThrow('EACCES: simulated');
  });

  it('tries each level once, root first, where the file system says every level is missing', () => {
    const target = join(scratch, 'proc-like', 'x', 'y');
    const tried: string[] = [];
    let looks = 0;
    hooks.stat = () => {
      if (++looks > 100) throw new Error('looked at more levels than the path has'); // a loop, not a walk up
      throw errno('ENOENT');
    };
    hooks.mkdir = (path) => tried.push(path);
    makeDirectory(target);
    const parts = target.split(sep).filter(Boolean);
    const levels = [parse(target).root, ...parts.map((_, i) => parse(target).root + parts.slice(0, i + 1).join(sep))];
    expect(tried).toEqual(levels);
    hooks.stat = null;
    expect(statSync(target).isDirectory()).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('writes to a hidden temporary file beside the target, named after it, the process and six random bytes', () => {
    const dir = join(scratch, 'named');
    hooks.realMkdir(dir);
    const renames: [string, string][] = [];
    hooks.random = Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]);
    const writes: [string, unknown][] = [];
    hooks.rename = (from, to) => renames.push([from, to]);
    hooks.write = (path, options) => writes.push([path, options]);
    writeFileAtomic(join(dir, 'out.csv'), 'a,b\n');
    const temporary = join(dir, `.out.csv.${process.pid}.deadbeef0001.tmp`);
    // Created exclusively (fails if anything is at that name), readable by all and writable by its owner (before the umask).
    expect(writes).toEqual([[temporary, { flag: 'wx', mode: 0o644 }]]);
    expect(renames).toEqual([[temporary, join(dir, 'out.csv')]]);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('never writes through a file planted at the temporary name: the write fails and the planted target is untouched', () => {
    const dir = join(scratch, 'planted');
    hooks.realMkdir(dir);
    writeFileSync(join(dir, 'victim'), 'victim');
    hooks.random = Buffer.from([1, 2, 3, 4, 5, 6]);
    const temporary = join(dir, `.out.json.${process.pid}.010203040506.tmp`);
    symlinkSync(join(dir, 'victim'), temporary);
    let error: unknown;
    try {
      writeFileAtomic(join(dir, 'out.json'), 'evil');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as Error).message).toBe(`cannot write ${join(dir, 'out.json')}: it already exists (EEXIST)`);
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('victim');
    expect(readdirSync(dir).includes('out.json')).toBe(false);
  });
});
