import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { dataset } from '../src/index.js';
import { toCsv, toNdjson } from '../src/export/index.js';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'cm-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const folder = () => mkdtempSync(join(scratch, `${folders++}-`));

function cli(args: string[], cwd = scratch): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, version: '0.0.0', cwd });
  if (typeof code !== 'number') throw new Error(`${args[0]} runs asynchronously: await it`);
  return { code, stdout, stderr };
}

describe('export --out writes whole files, only where it should', () => {
  it('never writes through a symbolic link planted at a target, with or without --force', () => {
    const dir = folder();
    const victim = join(scratch, `victim-${folders}.txt`);
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'agreement.csv'));
    for (const force of [[], ['--force']]) {
      const { code, stderr } = cli(['export', '--format=csv', '--kind=agreement', `--out=${dir}`, ...force]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^error: refusing to write .*agreement\.csv: it is a symbolic link\n$/);
      expect(readFileSync(victim, 'utf8')).toBe('precious');
      expect(lstatSync(join(dir, 'agreement.csv')).isSymbolicLink()).toBe(true);
    }
  });

  it('does not overwrite an existing file without --force, and writes none of the export then', () => {
    const dir = folder();
    writeFileSync(join(dir, 'country.csv'), 'mine');
    const refused = cli(['export', '--format=csv', `--out=${dir}`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to overwrite .*country\.csv: it exists \(add --force to replace it\)/);
    expect(readdirSync(dir)).toEqual(['country.csv']);
    expect(readFileSync(join(dir, 'country.csv'), 'utf8')).toBe('mine');
    expect(cli(['export', '--format=csv', `--out=${dir}`, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'country.csv'), 'utf8')).toBe(toCsv('country'));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['an empty --out', ['export', '--format=json', '--out=']],
    ['an empty --relation', ['minerals', 'KZ', '--relation=']],
    ['a --relation of commas only', ['minerals', 'KZ', '--relation=,']],
    ['an empty --kind', ['export', '--format=json', '--kind=']],
    ['a repeated --relation', ['minerals', 'KZ', '--relation=reserves', '--relation=production']],
    ['a repeated flag', ['minerals', 'KZ', '--json', '--json']],
    ['--force without --out', ['export', '--format=json', '--force']],
  ])('%s is a usage error that writes nothing', (_name, args) => {
    const dir = folder();
    const { code, stdout } = cli(args, dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a reader never sees a partial file while exports replace it', async () => {
    const dir = folder();
    const target = join(dir, 'dataset.ndjson');
    const big = `${'x'.repeat(2_000_000)}\n`;
    const small = 'small\n';
    writeFileSync(target, small);
    const writer = join(dir, 'writer.ts');
    writeFileSync(
      writer,
      `import { writeFileAtomic } from ${JSON.stringify(join(root, 'src/cli/write-files.ts'))};\n` +
        `for (let i = 0; i < 150; i++) writeFileAtomic(${JSON.stringify(target)}, i % 2 ? ${JSON.stringify(small)} : 'x'.repeat(2_000_000) + '\\n');\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', writer], { cwd: root, stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let finished = false;
    void done.then(() => (finished = true));
    let reads = 0;
    const seen = new Set<number>();
    while (!finished) {
      const text = readFileSync(target, 'utf8');
      reads++;
      seen.add(text.length);
      expect(text === big || text === small).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await done).toBe(0);
    expect(reads).toBeGreaterThan(10);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('a full disk is one line on stderr and exit code 1', () => {
    if (!existsSync('/dev/full')) return expect.fail('this test needs /dev/full');
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'export', '--format=ndjson'], {
      cwd: root,
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(full);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('error: cannot write the output: no space left on device (ENOSPC)\n');
  });
  it('an --out folder that cannot be made is one line and exit code 1, not a hang (Node’s recursive mkdir loops under /proc)', () => {
    if (!existsSync('/proc/self')) return expect.fail('this test needs /proc');
    expect(cli(['export', '--format=csv', '--out', '/proc/nope/deeper'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: cannot create /proc/nope/deeper: no such directory (ENOENT)\n',
    });
  });
  it('makes the missing folders of --out, level by level', () => {
    const dir = join(folder(), 'a', 'b', 'c');
    expect(cli(['export', '--format=json', '--kind=topic', '--out', dir]).code).toBe(0);
    expect(existsSync(join(dir, 'topic.json'))).toBe(true);
  });
});

/** The embedded dataset with hostile text in a few fields of one topic. */
const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1,1)', '\tTAB', '\r\nCR', 'plain'];
const topic = Object.values(dataset.topics)[0]!;
const hostileData = { ...dataset, topics: Object.fromEntries(HOSTILE.map((text, i) => [`t${i}`, { ...topic, id: `t${i}`, name: text, note: text }])) };

describe('CSV cells that a spreadsheet would run are written as text, and read back through a CSV parser', () => {
  it('every hostile cell gets a leading quote mark, and csv-parse reads back each row and cell', () => {
    const rows = parse(toCsv('topic', hostileData as never), { bom: false, relax_column_count: false }) as string[][];
    const header = rows[0]!;
    expect(rows.length).toBe(1 + HOSTILE.length);
    HOSTILE.forEach((text, i) => {
      const row = rows[i + 1]!;
      const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(row[header.indexOf('name')]).toBe(expected);
      expect(row[header.indexOf('note')]).toBe(expected);
    });
  });

  it('with neutralizeFormulas: false, cells read back exactly as written', () => {
    const rows = parse(toCsv('topic', hostileData as never, { neutralizeFormulas: false })) as string[][];
    expect(rows.slice(1).map((row) => row[rows[0]!.indexOf('name')])).toEqual(HOSTILE);
  });

  it('the CLI neutralizes by default and keeps formulas with --keep-formulas', () => {
    const csv = cli(['export', '--format=csv', '--kind=topic']).stdout;
    expect(csv).toBe(toCsv('topic'));
    expect(cli(['export', '--format=csv', '--kind=topic', '--keep-formulas']).stdout).toBe(toCsv('topic', undefined, { neutralizeFormulas: false }));
  });
});

describe('NDJSON lines stay lines', () => {
  it('U+2028 and U+2029 are escaped, and every line parses back to its record', () => {
    const text = 'line\u2028separator\u2029paragraph';
    const data = { ...dataset, topics: { t: { ...topic, id: 't', note: text } } };
    const out = toNdjson('topic', data as never);
    expect(out).not.toMatch(/[\u2028\u2029]/);
    const lines = out.split(/\r\n|[\n\r\u2028\u2029]/).filter((line) => line !== '');
    expect(lines.length).toBe(1);
    expect(JSON.parse(lines[0]!).note).toBe(text);
  });
});
