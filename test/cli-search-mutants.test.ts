/**
 * `critical-minerals search`, exactly: how text is folded (case, curly quotes, one character for one), which field
 * each match names, the whole table with its snippets cut at either side or not, the coloured highlight, a query
 * with blanks around it, the usage error for blank text, and the command's help.
 */
import { describe, expect, it } from 'vitest';
import { fold, highlight, searchRecords } from '../src/cli/commands/search.js';
import { type CliIo } from '../src/cli/run.js';
import { get } from '../src/index.js';
import { runCli, type CliResult, type CliSettings } from './cli-harness.js';

/** Runs the CLI in-process, as on a pipe with an empty environment unless told otherwise. */
const cli = (args: string[], io: CliSettings = {}): CliResult => runCli(args, io);

const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
const cyan = (text: string) => `\u001B[36m${text}\u001B[39m`;
const yellow = (text: string) => `\u001B[33m${text}\u001B[39m`;

describe('fold', () => {
  it('lower-cases, one character for one', () => {
    expect(fold('LITHIUM Ürgench')).toBe('lithium ürgench');
    // İ lower-cases to two characters (i and a combining dot): it is kept, so indices in the folded text hold.
    expect(fold('İSTANBUL')).toBe('İstanbul');
    expect(fold('İSTANBUL')).toHaveLength('İSTANBUL'.length);
  });

  it('makes curly quotes and apostrophes straight', () => {
    expect(fold('‘North Korea’s’ “deals”')).toBe(`'north korea's' "deals"`);
  });
});

describe('highlight', () => {
  const mark = (text: string) => `[${text}]`;

  it('marks every occurrence, ignoring case, the one at the start too', () => {
    expect(highlight('Uzbek, UZBEK and uzbekistan', 'uzbek', mark)).toBe('[Uzbek], [UZBEK] and [uzbek]istan');
    expect(highlight('no match here', 'uzbek', mark)).toBe('no match here');
  });

  it('leaves the text as it is for an empty query', () => {
    expect(highlight('Uzbekistan', '', mark)).toBe('Uzbekistan');
  });
});

describe('searchRecords', () => {
  it('names the field of each match and where in it the match starts', () => {
    const fields = (query: string) => searchRecords(query).map((hit) => [hit.id, hit.kind, hit.matches.map((m) => `${m.field}@${m.at}`)]);
    expect(fields('uranium')).toEqual([
      ['uranium', 'mineral', ['id@0', 'name@0', 'evidence@75']],
      ['chromium', 'mineral', ['evidence@75']],
      ['titanium', 'mineral', ['evidence@75']],
      ['rare-earth-metals', 'mineral', ['evidence@75']],
      ['kz-uranium-reserves', 'resource', ['id@3', 'evidence@75']],
      ['kz-chromium-reserves', 'resource', ['evidence@75']],
      ['kz-titanium-reserves', 'resource', ['evidence@75']],
      ['kz-rare-earth-metals-reserves', 'resource', ['evidence@75']],
    ]);
    expect(fields('the North')).toEqual([
      ['KP', 'country', ['aliases@0', 'evidence@30']],
      ['US', 'country', ['evidence@30']],
      ['hanoi-summit-2019', 'event', ['evidence@51']],
      ['us-north-korea-nuclear-negotiations', 'event', ['name@51', 'evidence@51']],
    ]);
  });

  it('gives an evidence match its quote’s place in the source', () => {
    const tm = searchRecords('Uzbek').find((hit) => hit.id === 'TM');
    const evidence = get('TM').evidence.find((e) => e.quote === 'Turkmenistan and Uzbekistan');
    expect(evidence).toBeDefined();
    expect(tm).toEqual({ id: 'TM', kind: 'country', matches: [{ field: 'evidence', text: 'Turkmenistan and Uzbekistan', at: 17, evidence }] });
  });

  it('ignores blanks around the query', () => {
    expect(searchRecords(' Uzbek\n')).toEqual(searchRecords('Uzbek'));
    expect(searchRecords(' Uzbek\n')).toHaveLength(4);
  });
});

