/**
 * `main`, the process side of the CLI (src/cli.ts hands it the real `process`), run in-process with a stand-in
 * process: the arguments after the program name, the terminal facts passed on, the exit code set (at once and
 * for an async command), and what a failed write to stdout or stderr does.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliPackage } from '../src/cli/main.js';
import { run } from '../src/cli/run.js';
import { toCsv } from '../src/export/index.js';

const ANSI = /\u001B\[[0-9;]*m/;

/** A stdout or stderr: collects what is written, and emits `error` as Node's streams do. */
class FakeStream extends EventEmitter {
  text = '';
  constructor(
    readonly isTTY?: boolean,
    readonly columns?: number,
  ) {
    super();
  }
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

/** What `process.exit` does here: stops the caller, as the real one never returns. */
class Exit extends Error {
  constructor(readonly code: unknown) {
    super(`exit(${String(code)})`);
  }
}

interface FakeOptions {
  isTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

function fakeProcess(args: string[], options: FakeOptions = {}) {
  const exits: unknown[] = [];
  return {
    argv: ['/usr/bin/node', '/usr/lib/node_modules/critical-minerals/dist/cli.js', ...args],
    stdout: new FakeStream(options.isTTY, options.columns),
    stderr: new FakeStream(options.isTTY, options.columns),
    env: options.env ?? {},
    cwd: () => options.cwd ?? '/nonexistent-cwd',
    exitCode: undefined as number | string | undefined,
    exits,
    exit(code?: number | string | null): never {
      exits.push(code);
      throw new Exit(code);
    },
  };
}

const pkg: CliPackage = { version: '7.8.9', changes: () => [] };

describe('main: arguments, output and exit code', () => {
  it('passes the arguments after the program name and sets the exit code it returns', () => {
    const proc = fakeProcess(['--version']);
    expect(main(proc, pkg)).toBe(0);
    expect([proc.exitCode, proc.stdout.text, proc.stderr.text]).toEqual([0, '7.8.9\n', '']);

    const unknown = fakeProcess(['minerals', 'XX']);
    expect(main(unknown, pkg)).toBe(1);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stdout.text).toBe('');
    expect(unknown.stderr.text).toMatch(/^error: Unknown country "XX"\. /);

    const usage = fakeProcess(['minerls']);
    expect(main(usage, pkg)).toBe(2);
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr.text).toBe(
      'error: Unknown command "minerls". Did you mean "minerals"?\nUsage: critical-minerals <command> [arguments] [options]\nRun "critical-minerals --help" for more.\n',
    );
    expect(proc.exits.concat(unknown.exits, usage.exits)).toEqual([]);
  });

  it('sets the exit code of an async (authoring) command when it settles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-main-'));
    try {
      const proc = fakeProcess(['check', 'missing.json'], { cwd: dir });
      const code = main(proc, pkg);
      expect(code).toBeInstanceOf(Promise);
      expect(await code).toBe(1);
      expect(proc.exitCode).toBe(1);
      expect(proc.stderr.text).toBe(`error: cannot read dataset ${join(dir, 'missing.json')}: ENOENT\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colours and fits tables only where stdout is a terminal, and reads the environment it is given', () => {
    const out = (options: FakeOptions) => {
      const proc = fakeProcess(['agreements', 'KR', 'KZ'], options);
      expect(main(proc, pkg)).toBe(0);
      return proc.stdout.text;
    };
    const plain = out({});
    expect(plain).not.toMatch(ANSI);
    expect(out({ isTTY: false })).toBe(plain);
    expect(out({ isTTY: true })).toMatch(ANSI);
    expect(out({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(plain);
    expect(out({ isTTY: false, env: { FORCE_COLOR: '1' } })).toMatch(ANSI);
    // The terminal's width is used on a terminal only.
    expect(out({ isTTY: false, columns: 60 })).toBe(plain);
    const narrow = out({ isTTY: true, columns: 60, env: { NO_COLOR: '1' } });
    expect(narrow).toContain('…');
    expect(Math.max(...narrow.split('\n').map((line) => [...line].length))).toBe(60);
  });

  it('resolves a relative --out against the process’s working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-main-'));
    try {
      const proc = fakeProcess(['export', '--format', 'csv', '--out', 'out'], { cwd: dir });
      expect(main(proc, pkg)).toBe(0);
      expect(proc.stdout.text).toContain(`${join('out', 'agreement.csv')}\n`);
      expect(readFileSync(join(dir, 'out', 'agreement.csv'), 'utf8')).toBe(toCsv('agreement'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives `changes` the package’s data diffs', () => {
    let calls = 0;
    const changes = () => (calls++, []);
    const proc = fakeProcess(['changes', '--json']);
    const code = main(proc, { version: '0.2.0', changes });
    expect(calls).toBe(1);
    let stdout = '';
    let stderr = '';
    const direct = run(['changes', '--json'], { stdout: { write: (t) => (stdout += t) }, stderr: { write: (t) => (stderr += t) }, version: '0.2.0', env: {}, changes });
    expect([code, proc.stdout.text, proc.stderr.text]).toEqual([direct, stdout, stderr]);
  });
});

describe('main: a failed write', () => {
  const failure = (code: string) => Object.assign(new Error(`write ${code}`), { code, errno: -1, syscall: 'write' });

  /** Runs `args`, then makes `stream` fail with `code`; returns the process and the exit code asked for. */
  function failAfter(args: string[], stream: 'stdout' | 'stderr', code: string) {
    const proc = fakeProcess(args);
    main(proc, pkg);
    const before = proc.stderr.text;
    expect(() => proc[stream].emit('error', failure(code))).toThrow(Exit);
    return { proc, exits: proc.exits, added: proc.stderr.text.slice(before.length) };
  }

  it('exits quietly with the exit code so far when the reader of stdout or stderr goes away (EPIPE)', () => {
    expect(failAfter(['--version'], 'stdout', 'EPIPE')).toMatchObject({ exits: [0], added: '' });
    expect(failAfter(['minerals', 'XX'], 'stdout', 'EPIPE')).toMatchObject({ exits: [1], added: '' });
    expect(failAfter(['minerls'], 'stderr', 'EPIPE')).toMatchObject({ exits: [2], added: '' });
    // Before any exit code is set (a write failing while a command runs), the code is 0.
    const proc = fakeProcess(['--version']);
    main(proc, pkg);
    proc.exitCode = undefined;
    expect(() => proc.stdout.emit('error', failure('EPIPE'))).toThrow(Exit);
    expect(proc.exits).toEqual([0]);
  });

  it('says why stdout could not be written, on stderr, and exits 1', () => {
    expect(failAfter(['--version'], 'stdout', 'ENOSPC')).toMatchObject({
      exits: [1],
      added: 'error: cannot write the output: no space left on device (ENOSPC)\n',
    });
  });

  it('exits 1 without writing more to a stderr that failed', () => {
    expect(failAfter(['--version'], 'stderr', 'EIO')).toMatchObject({ exits: [1], added: '' });
  });
});
