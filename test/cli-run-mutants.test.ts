/**
 * The CLI's command line, exactly: every usage error's whole message and usage hint (src/cli/run.ts), how typed
 * names and comma lists are read (src/cli/commands/names.ts), the table width COLUMNS sets and the words tables
 * print (src/cli/command.ts), and what `check` says of a dataset file it cannot read (src/cli/dataset-file.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableWidth } from '../src/cli/command.js';
import { run, type CliIo } from '../src/cli/run.js';
import { agreementsBetween, agreementsOn, countriesWith, mineralsOf, statementsBy, timeline } from '../src/index.js';
import { runCli, type CliResult, type CliSettings } from './cli-harness.js';

const cli = (args: string[], io: CliSettings = {}): CliResult => runCli(args, { version: '9.9.9', ...io });

async function cliAsync(args: string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    version: '9.9.9',
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

/** The two lines after a usage error: the usage of `command` (`minerals <country>`), or the program's. */
function hint(command?: string): string {
  if (command === undefined) return 'Usage: critical-minerals <command> [arguments] [options]\nRun "critical-minerals --help" for more.\n';
  return `Usage: critical-minerals ${command} [options]\nRun "critical-minerals ${command.split(' ')[0]} --help" for more.\n`;
}

/** A JSON answer after a trip through JSON, for comparing with the library's. */
const same = (value: unknown) => JSON.parse(JSON.stringify(value));

function json(args: string[]): unknown {
  const result = cli([...args, '--json']);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout);
}

describe('usage errors: the whole message, then the usage of the command named, exit code 2', () => {
  it.each([
    // Commands.
    [['help', 'minerals', 'agreements'], 'help takes at most one command name.', undefined],
    [['hepl'], 'Unknown command "hepl". Did you mean "help"?', undefined],
    [['zzzzzzzz'], 'Unknown command "zzzzzzzz".', undefined],
    // Arguments: the first one missing is named; extra ones are counted and echoed, five at most.
    [['minerals'], 'minerals needs <country>.', 'minerals <country>'],
    [['anchor', 'a.txt'], 'anchor needs <quote>.', 'anchor <source.txt> <quote>'],
    [['reanchor', 'a.txt'], 'reanchor needs <new.txt>.', 'reanchor <old.txt> <new.txt> <dataset.json>'],
    [['minerals', 'KZ', 'KR'], 'minerals takes at most 1, but got 2: "KZ" "KR".', 'minerals <country>'],
    [['timeline', 'now'], 'timeline takes no arguments, but got 1: "now".', 'timeline'],
    [['minerals', 'a', 'b', 'c', 'd', 'e'], 'minerals takes at most 1, but got 5: "a" "b" "c" "d" "e".', 'minerals <country>'],
    [['minerals', 'a', 'b', 'c', 'd', 'e', 'f'], 'minerals takes at most 1, but got 6: "a" "b" "c" "d" "e" ….', 'minerals <country>'],
    // Unknown options: suggested from the command's own options once a command is named, else from all.
    [['minerals', 'KZ', '--jsn'], 'Unknown option --jsn. Did you mean --json?', 'minerals <country>'],
    [['minerals', 'KZ', '--kin'], 'Unknown option --kin.', 'minerals <country>'],
    [['--kin'], 'Unknown option --kin. Did you mean --kind?', undefined],
    [['nope', '--jsn'], 'Unknown option --jsn. Did you mean --json?', undefined],
    [['minerals', 'KZ', '--zzzzzzzzzz'], 'Unknown option --zzzzzzzzzz.', 'minerals <country>'],
    // An option name is echoed as typed only when it is a plain name of 40 characters at most; else quoted.
    [['minerals', 'KZ', '-x'], 'Unknown option -x.', 'minerals <country>'],
    [['minerals', 'KZ', `--${'a'.repeat(40)}`], `Unknown option --${'a'.repeat(40)}.`, 'minerals <country>'],
    [['minerals', 'KZ', `--${'a'.repeat(41)}`], `Unknown option "--${'a'.repeat(41)}".`, 'minerals <country>'],
    [['minerals', 'KZ', '--ab!'], 'Unknown option "--ab!".', 'minerals <country>'],
    [['minerals', 'KZ', '--é--x'], 'Unknown option "--é--x".', 'minerals <country>'],
    [['minerals', 'KZ', '-é'], 'Unknown option "-é".', 'minerals <country>'],
    // Option values: missing, not wanted, empty, repeated. The value named is the command's own.
    [['export', '--out'], 'Option --out needs a value (DIR).', 'export'],
    [['export', '--out='], 'Option --out needs a value (DIR), not an empty one.', 'export'],
    [['viewer', '--out', ' '], 'Option --out needs a value (FILE), not an empty one.', 'viewer [dataset.json]'],
    [['minerals', 'KZ', '--json=yes'], 'Option --json takes no value.', 'minerals <country>'],
    [
      ['minerals', 'KZ', '--relation', 'reserves', '--relation', 'production'],
      'Option --relation is given twice; give it once (a comma-separated list where it takes several values).',
      'minerals <country>',
    ],
    [['minerals', 'KZ', '--json', '--json'], 'Option --json is given twice; give it once.', 'minerals <country>'],
    [['minerals', 'KZ', '--kind', 'agreement'], 'minerals takes no --kind option.', 'minerals <country>'],
    // The library's InvalidArgumentError: the usage shown is that of the command on the command line.
    [['agreements', 'KR', '--type', 'treaty'], 'Invalid type "treaty": expected one of "mou", "deal", "agreement-in-principle".', 'agreements <a> [b]'],
    [
      ['timeline', '--lang', 'xx'],
      'Invalid locale "xx": expected a BCP 47 language tag this runtime supports, such as "en", "ko" or "de-CH".',
      'timeline',
    ],
    [
      ['minerals', 'KZ', '--json', '--lang', 'xx'],
      'Invalid locale "xx": expected a BCP 47 language tag this runtime supports, such as "en", "ko" or "de-CH".',
      'minerals <country>',
    ],
  ] as const)('%j', (args, message, command) => {
    expect(cli([...args])).toEqual({ code: 2, stdout: '', stderr: `error: ${message}\n${hint(command)}` });
  });
});

