/**
 * `critical-minerals export`, exactly: its help, every usage error in full (message, usage line, hint), and the CSV
 * options (`--json-cells`, `--keep-formulas`) on stdout and with `--out`.
 *
 * The shipped data has no cell that starts like a formula, so the `--keep-formulas` tests hand the serializers a
 * copy of the dataset with such cells (the export module is wrapped; the command itself runs unchanged).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportFiles, toCsv } from '../src/export/index.js';
import { dataset } from '../src/index.js';
import { runCli, type CliResult } from './cli-harness.js';

/** The dataset the wrapped serializers use instead of the one they are given, while a test sets it. */
const swap = vi.hoisted(() => ({ data: undefined as unknown }));

vi.mock('../src/export/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/export/index.js')>();
  type Data = Parameters<typeof real.toCsv>[1];
  return {
    ...real,
    toCsv: (...[kind, data, options]: Parameters<typeof real.toCsv>) => real.toCsv(kind, (swap.data as Data) ?? data, options),
    exportFiles: (...[format, kind, data, csv]: Parameters<typeof real.exportFiles>) => real.exportFiles(format, kind, (swap.data as Data) ?? data, csv),
  };
});

const cli = (args: string[], cwd?: string): CliResult => runCli(args, { version: '0', ...(cwd === undefined ? {} : { cwd }) });

/** What a usage error of `export` prints: the message, the usage line and the hint. */
const usageError = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `error: ${message}\nUsage: critical-minerals export [options]\nRun "critical-minerals export --help" for more.\n`,
});

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-export-mutants-'));
});
afterEach(() => {
  swap.data = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('export help', () => {
  it('prints the usage, the description, every option and the examples', () => {
    expect(cli(['help', 'export'])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Usage: critical-minerals export [options]',
        '',
        'Writes the dataset to stdout, or with --out to files in a directory (created if need be), one per kind for json and csv. ' +
          'json: an array of records per kind (without --kind on stdout, the whole dataset keyed by kind and id). ' +
          'csv: tidy tables, one value per cell (RFC 4180; null as an empty cell): one table per kind with objects such as a date spread over columns (date_value, date_precision, date_earliest, date_latest, date_basis), a link table per list field (agreement_parties.csv: agreement,parties,position) and evidence.csv (record,field,basis,rule,source,start,end,quote); on stdout with --kind, the kind\'s table alone; --json-cells writes lists and objects as JSON in one cell instead. ' +
          'ndjson: one record per line (U+2028 and U+2029 escaped). jsonld: every evidence quote as a W3C Web Annotation. ' +
          "A CSV cell that starts with =, +, -, @, tab or CR gets a leading ' so a spreadsheet shows it as text instead " +
          'of running it as a formula (OWASP CSV injection); --keep-formulas turns that off. ' +
          'Files are written whole (a temporary file, then a rename), never through a symbolic link, and never over an existing file without --force.',
        '',
        'Options:',
        '      --format F       json, csv, ndjson or jsonld (required)',
        '      --kind K         only records of this kind, such as agreement (csv on stdout needs it)',
        '      --out DIR        write files into DIR and list them, instead of printing',
        '      --force          with --out, replace files that exist (never through a symbolic link)',
        '      --json-cells     csv: lists and objects as JSON text in one cell, one table per kind (the 0.1 form)',
        '      --keep-formulas  csv: leave cells that start with = + - @ tab or CR as they are (see below)',
        '  -h, --help           show this help',
        '',
        'Examples:',
        '  critical-minerals export --format csv --kind agreement > agreements.csv',
        '  critical-minerals export --format ndjson | head -n 3',
        '  critical-minerals export --format jsonld --out data/',
        '',
      ].join('\n'),
    });
    expect(cli(['export', '--help']).stdout).toBe(cli(['help', 'export']).stdout);
  });

  it('is listed in the program help with its summary and no arguments', () => {
    expect(cli(['help']).stdout).toMatch(/^ {2}export {2,}the dataset as json, csv, ndjson or jsonld$/m);
  });
});

