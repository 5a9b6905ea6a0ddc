/**
 * The authoring commands `anchor`, `reanchor` and `viewer`, exactly: their help, their usage errors in full (message,
 * usage line, hint), every line they print, and every file they write (and refuse to replace without --force).
 * Each test works in a fresh temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftCatalog } from '../src/authoring/index.js';
import { toEvidenceViewer } from '../src/export/evidence-viewer.js';
import { catalog, dataset, sources } from '../src/index.js';
import { runCliAsync, type CliResult as Result } from './cli-harness.js';
import { ATLANTIS_TEXT, draftSource } from './fixtures/atlantis.js';


let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-authoring-mutants-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]): Promise<Result> => runCliAsync(args, { version: '0', cwd: dir });

/** What a usage error prints: the message, the command's usage line and the hint. */
const usageError = (command: string, usage: string, message: string): Result => ({
  code: 2,
  stdout: '',
  stderr: `error: ${message}\nUsage: critical-minerals ${command}${usage} [options]\nRun "critical-minerals ${command} --help" for more.\n`,
});

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

const TEXT = ATLANTIS_TEXT;
const OTHER = 'Lemuria sells nickel to Atlantis.';

/** A quote with its offsets in `text`, as `check --out` writes it. */
const span = (source: string, text: string, quote: string) => ({ source, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });


describe('help of the authoring commands', () => {
  it.each([
    [
      'anchor',
      [
        'Usage: critical-minerals anchor <source.txt> <quote> [options]',
        '',
        'Finds the quote in the text (UTF-8) and prints its start and end offsets (0-based, end excluded, in UTF-16 code units like JavaScript strings). ' +
          'A quote that occurs more than once gets the prefix that singles out each match; a quote that is not there gets the closest passage. Exit 1 in both cases.',
        '',
        'Arguments:',
        '  <source.txt>  the source text',
        '  <quote>       the exact words',
        '',
        'Options:',
        '      --prefix TEXT  text just before the quote',
        '      --suffix TEXT  text just after the quote',
        '      --json         print the answer as JSON, for machines',
        '  -h, --help         show this help',
        '',
        'Examples:',
        '  critical-minerals anchor article.txt "copper smelter"',
        '  critical-minerals anchor article.txt "Yoon said" --prefix "funding,” "',
      ],
    ],
    [
      'reanchor',
      [
        'Usage: critical-minerals reanchor <old.txt> <new.txt> <dataset.json> [options]',
        '',
        'Finds every quote of the source whose text is OLD in NEW: anchored (the same words, new offsets), relocated (a passage like it, with a score) or orphaned. ' +
          'Prints a summary and each quote that is not anchored; --report writes the whole report as JSON. ' +
          '--out writes the repaired dataset (new text, offsets, digest); relocations enter it only with --accept, and not at all while a quote is orphaned. ' +
          'Files are written atomically and never replaced without --force. Exit 1 while a quote is orphaned or a relocation is not accepted.',
        '',
        'Arguments:',
        '  <old.txt>       the text the dataset quotes',
        '  <new.txt>       the corrected text',
        '  <dataset.json>  the dataset, with offsets (as check --out writes it)',
        '',
        'Options:',
        '      --report FILE  write the report as JSON to FILE',
        '      --out FILE     write the repaired dataset to FILE',
        '      --accept       apply the relocations to the repaired dataset',
        '      --force        replace files that exist',
        '  -h, --help         show this help',
        '',
        'Examples:',
        '  critical-minerals reanchor old.txt new.txt dataset.json --report report.json',
        '  critical-minerals reanchor old.txt new.txt dataset.json --accept --out repaired.json',
      ],
    ],
    [
      'viewer',
      [
        'Usage: critical-minerals viewer [dataset.json] [options]',
        '',
        'Writes a self-contained HTML page: the source text with every quoted span highlighted and the records that quote it; ' +
          'click a record to see its quotes, click a span to see what it supports. Opens from file://, needs no network. ' +
          'Without a dataset, an embedded source, named with --source; with one (as check reads it), its source, or --source.',
        '',
        'Arguments:',
        '  [dataset.json]  a dataset of your own (optional)',
        '',
        'Options:',
        '      --source ID  which source, when there is more than one',
        '      --out FILE   the HTML file to write (required)',
        '      --force      replace FILE if it exists',
        '  -h, --help       show this help',
        '',
        'Examples:',
        '  critical-minerals viewer --source 2024-06-12-kr-kz-critical-minerals --out article.html',
        '  critical-minerals viewer my-dataset.json --out mine.html',
      ],
    ],
  ])('%s', async (command, lines) => {
    expect(await cli('help', command)).toEqual({ code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' });
    expect((await cli(command, '--help')).stdout).toBe(`${lines.join('\n')}\n`);
  });

  it('the program help lists each with its arguments and summary', async () => {
    const { stdout } = await cli('help');
    expect(stdout).toMatch(/^ {2}anchor <source\.txt> <quote> {2,}the offsets of a quote in a text file$/m);
    expect(stdout).toMatch(/^ {2}reanchor <old\.txt> <new\.txt> <dataset\.json> {2}find a dataset’s quotes again after its source text changed$/m);
    expect(stdout).toMatch(/^ {2}viewer \[dataset\.json\] {2,}the evidence viewer of a source, as one HTML file$/m);
  });

  it('the examples of viewer run as written', async () => {
    const [example] = (await cli('help', 'viewer')).stdout.split('Examples:\n')[1]!.split('\n');
    const args = example!.trim().split(' ').slice(1);
    expect(await cli(...args)).toEqual({ code: 0, stdout: 'article.html\n', stderr: '' });
  });
});

describe('anchor', () => {
  beforeEach(() => write('text.txt', TEXT));

  it('prints the offsets of a quote, singled out by --prefix, --suffix or both', async () => {
    expect(await cli('anchor', 'text.txt', 'cobalt pact')).toEqual({ code: 0, stdout: '30 41\n', stderr: '' });
    expect(await cli('anchor', 'text.txt', 'Atlantis', '--prefix', 'pact. ')).toEqual({ code: 0, stdout: '43 51\n', stderr: '' });
    expect(await cli('anchor', 'text.txt', 'Atlantis', '--suffix', ' and')).toEqual({ code: 0, stdout: '0 8\n', stderr: '' });
    expect(await cli('anchor', 'text.txt', 'cobalt', '--prefix', 'mines ', '--suffix', '.')).toEqual({ code: 0, stdout: '58 64\n', stderr: '' });
  });

  it('prints the quote, its offsets and the context given with --json', async () => {
    const json = async (...args: string[]) => {
      const ran = await cli('anchor', 'text.txt', ...args, '--json');
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      expect(ran.stdout.endsWith('}\n')).toBe(true);
      return JSON.parse(ran.stdout) as unknown;
    };
    expect(await json('cobalt pact')).toEqual({ quote: 'cobalt pact', start: 30, end: 41 });
    expect(await json('Atlantis', '--prefix', 'pact. ')).toEqual({ quote: 'Atlantis', start: 43, end: 51, prefix: 'pact. ' });
    expect(await json('Atlantis', '--suffix', ' and')).toEqual({ quote: 'Atlantis', start: 0, end: 8, suffix: ' and' });
    expect(await json('cobalt', '--prefix', 'mines ', '--suffix', '.')).toEqual({ quote: 'cobalt', start: 58, end: 64, prefix: 'mines ', suffix: '.' });
  });

  it('says which prefix or suffix singles out each match of an ambiguous quote, with exit 1', async () => {
    expect(await cli('anchor', 'text.txt', 'Atlantis')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: Quote is ambiguous: "Atlantis" occurs 2 times; add a prefix or suffix, such as suffix " and" (the match at 0), prefix "pact. " (the match at 43)\n',
    });
  });

  it('names the source text it cannot read', async () => {
    expect(await cli('anchor', 'missing.txt', 'cobalt')).toEqual({ code: 1, stdout: '', stderr: `error: cannot read source ${join(dir, 'missing.txt')}: ENOENT\n` });
  });
});

describe('reanchor', () => {
  const NEW = 'Atlantis and Lemuria signed a cobalt pakt. Atlantis mines cobalt.';
  const records = [
    { id: 'atlantis-news', kind: 'source', title: 'Atlantis news', textFile: 'old.txt', evidence: [span('atlantis-news', TEXT, 'Atlantis and Lemuria signed')] },
    { id: 'lemuria-news', kind: 'source', title: 'Lemuria news', textFile: 'other.txt', evidence: [span('lemuria-news', OTHER, 'Lemuria sells nickel')] },
    { id: 'cobalt-pact', kind: 'topic', name: 'cobalt pact', evidence: [span('atlantis-news', TEXT, 'cobalt pact')] },
  ];
  const summary = 'atlantis-news: 1 anchored, 1 relocated, 0 orphaned\n  relocated cobalt-pact evidence.0 (score 0.955): "cobalt pact" → "cobalt pakt" at 30–41\n';

  beforeEach(() => {
    write('old.txt', TEXT);
    write('new.txt', NEW);
    write('other.txt', OTHER);
    write('dataset.json', JSON.stringify(records));
  });

  it('refuses --accept without --out, and reads nothing', async () => {
    expect(await cli('reanchor', 'none.txt', 'none.txt', 'none.json', '--accept')).toEqual(
      usageError('reanchor', ' <old.txt> <new.txt> <dataset.json>', '--accept writes the repaired dataset: add --out FILE.'),
    );
  });

  it('prints each relocation; --out writes the dataset with it not applied, and says so, with exit 1', async () => {
    mkdirSync(join(dir, 'fixed'));
    expect(await cli('reanchor', 'old.txt', 'new.txt', 'dataset.json', '--out', 'fixed/repaired.json')).toEqual({
      code: 1,
      stdout: `${summary}wrote fixed/repaired.json (relocations not applied: review them, then --accept)\n`,
      stderr: '',
    });
    const text = read('fixed/repaired.json');
    expect(text.endsWith(']\n')).toBe(true);
    expect(JSON.parse(text)).toEqual([
      // The source whose text changed names the new file, from where the repaired dataset is, and holds no text.
      { ...records[0], textFile: '../new.txt' },
      // Another source keeps its own text file.
      { ...records[1], textFile: '../other.txt' },
      // The relocated quote stays as it was until accepted.
      records[2],
    ]);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('applies the relocations with --accept, exit 0', async () => {
    expect(await cli('reanchor', 'old.txt', 'new.txt', 'dataset.json', '--accept', '--out', 'repaired.json')).toEqual({
      code: 0,
      stdout: `${summary}wrote repaired.json\n`,
      stderr: '',
    });
    expect(JSON.parse(read('repaired.json'))).toEqual([
      { ...records[0], textFile: 'new.txt' },
      records[1],
      { ...records[2], evidence: [{ source: 'atlantis-news', start: 30, end: 41, quote: 'cobalt pakt' }] },
    ]);
  });

  it('keeps a source given with its text inline as it is, with the new text', async () => {
    const inline = [{ ...records[0], textFile: undefined, text: TEXT }, records[2]];
    write('inline.json', JSON.stringify(inline));
    expect((await cli('reanchor', 'old.txt', 'new.txt', 'inline.json', '--accept', '--out', 'repaired.json')).code).toBe(0);
    expect(JSON.parse(read('repaired.json'))).toEqual([
      { id: 'atlantis-news', kind: 'source', title: 'Atlantis news', evidence: records[0]!.evidence, text: NEW },
      { ...records[2], evidence: [{ source: 'atlantis-news', start: 30, end: 41, quote: 'cobalt pakt' }] },
    ]);
  });

  it('writes the whole report with --report (not the records), and replaces it only with --force', async () => {
    expect(await cli('reanchor', 'old.txt', 'new.txt', 'dataset.json', '--report', 'report.json')).toEqual({ code: 1, stdout: summary, stderr: '' });
    const report = {
      source: 'atlantis-news',
      counts: { anchored: 1, relocated: 1, orphaned: 0 },
      quotes: [
        { record: 'atlantis-news', index: 0, result: { status: 'anchored', evidence: records[0]!.evidence[0] } },
        {
          record: 'cobalt-pact',
          index: 0,
          result: {
            status: 'relocated',
            evidence: { source: 'atlantis-news', start: 30, end: 41, quote: 'cobalt pakt' },
            old: records[2]!.evidence[0],
            score: 0.955,
            edits: 1,
          },
        },
      ],
      complete: false,
    };
    expect(read('report.json')).toBe(`${JSON.stringify(report, null, 2)}\n`);

    write('report.json', 'precious');
    expect(await cli('reanchor', 'old.txt', 'new.txt', 'dataset.json', '--report', 'report.json')).toEqual({
      ...usageError('reanchor', ' <old.txt> <new.txt> <dataset.json>', `${join(dir, 'report.json')} exists: add --force to replace it, or choose another --out.`),
      stdout: summary,
    });
    expect(read('report.json')).toBe('precious');
    expect(await cli('reanchor', 'old.txt', 'new.txt', 'dataset.json', '--report', 'report.json', '--force')).toEqual({ code: 1, stdout: summary, stderr: '' });
    expect(read('report.json')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('replaces the repaired dataset only with --force', async () => {
    write('repaired.json', 'precious');
    expect(await cli('reanchor', 'old.txt', 'new.txt', 'dataset.json', '--accept', '--out', 'repaired.json')).toEqual({
      ...usageError('reanchor', ' <old.txt> <new.txt> <dataset.json>', `${join(dir, 'repaired.json')} exists: add --force to replace it, or choose another --out.`),
      stdout: summary,
    });
    expect(read('repaired.json')).toBe('precious');
    expect(await cli('reanchor', 'old.txt', 'new.txt', 'dataset.json', '--accept', '--out', 'repaired.json', '--force')).toEqual({
      code: 0,
      stdout: `${summary}wrote repaired.json\n`,
      stderr: '',
    });
    expect(JSON.parse(read('repaired.json'))).toHaveLength(3);
  });
});

describe('viewer', () => {
  const SEED = '2024-06-12-kr-kz-critical-minerals';
  const viewerUsage = (message: string) => usageError('viewer', ' [dataset.json]', message);

  it('needs --out, and writes nothing without it', async () => {
    expect(await cli('viewer')).toEqual(viewerUsage('viewer needs --out FILE.'));
    expect(await cli('viewer', '--source', SEED)).toEqual(viewerUsage('viewer needs --out FILE.'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('needs --source when there are several embedded sources, and names them', async () => {
    expect(Object.keys(sources).length).toBeGreaterThan(1);
    expect(await cli('viewer', '--out', 'page.html')).toEqual(viewerUsage(`viewer needs --source: one of ${Object.keys(sources).join(', ')}.`));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the viewer of an embedded source, prints the file, and replaces it only with --force', async () => {
    expect(await cli('viewer', '--source', SEED, '--out', 'page.html')).toEqual({ code: 0, stdout: 'page.html\n', stderr: '' });
    const page = toEvidenceViewer(SEED, dataset);
    expect(read('page.html')).toBe(page);
    write('page.html', 'precious');
    expect(await cli('viewer', '--source', SEED, '--out', 'page.html')).toEqual(
      viewerUsage(`${join(dir, 'page.html')} exists: add --force to replace it, or choose another --out.`),
    );
    expect(read('page.html')).toBe('precious');
    expect(await cli('viewer', '--source', SEED, '--out', 'page.html', '--force')).toEqual({ code: 0, stdout: 'page.html\n', stderr: '' });
    expect(read('page.html')).toBe(page);
  });

  describe('of a dataset of your own', () => {
    const atlantis = draftSource({ textFile: 'atlantis.txt' });
    const lemuria = draftSource({ textFile: 'lemuria.txt' }, 'lemuria-news', 'Lemuria news', 'Lemuria sells nickel');
    const pact = { id: 'cobalt-pact', kind: 'topic', name: 'cobalt pact', evidence: ['cobalt pact'], note: null };

    beforeEach(() => {
      write('atlantis.txt', TEXT);
      write('lemuria.txt', OTHER);
    });

    it('shows its one source without --source', async () => {
      write('mine.json', JSON.stringify({ records: [atlantis, pact] }));
      expect(await cli('viewer', 'mine.json', '--out', 'mine.html')).toEqual({ code: 0, stdout: 'mine.html\n', stderr: '' });
      const records = [{ ...atlantis, textFile: undefined, text: TEXT }, pact].map((r) => JSON.parse(JSON.stringify(r)) as unknown);
      expect(read('mine.html')).toBe(toEvidenceViewer('atlantis-news', draftCatalog({ extends: catalog, records }).data));
    });

    it('needs --source when it has several, and names its own', async () => {
      write('two.json', JSON.stringify([atlantis, lemuria, { ...pact, evidence: [{ quote: 'cobalt pact', source: 'atlantis-news' }] }]));
      expect(await cli('viewer', 'two.json', '--out', 'two.html')).toEqual(viewerUsage('viewer needs --source: one of atlantis-news, lemuria-news.'));
      expect(existsSync(join(dir, 'two.html'))).toBe(false);
      expect(await cli('viewer', 'two.json', '--source', 'lemuria-news', '--out', 'two.html')).toEqual({ code: 0, stdout: 'two.html\n', stderr: '' });
      expect(read('two.html')).toContain('Lemuria sells nickel to Atlantis.');
    });

    it('offers the embedded sources when it has none of its own', async () => {
      const lithium = {
        id: 'kz-lithium-interest', kind: 'resource', country: 'KZ', mineral: 'lithium', relation: 'reserves', extent: null, note: 'x',
        evidence: [{ quote: 'lithium', prefix: 'joint ', source: SEED }],
        provenance: { country: { basis: 'inferred', note: 'x', quotes: [] }, relation: { basis: 'inferred', note: 'x', quotes: [] } },
      };
      write('none.json', JSON.stringify([lithium]));
      expect(await cli('viewer', 'none.json', '--out', 'none.html')).toEqual(viewerUsage(`viewer needs --source: one of ${Object.keys(sources).join(', ')}.`));
      expect(await cli('viewer', 'none.json', '--source', SEED, '--out', 'none.html')).toEqual({ code: 0, stdout: 'none.html\n', stderr: '' });
      const page = read('none.html');
      expect(page).toBe(toEvidenceViewer(SEED, draftCatalog({ extends: catalog, records: [lithium] }).data));
      expect(page).toContain('kz-lithium-interest');
    });

    it('lists every problem of an invalid dataset on a line of its own, as check does, with exit 1', async () => {
      write('bad.json', JSON.stringify([atlantis, { ...pact, evidence: ['cobalt'] }]));
      const ran = await cli('viewer', 'bad.json', '--out', 'bad.html');
      expect(ran).toEqual({
        code: 1,
        stdout: '',
        stderr: 'bad.json: Invalid dataset: 1 problem\n  - topic "cobalt-pact" at evidence.0: quote is ambiguous: "cobalt" occurs 2 times in "atlantis-news"; add a prefix or suffix, such as prefix "a " (the match at 30), prefix "mines " (the match at 58)\n',
      });
      expect((await cli('check', 'bad.json')).stderr).toBe(ran.stderr);
      expect(existsSync(join(dir, 'bad.html'))).toBe(false);
    });
  });
});