describe('typed names and lists', () => {
  it('reads a mineral, a person or a topic with blanks around it, and a topic id in any case', () => {
    expect(json(['countries-with', ' Li '])).toEqual(same(countriesWith('lithium')));
    expect(json(['countries-with', ' lithium\t'])).toEqual(same(countriesWith('lithium')));
    expect(json(['statements', ' Tokayev '])).toEqual(same(statementsBy('kassym-jomart-tokayev')));
    expect(json(['agreements-on', ' renewable-energy '])).toEqual(same(agreementsOn('renewable-energy')));
    expect(json(['agreements-on', 'RENEWABLE-ENERGY'])).toEqual(same(agreementsOn('renewable-energy')));
  });

  it('reads a comma list with blanks around its items and an empty item left out', () => {
    expect(json(['minerals', 'KZ', '--relation', ' reserves , production ,'])).toEqual(
      same(mineralsOf('KZ', { relation: ['reserves', 'production'] })),
    );
    expect(json(['minerals', 'KZ', '--relation', 'reserves,'])).toEqual(same(mineralsOf('KZ', { relation: ['reserves'] })));
    expect(json(['agreements', 'KR', 'KZ', '--type', ' mou , deal'])).toEqual(same(agreementsBetween('KR', 'KZ', { type: ['mou', 'deal'] })));
  });
});

describe('tables', () => {
  it('say "1 tie", not "1 ties"', () => {
    expect(cli(['countries-with', 'uranium']).stdout.split('\n')[0]).toBe('Countries tied to uranium: 1 tie');
  });

  it('date an undated event or agreement as "undated"', () => {
    const lines = cli(['timeline', '--undated']).stdout.trimEnd().split('\n');
    const all = timeline({ includeUndated: true });
    expect(lines[0]).toBe(`${all.length} events and agreements`);
    const dates = lines.slice(3).map((line) => line.split(/ {2,}/)[0]);
    expect(dates).toEqual(all.map((e) => e.date?.value ?? 'undated'));
    expect(dates.filter((d) => d === 'undated').length).toBeGreaterThan(0);
  });
});

describe('tableWidth', () => {
  it('is COLUMNS when it is a whole number from 1 to 99999, blanks around it allowed', () => {
    const width = (COLUMNS: string) => tableWidth({ env: { COLUMNS } });
    expect(['5', '60', '100', '99999', ' 60 ', '\t72\n'].map(width)).toEqual([5, 60, 100, 99999, 60, 72]);
    expect(['0', '060', '100000', 'x60', '60x', '6 0', '6.5', '-60', '', 'wide'].map(width)).toEqual(Array(10).fill(undefined));
  });

  it('is otherwise the terminal’s width on a terminal, and none on a pipe', () => {
    expect(tableWidth({ env: { COLUMNS: 'wide' }, isTTY: true, columns: 90 })).toBe(90);
    expect(tableWidth({ env: {}, isTTY: true, columns: 90 })).toBe(90);
    expect(tableWidth({ isTTY: false, columns: 90 })).toBeUndefined();
    expect(tableWidth({ columns: 90 })).toBeUndefined();
  });
});

describe('check on a file it cannot read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cm-dataset-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and the system error code', async () => {
    expect(await cliAsync(['check', 'missing.json'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: cannot read dataset ${join(dir, 'missing.json')}: ENOENT\n`,
    });
  });

  it('says a file is not JSON, with the parser’s message', async () => {
    writeFileSync(join(dir, 'bad.json'), '{not json');
    let parserMessage = '';
    try {
      JSON.parse('{not json');
    } catch (error) {
      parserMessage = (error as SyntaxError).message;
    }
    expect(await cliAsync(['check', 'bad.json'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: ${join(dir, 'bad.json')} is not JSON: ${parserMessage}\n`,
    });
  });

  it('names the source whose textFile cannot be read', async () => {
    writeFileSync(join(dir, 'source.json'), JSON.stringify([{ kind: 'source', id: 'my-source', textFile: 'gone.txt' }]));
    expect(await cliAsync(['check', 'source.json'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: cannot read the text of source "my-source", ${join(dir, 'gone.txt')}: ENOENT\n`,
    });
  });
});