describe('critical-minerals search, the table', () => {
  it('shows the first match of each record, how many more, and the text around it cut with … where it goes on', () => {
    expect(cli(['search', 'Uzbek'])).toEqual({
      code: 0,
      stdout: [
        '4 records match "Uzbek"',
        '',
        'ID                              KIND     FIELD                   MATCHED',
        'UZ                              country  name (+1)               Uzbekistan',
        'TM                              country  quote [2357–2384]       Turkmenistan and Uzbekistan',
        'yoon-state-visit-to-kazakhstan  event    quote [2313–2384]       …cludes Turkmenistan and Uzbekistan',
        'yoon-central-asia-trip          event    quote [2313–2384] (+1)  …cludes Turkmenistan and Uzbekistan',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('cuts snippets by the query without the blanks around it, and quotes the query as given', () => {
    const snippet = '…olds a large reserve of uranium, chromium, titanium and…';
    expect(cli(['search', ' uranium '])).toEqual({
      code: 0,
      stdout: [
        '8 records match " uranium "',
        '',
        'ID                             KIND      FIELD             MATCHED',
        'uranium                        mineral   id (+2)           uranium',
        `chromium                       mineral   quote [879–1003]  ${snippet}`,
        `titanium                       mineral   quote [879–1003]  ${snippet}`,
        `rare-earth-metals              mineral   quote [879–1003]  ${snippet}`,
        'kz-uranium-reserves            resource  id (+1)           kz-uranium-reserves',
        `kz-chromium-reserves           resource  quote [879–1003]  ${snippet}`,
        `kz-titanium-reserves           resource  quote [879–1003]  ${snippet}`,
        `kz-rare-earth-metals-reserves  resource  quote [879–1003]  ${snippet}`,
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('names an alias match', () => {
    expect(cli(['search', 'the north']).stdout.split('\n')[3]).toBe('KP                                   country  aliases (+1)       the North');
  });

  it.each([['Uzbek'], [' Uzbek  ']])('on a terminal, highlights the match in each snippet (query %j)', (query) => {
    expect(cli(['search', query], { isTTY: true }).stdout).toBe(
      [
        bold(`4 records match "${query}"`),
        '',
        `${bold('ID')}                              ${bold('KIND')}     ${bold('FIELD')}                   ${bold('MATCHED')}`,
        `${cyan('UZ')}                              country  name (+1)               ${yellow('Uzbek')}istan`,
        `${cyan('TM')}                              country  quote [2357–2384]       Turkmenistan and ${yellow('Uzbek')}istan`,
        `${cyan('yoon-state-visit-to-kazakhstan')}  event    quote [2313–2384]       …cludes Turkmenistan and ${yellow('Uzbek')}istan`,
        `${cyan('yoon-central-asia-trip')}          event    quote [2313–2384] (+1)  …cludes Turkmenistan and ${yellow('Uzbek')}istan`,
        '',
      ].join('\n'),
    );
  });
});

describe('critical-minerals search, usage', () => {
  it.each([[''], ['   '], ['\t\n']])('blank text %j is a usage error', (text) => {
    expect(cli(['search', text])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: search needs some text to look for.\nUsage: critical-minerals search <text> [options]\nRun "critical-minerals search --help" for more.\n',
    });
  });

  it('--help prints the usage, description, argument, option and examples', () => {
    expect(cli(['search', '--help'])).toEqual({
      code: 0,
      stdout: [
        'Usage: critical-minerals search <text> [options]',
        '',
        'The records whose id, name, label, title, aliases, element symbol, words (for a statement) or evidence quotes ' +
          'contain the text, ignoring case and curly quotes. Each row shows where it matched first, and how many more places.',
        '',
        'Arguments:',
        '  <text>  the text to look for; quote it if it has spaces ("rare earth")',
        '',
        'Options:',
        '      --json  print the answer as JSON, for machines',
        '  -h, --help  show this help',
        '',
        'Examples:',
        '  critical-minerals search lithium',
        '  critical-minerals search "700 Korean" --json',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('the global help lists it with its summary', () => {
    expect(cli(['help']).stdout).toContain('\n  search <text>                                records whose id, name or quotes contain text\n');
  });
});