describe('export usage errors, in full', () => {
  it.each([
    [['export'], 'export needs --format: json, csv, ndjson or jsonld.'],
    [['export', '--kind', 'agreement'], 'export needs --format: json, csv, ndjson or jsonld.'],
    [['export', '--format', 'xml'], 'Invalid format "xml": expected one of json, csv, ndjson, jsonld.'],
    [
      ['export', '--format', 'json', '--kind', 'agreemnt'],
      'Invalid kind "agreemnt": expected a record kind, one of source, country, region, place, person, organization, mineral, topic, resource, agreement, event, statement, figure, initiative. Did you mean "agreement"?',
    ],
    [['export', '--format', 'json', '--force'], '--force goes with --out DIR.'],
    [['export', '--format', 'csv', '--kind', 'topic', '--force'], '--force goes with --out DIR.'],
    [['export', '--format', 'csv'], 'CSV holds one kind per table: add --kind (such as --kind agreement), or --out DIR for every kind.'],
    [['export', '--format', 'csv', '--json-cells'], 'CSV holds one kind per table: add --kind (such as --kind agreement), or --out DIR for every kind.'],
  ])('%j', (args, message) => {
    expect(cli(args, dir)).toEqual(usageError(message));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('export --json-cells', () => {
  it('prints the 0.1 form on stdout: every field one column, lists and objects as JSON', () => {
    const result = cli(['export', '--format', 'csv', '--kind', 'agreement', '--json-cells']);
    expect(result).toEqual({ code: 0, stdout: toCsv('agreement', undefined, { jsonCells: true }), stderr: '' });
    expect(result.stdout.split('\r\n')[0]).toBe(
      'id,kind,name,type,count,parties,signedBy,agreedBy,reportedBy,subjects,topics,stages,minerals,date,place,event,cameo,plover,evidence,provenance,note',
    );
    // Without the option: the tidy table, with its date spread over columns.
    expect(cli(['export', '--format', 'csv', '--kind', 'agreement']).stdout.split('\r\n')[0]).toBe(
      'id,kind,name,type,count_value,count_comparator,reportedBy,date_value,date_precision,date_earliest,date_latest,date_basis,place,event,cameo_code,cameo_label,plover_category,plover_mode,note',
    );
  });

  it('writes one table per kind with --out, and no link tables or evidence.csv', () => {
    const result = cli(['export', '--format', 'csv', '--json-cells', '--out', 'out'], dir);
    const kinds = ['source', 'country', 'region', 'place', 'person', 'organization', 'mineral', 'topic', 'resource', 'agreement', 'event', 'statement', 'figure', 'initiative'];
    expect(result).toEqual({ code: 0, stdout: kinds.map((k) => `${join('out', `${k}.csv`)}\n`).join(''), stderr: '' });
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(kinds.map((k) => `${k}.csv`).sort());
    expect(readFileSync(join(dir, 'out', 'agreement.csv'), 'utf8')).toBe(toCsv('agreement', undefined, { jsonCells: true }));
    // Without the option: tidy tables, link tables and evidence.csv.
    const tidy = cli(['export', '--format', 'csv', '--out', 'tidy'], dir);
    expect(tidy.code).toBe(0);
    expect(readdirSync(join(dir, 'tidy'))).toContain('agreement_parties.csv');
    expect(readdirSync(join(dir, 'tidy'))).toContain('evidence.csv');
    expect(readFileSync(join(dir, 'tidy', 'agreement.csv'), 'utf8')).toBe(toCsv('agreement'));
  });
});

describe('export and cells that start like a formula', () => {
  /** The shipped dataset with two topics whose names a spreadsheet would run as formulas. */
  function withFormulas(): void {
    const [first, second, ...rest] = Object.values(dataset.topics);
    const topics = [
      { ...first!, name: '=1+1' },
      { ...second!, name: '@SUM(A1)' },
      ...rest,
    ];
    swap.data = { ...dataset, topics: Object.fromEntries(topics.map((t) => [t.id, t])) };
  }

  it('gets a leading quote by default, on stdout and in files', () => {
    withFormulas();
    const lines = cli(['export', '--format', 'csv', '--kind', 'topic']).stdout.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'id,kind,name,note',
      "critical-minerals-supply-chain,topic,'=1+1,",
      "strategic-partnership,topic,'@SUM(A1),",
    ]);
    expect(cli(['export', '--format', 'csv', '--kind', 'topic', '--out', 'out'], dir)).toEqual({ code: 0, stdout: `${join('out', 'topic.csv')}\n${join('out', 'topic.evidence.csv')}\n`, stderr: '' });
    expect(readFileSync(join(dir, 'out', 'topic.csv'), 'utf8').split('\r\n')[1]).toBe("critical-minerals-supply-chain,topic,'=1+1,");
  });

  it('is left as it is with --keep-formulas, on stdout and in files', () => {
    withFormulas();
    const lines = cli(['export', '--format', 'csv', '--kind', 'topic', '--keep-formulas']).stdout.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['id,kind,name,note', 'critical-minerals-supply-chain,topic,=1+1,', 'strategic-partnership,topic,@SUM(A1),']);
    expect(cli(['export', '--format', 'csv', '--kind', 'topic', '--keep-formulas', '--out', 'out'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'topic.csv'), 'utf8').split('\r\n')[1]).toBe('critical-minerals-supply-chain,topic,=1+1,');
  });

  it('combines --keep-formulas with --json-cells', () => {
    withFormulas();
    const lines = cli(['export', '--format', 'csv', '--kind', 'topic', '--keep-formulas', '--json-cells']).stdout.split('\r\n');
    expect(lines[0]).toBe('id,kind,name,evidence,provenance,note');
    expect(lines[1]).toMatch(/^critical-minerals-supply-chain,topic,=1\+1,"\[/);
    expect(exportFiles('csv', 'topic', undefined, { jsonCells: true, neutralizeFormulas: false })[0]?.contents.split('\r\n')[1]).toBe(lines[1]);
  });
});
