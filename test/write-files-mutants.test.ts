/**
 * Safe file writing, in-process and exactly: the one-line reasons for system errors, which targets are refused
 * and with what message, directories made level by level, whole-file writes that leave no temporary file behind,
 * and the authoring commands' `--out` file (refused over an existing file unless forced).
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputFile } from '../src/cli/atomic-write.js';
import { UsageError } from '../src/cli/usage-error.js';
import { checkTargets, describeSystemError, FileWriteError, makeDirectory, writeFileAtomic } from '../src/cli/write-files.js';
import { thrown } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cm-write-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;
/** A fresh empty directory under the scratch directory. */
const freshDir = () => {
  const dir = join(scratch, `d${counter++}`);
  mkdirSync(dir);
  return dir;
};
const systemError = (code: unknown, message = 'boom') => Object.assign(new Error(message), { code });

describe('describeSystemError', () => {
  it('says what each known code means, with the code', () => {
    const codes = ['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST'];
    expect(codes.map((code) => describeSystemError(systemError(code)))).toEqual([
      'permission denied (EACCES)',
      'operation not permitted (EPERM)',
      'no space left on device (ENOSPC)',
      'disk quota exceeded (EDQUOT)',
      'read-only file system (EROFS)',
      'no such directory (ENOENT)',
      'a path component is not a directory (ENOTDIR)',
      'it is a directory (EISDIR)',
      'it already exists (EEXIST)',
    ]);
  });

  it('calls an unknown code a system error, and falls back on the message or the value itself without a code', () => {
    expect(describeSystemError(systemError('EMFILE'))).toBe('system error (EMFILE)');
    // A code named like an inherited property is not a known code either.
    expect(describeSystemError(systemError('toString'))).toBe('system error (toString)');
    expect(describeSystemError(systemError('constructor'))).toBe('system error (constructor)');
    expect(describeSystemError(systemError(5, 'numeric code'))).toBe('numeric code');
    expect(describeSystemError(new Error('no code'))).toBe('no code');
    expect(describeSystemError('plain text')).toBe('plain text');
    expect(describeSystemError(null)).toBe('null');
    expect(describeSystemError(undefined)).toBe('undefined');
  });
});

describe('checkTargets', () => {
  it('accepts paths that do not exist, and existing files only with force', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'old.txt'), 'old');
    expect(() => checkTargets([join(dir, 'new.txt'), join(dir, 'other.txt')], false)).not.toThrow();
    expect(() => checkTargets([join(dir, 'new.txt'), join(dir, 'old.txt')], true)).not.toThrow();
    const error = thrown(() => checkTargets([join(dir, 'new.txt'), join(dir, 'old.txt')], false));
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error.name).toBe('FileWriteError');
    expect(error.message).toBe(`refusing to overwrite ${join(dir, 'old.txt')}: it exists (add --force to replace it)`);
  });

  it('refuses a symbolic link, dangling or not, and a directory, even with force', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'real.txt'), 'real');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'sub'));
    expect(thrown(() => checkTargets([join(dir, 'link.txt')], true)).message).toBe(`refusing to write ${join(dir, 'link.txt')}: it is a symbolic link`);
    expect(thrown(() => checkTargets([join(dir, 'dangling.txt')], true)).message).toBe(`refusing to write ${join(dir, 'dangling.txt')}: it is a symbolic link`);
    expect(thrown(() => checkTargets([join(dir, 'sub')], true)).message).toBe(`cannot write ${join(dir, 'sub')}: it is a directory`);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('real');
  });

  it('reports a path it cannot even look at, with the reason', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'file'), '');
    const error = thrown(() => checkTargets([join(dir, 'file', 'x.csv')], true));
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error.message).toBe(`cannot write ${join(dir, 'file', 'x.csv')}: a path component is not a directory (ENOTDIR)`);
  });
});

describe('makeDirectory', () => {
  it('creates every missing level, and leaves an existing directory as it is', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'keep.txt'), 'kept');
    makeDirectory(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    makeDirectory(dir);
    makeDirectory(join(dir, 'a', 'b'));
    expect(readdirSync(dir).sort()).toEqual(['a', 'keep.txt']);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['c']);
  });

  it('refuses a file where a directory should be, naming it, and creates nothing under it', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'file'), 'data');
    const error = thrown(() => makeDirectory(join(dir, 'file')));
    expect(error.message).toBe(`${join(dir, 'file')} is not a directory`);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOTDIR');
    const below = thrown(() => makeDirectory(join(dir, 'file', 'sub', 'deeper')));
    expect((below as NodeJS.ErrnoException).code).toBe('ENOTDIR');
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('data');
  });
});

describe('writeFileAtomic', () => {
  it('writes the file whole, replaces an old one, and leaves no temporary file', () => {
    const dir = freshDir();
    writeFileAtomic(join(dir, 'out.json'), '{"a":1}\n');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{"a":1}\n');
    writeFileAtomic(join(dir, 'out.json'), 'second');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('fails with the path and the reason when the directory is missing', () => {
    const dir = freshDir();
    const error = thrown(() => writeFileAtomic(join(dir, 'missing', 'out.csv'), 'x'));
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error.message).toBe(`cannot write ${join(dir, 'missing', 'out.csv')}: no such directory (ENOENT)`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes its temporary file when the rename fails', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'inside'), '');
    const error = thrown(() => writeFileAtomic(join(dir, 'taken'), 'x'));
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error.message).toMatch(new RegExp(`^cannot write ${join(dir, 'taken')}: .* \\((EISDIR|ENOTEMPTY|EEXIST)\\)$`));
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(join(dir, 'taken'))).toEqual(['inside']);
  });
});

describe('writeOutputFile', () => {
  it('writes a new file', () => {
    const dir = freshDir();
    writeOutputFile(join(dir, 'report.json'), 'new\n', { force: false, command: 'check' });
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses an existing file without --force, as a usage error of the command, and replaces it with', () => {
    const dir = freshDir();
    const path = join(dir, 'report.json');
    writeFileSync(path, 'old');
    const error = thrown(() => writeOutputFile(path, 'new', { force: false, command: 'reanchor' }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(`${path} exists: add --force to replace it, or choose another --out.`);
    expect((error as UsageError).command).toBe('reanchor');
    expect(readFileSync(path, 'utf8')).toBe('old');
    writeOutputFile(path, 'new', { force: true, command: 'reanchor' });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('never writes through a symbolic link, forced or not', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'victim.txt'), 'victim');
    symlinkSync(join(dir, 'victim.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'absent.txt'), join(dir, 'dangling.txt'));
    const forced = thrown(() => writeOutputFile(join(dir, 'link.txt'), 'evil', { force: true, command: 'viewer' }));
    expect(forced).toBeInstanceOf(FileWriteError);
    expect(forced.message).toBe(`refusing to write ${join(dir, 'link.txt')}: it is a symbolic link`);
    const dangling = thrown(() => writeOutputFile(join(dir, 'dangling.txt'), 'evil', { force: false, command: 'viewer' }));
    expect(dangling).toBeInstanceOf(FileWriteError);
    expect(dangling.message).toBe(`refusing to write ${join(dir, 'dangling.txt')}: it is a symbolic link`);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('victim');
    expect(existsSync(join(dir, 'absent.txt'))).toBe(false);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
  });
});
