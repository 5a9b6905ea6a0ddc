/**
 * The query commands' exact words: each command's help, its table (headings, rows, the count line) per branch, its
 * empty answer, its filters and its `--lang` check; and `check`'s summary line and usage errors.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { runCli, runCliAsync, type CliResult } from './cli-harness.js';
import { ATLANTIS_TEXT, draftSource } from './fixtures/atlantis.js';

const cli = (...args: string[]): CliResult => runCli(args, { version: '0.0.0' });

/** A successful run's stdout, checked to be quiet on stderr. */
function out(...args: string[]): string {
  const result = cli(...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;

const LANG = '      --lang LOCALE  names in this language (ko, de-CH): countries and M49 regions from Intl, the rest in English as the sources state them';
const JSON_LINE = '      --json         print the answer as JSON, for machines';
const HELP_LINE = '  -h, --help         show this help';
const TYPE = '      --type T       keep only mou, deal or agreement-in-principle (comma-separated for several)';
const RELATION = '      --relation R   keep only reserves, production or agreement (comma-separated for several)';

describe('the help of each query command, whole', () => {
  it.each([
    [
      'timeline',
      lines(
        'Usage: critical-minerals timeline [options]',
        '',
        'Every dated event and agreement, by date then id; a year-precision date (2019) sorts at its first day. With --from or --to, only those whose date overlaps the range (both ends included).',
        '',
        'Options:',
        '      --from DATE    start of the range: YYYY, YYYY-MM or YYYY-MM-DD',
        '      --to DATE      end of the range: YYYY, YYYY-MM or YYYY-MM-DD',
        '      --undated      add the undated events and agreements at the end',
        LANG,
        JSON_LINE,
        HELP_LINE,
        '',
        'Examples:',
        '  critical-minerals timeline',
        '  critical-minerals timeline --from 2024-06 --to 2024-06 --json',
      ),
    ],
    [
      'check',
      lines(
        'Usage: critical-minerals check <file> [options]',
        '',
        'Reads a JSON dataset (an array of records, or { "records": [...] }) on top of the embedded one: evidence may be quotes ("the words" or { "quote", "prefix", "suffix", "source" }), a source may leave out sha256 and give "textFile" (relative to the file) instead of "text". Finds every quote, computes every digest, fills in the provenance the quotes state, validates everything, and lists every problem with its record and field (exit 1). With --out, writes the resolved records (offsets, digests, provenance) as JSON.',
        '',
        'Arguments:',
        '  <file>  a JSON dataset file',
        '',
        'Options:',
        '      --out FILE  write the resolved records to FILE (atomically)',
        '      --force     replace FILE if it exists',
        '  -h, --help      show this help',
        '',
        'Examples:',
        '  critical-minerals check my-dataset.json',
        '  critical-minerals check my-dataset.json --out resolved.json',
      ),
    ],
    [
      'partners',
      lines(
        'Usage: critical-minerals partners <country> [options]',
        '',
        'The countries that are parties to at least one agreement with the country, by code, each with how many agreements they share and which. A country an agreement is only about is not a partner.',
        '',
        'Arguments:',
        '  <country>  an ISO code (KZ, KAZ, 398) or an English name (Kazakhstan, "S. Korea")',
        '',
        'Options:',
        LANG,
        JSON_LINE,
        HELP_LINE,
        '',
        'Examples:',
        '  critical-minerals partners KR',
        '  critical-minerals partners kazakhstan --json',
      ),
    ],
    [
      'agreements-on',
      lines(
        'Usage: critical-minerals agreements-on <mineral-or-topic> [options]',
        '',
        'The agreements that name a mineral (lithium) or a topic (renewable-energy), by date then id.',
        '',
        'Arguments:',
        '  <mineral-or-topic>  a mineral id, name or symbol (lithium, Li), or a topic id or name (renewable-energy)',
        '',
        'Options:',
        TYPE,
        LANG,
        JSON_LINE,
        HELP_LINE,
        '',
        'Examples:',
        '  critical-minerals agreements-on lithium',
        '  critical-minerals agreements-on renewable-energy --json',
      ),
    ],
    [
      'statements',
      lines(
        'Usage: critical-minerals statements <person> [options]',
        '',
        'What a person said, by date then id: `direct` is the words inside quotation marks, `reported` the text’s report of them.',
        '',
        'Arguments:',
        '  <person>  a person id (kassym-jomart-tokayev), full name or family name (Tokayev)',
        '',
        'Options:',
        LANG,
        JSON_LINE,
        HELP_LINE,
        '',
        'Examples:',
        '  critical-minerals statements tokayev',
        '  critical-minerals statements yoon-suk-yeol --json',
      ),
    ],
    [
      'agreements',
      lines(
        'Usage: critical-minerals agreements <a> [b] [options]',
        '',
        'With one country, the agreements it is party to; with two, the agreements both are parties to (in either order). A country an agreement is only about, such as North Korea, is not a party. Ordered by date, then id.',
        '',
        'Arguments:',
        '  <a>  a country: an ISO code (KR, KOR, 410) or an English name ("South Korea", "S. Korea")',
        '  [b]  a second country',
        '',
        'Options:',
        TYPE,
        LANG,
        JSON_LINE,
        HELP_LINE,
        '',
        'Examples:',
        '  critical-minerals agreements KR KZ',
        '  critical-minerals agreements "S. Korea" kazakhstan --type mou --json',
      ),
    ],
    [
      'countries-with',
      lines(
        'Usage: critical-minerals countries-with <mineral> [options]',
        '',
        'The countries tied to a mineral: the inverse of `minerals`. A country holds reserves of it or produces it, or is party to an agreement on it. Ordered by country code, then relation.',
        '',
        'Arguments:',
        '  <mineral>  a mineral id (lithium, rare-earth-metals), name or element symbol (Li)',
        '',
        'Options:',
        RELATION,
        LANG,
        JSON_LINE,
        HELP_LINE,
        '',
        'Examples:',
        '  critical-minerals countries-with uranium',
        '  critical-minerals countries-with Li --json',
      ),
    ],
    [
      'minerals',
      lines(
        'Usage: critical-minerals minerals <country> [options]',
        '',
        'The minerals and commodities tied to a country: reserves and production the source states (via a resource record), and the minerals of agreements the country is party to (via the agreement). Ordered by mineral, then relation.',
        '',
        'Arguments:',
        '  <country>  an ISO code (KZ, KAZ, 398) or an English name (Kazakhstan, "S. Korea")',
        '',
        'Options:',
        RELATION,
        LANG,
        JSON_LINE,
        HELP_LINE,
        '',
        'Examples:',
        '  critical-minerals minerals kazakhstan',
        '  critical-minerals minerals KZ --relation reserves --json',
      ),
    ],
  ])('%s', (name, help) => {
    expect(out('help', name)).toBe(help);
    expect(out(name, '--help')).toBe(help);
  });

  it('the command list names each with its arguments and its one-line summary', () => {
    const listed = out('--help')
      .split('\n')
      .map((line) => line.trim().split(/ {2,}/));
    for (const entry of [
      ['minerals <country>', 'minerals and commodities tied to a country'],
      ['agreements <a> [b]', 'agreements of a country, or between two'],
      ['countries-with <mineral>', 'countries tied to a mineral'],
      ['agreements-on <mineral-or-topic>', 'agreements on a mineral or a topic'],
      ['partners <country>', 'countries sharing an agreement with a country'],
      ['statements <person>', 'what a person said, quoted or reported'],
      ['timeline', 'events and agreements in date order'],
      ['check <file>', 'validate a dataset file of your own and list every problem'],
    ]) {
      expect(listed).toContainEqual(entry);
    }
  });
});

/** The stderr of a usage error of `command`. */
const usage = (message: string, usageLine: string, command: string) =>
  lines(`error: ${message}`, `Usage: ${usageLine}`, `Run "critical-minerals ${command} --help" for more.`);

describe('--lang is checked by every command that takes it, before anything is printed', () => {
  const message = 'Invalid locale "zz": expected a BCP 47 language tag this runtime supports, such as "en", "ko" or "de-CH".';
  it.each([
    ['timeline', [], 'critical-minerals timeline [options]'],
    ['partners', ['KZ'], 'critical-minerals partners <country> [options]'],
    ['agreements-on', ['lithium'], 'critical-minerals agreements-on <mineral-or-topic> [options]'],
    ['statements', ['tokayev'], 'critical-minerals statements <person> [options]'],
    ['agreements', ['KZ'], 'critical-minerals agreements <a> [b] [options]'],
    ['countries-with', ['lithium'], 'critical-minerals countries-with <mineral> [options]'],
    ['minerals', ['KZ'], 'critical-minerals minerals <country> [options]'],
  ])('%s', (name, args, usageLine) => {
    expect(cli(name, ...args, '--lang', 'zz')).toEqual({ code: 2, stdout: '', stderr: usage(message, usageLine, name) });
    expect(cli(name, ...args, '--lang', 'zz', '--json')).toEqual({ code: 2, stdout: '', stderr: usage(message, usageLine, name) });
  });
});

const AGREEMENT_ROWS = {
  supplyChain: ['kr-kz-critical-minerals-supply-chain-mou', 'MOU on critical minerals supply chain partnership'],
  energy: ['kr-kz-energy-cooperation-deals', 'cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants'],
  financing: ['kr-kz-financing-mou', 'MOU on financial support cooperation and policy financing'],
  lithium: ['kr-kz-lithium-mou', 'MOU on joint lithium mine exploration and development'],
  newAreas: ['kr-kz-new-areas-cooperation', 'Agreement to work together in new areas'],
  condemnation: ['kr-kz-north-korea-condemnation', 'Agreement to keep condemning North Korea’s illegal nuclear and missile development and block its illegal funding'],
  rareMetals: ['kr-kz-rare-metals-technology-mou', 'MOU on technology cooperation for rare metals commercialization'],
} as const;

describe('timeline, whole', () => {
  const dated = [
    '1991        event      kazakhstan-independence                   Kazakhstan gains independence',
    '2017        event      north-korea-last-nuclear-test             North Korea’s last nuclear test',
    '2019        event      hanoi-summit-2019                         United States–North Korea summit in Hanoi',
  ];
  const june = [
    '2024-06     event      yoon-central-asia-trip                    Yoon’s Central Asia trip',
    '2024-06     event      tokayev-briefing                          The briefing at which Tokayev spoke',
    '2024-06     event      yoon-state-visit-to-kazakhstan            Yoon’s state visit to Kazakhstan',
    '2024-06-12  event      astana-summit                             South Korea–Kazakhstan summit in Astana',
    '2024-06-12  event      joint-press-conference                    Yoon and Tokayev’s joint press conference',
    ...Object.values(AGREEMENT_ROWS).map(([id, name]) => `2024-06-12  agreement  ${id.padEnd(40)}  ${name}`),
  ];
  const header = 'DATE        KIND       ID                                        NAME';

  it('lists every dated event and agreement under a count and DATE, KIND, ID and NAME headings', () => {
    expect(out('timeline')).toBe(lines('15 events and agreements', '', header, ...dated, ...june));
  });

  it('with --undated, adds the undated ones at the end', () => {
    expect(out('timeline', '--undated')).toBe(
      lines(
        '21 events and agreements',
        '',
        header,
        ...dated,
        ...june,
        'undated     event      k-silk-road-announcement                  Announcement of the K-Silk Road regional strategy',
        'undated     event      kazakhstan-nuclear-arsenal-dismantlement  Kazakhstan dismantles the world’s fourth-largest nuclear arsenal',
        'undated     event      north-korea-nuclear-tests                 North Korea’s six nuclear tests',
        'undated     event      south-korea-central-asia-summit           South Korea–Central Asia summit (planned)',
        'undated     event      soviet-nuclear-test-site-closure          Kazakhstan closes the former Soviet nuclear testing site',
        'undated     event      us-north-korea-nuclear-negotiations       Nuclear negotiations between the United States and the North',
      ),
    );
  });

  it('names the range in the count line, and says "1 event or agreement" for one', () => {
    expect(out('timeline', '--from', '2024-06', '--to', '2024-06')).toBe(lines('12 events and agreements from 2024-06 to 2024-06', '', header, ...june));
    const one = lines(
      '1 event or agreement from 1991 to 1991',
      '',
      'DATE  KIND   ID                       NAME',
      '1991  event  kazakhstan-independence  Kazakhstan gains independence',
    );
    expect(out('timeline', '--from', '1991', '--to', '1991')).toBe(one);
    expect(out('timeline', '--from', '1991', '--to', '1991', '--lang', 'ko')).toBe(one);
    expect(out('timeline', '--from', '2019')).toBe(lines('13 events and agreements from 2019 to the end', '', header, dated[2]!, ...june));
    expect(out('timeline', '--to', '2017')).toBe(
      lines(
        '2 events and agreements from the start to 2017',
        '',
        'DATE  KIND   ID                             NAME',
        '1991  event  kazakhstan-independence        Kazakhstan gains independence',
        '2017  event  north-korea-last-nuclear-test  North Korea’s last nuclear test',
      ),
    );
  });

  it('says so, with the range, when nothing is in it', () => {
    expect(out('timeline', '--from', '1900', '--to', '1901')).toBe('No events or agreements from 1900 to 1901.\n');
    expect(out('timeline', '--from', '2030')).toBe('No events or agreements from 2030 to the end.\n');
    expect(out('timeline', '--to', '1900')).toBe('No events or agreements from the start to 1900.\n');
    expect(out('timeline', '--to', '1900', '--json')).toBe('[]\n');
  });

  it('refuses --undated with a range, as a usage error of timeline', () => {
    const stderr = usage('--undated cannot be used with --from or --to: an undated record is in no range.', 'critical-minerals timeline [options]', 'timeline');
    expect(cli('timeline', '--undated', '--to', '2000')).toEqual({ code: 2, stdout: '', stderr });
    expect(cli('timeline', '--from', '2000', '--undated')).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('partners, whole', () => {
  const shared = Object.values(AGREEMENT_ROWS)
    .map(([id]) => id)
    .join(', ');

  it('lists each partner with its name, how many agreements are shared and which, comma-separated', () => {
    expect(out('partners', 'KR')).toBe(lines('1 partner of South Korea (KR)', '', 'COUNTRY  NAME        SHARED  AGREEMENTS', `KZ       Kazakhstan  7       ${shared}`));
    expect(out('partners', 'kazakhstan', '--lang', 'ko')).toBe(lines('1 partner of 카자흐스탄 (KZ)', '', 'COUNTRY  NAME      SHARED  AGREEMENTS', `KR       대한민국  7       ${shared}`));
  });

  it('says so when a country has no partner (an agreement only about it makes none)', () => {
    expect(out('partners', 'KP')).toBe('No partners of North Korea (KP).\n');
    expect(out('partners', 'KP', '--lang', 'ko')).toBe('No partners of 북한 (KP).\n');
    expect(out('partners', 'US', '--json')).toBe('[]\n');
  });
});

describe('agreements-on, whole', () => {
  const header = (id: number) => `DATE        TYPE  PARTIES  ${'ID'.padEnd(id)}  NAME`;

  it('lists the agreements with date, type, parties (comma-separated), id and name under a count line', () => {
    expect(out('agreements-on', 'critical-minerals-supply-chain')).toBe(
      lines(
        '3 agreements on critical-minerals supply chain',
        '',
        header(40),
        ...[AGREEMENT_ROWS.supplyChain, AGREEMENT_ROWS.lithium, AGREEMENT_ROWS.rareMetals].map(([id, name]) => `2024-06-12  mou   KR, KZ   ${id.padEnd(40)}  ${name}`),
      ),
    );
    expect(out('agreements-on', 'Li')).toBe(lines('1 agreement on lithium', '', header(17), `2024-06-12  mou   KR, KZ   ${AGREEMENT_ROWS.lithium.join('  ')}`));
    expect(out('agreements-on', 'renewable-energy', '--lang', 'ko')).toBe(
      lines('1 agreement on renewable energy', '', header(30), `2024-06-12  deal  KR, KZ   ${AGREEMENT_ROWS.energy.join('  ')}`),
    );
  });

  it('keeps only the --type asked for, and says so when none is left', () => {
    expect(out('agreements-on', 'lithium', '--type', 'deal')).toBe('No agreements on lithium.\n');
    expect(out('agreements-on', 'lithium', '--type', 'deal', '--json')).toBe('[]\n');
    expect(out('agreements-on', 'technology', '--type', 'deal')).toBe('No agreements on technology.\n');
    expect(out('agreements-on', 'uranium')).toBe('No agreements on uranium.\n');
    expect(out('agreements-on', 'strategic-partnership', '--lang', 'ko')).toBe('No agreements on strategic partnership.\n');
  });
});

describe('statements, whole', () => {
  it('lists what a person said with date, mode, id and text under a count line', () => {
    expect(out('statements', 'tokayev')).toBe(
      lines(
        '4 statements by Kassym-Jomart Tokayev',
        '',
        'DATE     MODE      ID                                TEXT',
        '2024-06  direct    tokayev-on-cooperation-sectors    We are interested in enhancing cooperation in infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics.',
        '2024-06  direct    tokayev-on-korean-companies       More than 700 Korean companies are successfully operating in Kazakhstan',
        '2024-06  reported  tokayev-on-the-state-visit        Yoon’s state visit to Kazakhstan demonstrates that the bilateral relations has advanced to a higher level and vowed to further develop ties in a wide range of fields',
        '2024-06  reported  tokayev-supports-the-initiatives  Tokayev expressed his full support for these initiatives',
      ),
    );
    expect(out('statements', 'Yoon Suk Yeol', '--lang', 'ko')).toBe(
      lines(
        '3 statements by Yoon Suk Yeol',
        '',
        'DATE        MODE      ID                        TEXT',
        '2024-06     direct    yoon-on-north-korea       The two countries agreed to continue to join international efforts to condemn North Korea’s illegal nuclear and missile development, and to block its illegal funding',
        '2024-06     reported  yoon-on-the-k-silk-road   he explained Seoul’s “K-Silk Road Cooperation Initiative” with Central Asia and the plan to hold a South Korea-Central Asia summit',
        '2024-06-12  direct    yoon-on-the-supply-chain  The two countries agreed to strengthen the critical mineral supply chain by combining Kazakhstan’s abundant mineral resources with South Korea’s advanced technology',
      ),
    );
  });
});

describe('agreements, whole', () => {
  const row = (type: string, [id, name]: readonly [string, string], width = 40) => `2024-06-12  ${type.padEnd(22)}  KZ    ${id.padEnd(width)}  ${name}`;

  it('with one country, adds a WITH column of the other parties', () => {
    expect(out('agreements', 'KR', '--type', 'agreement-in-principle')).toBe(
      lines(
        '2 agreements of South Korea (KR)',
        '',
        'DATE        TYPE                    WITH  ID                              NAME',
        row('agreement-in-principle', AGREEMENT_ROWS.newAreas, 30),
        row('agreement-in-principle', AGREEMENT_ROWS.condemnation, 30),
      ),
    );
    const all = out('agreements', 'KZ', '--lang', 'ko').split('\n');
    expect(all.slice(0, 3)).toEqual(['7 agreements of 카자흐스탄 (KZ)', '', 'DATE        TYPE                    WITH  ID                                        NAME']);
    expect(all[4]).toBe(row('deal', AGREEMENT_ROWS.energy).replace('  KZ  ', '  KR  '));
  });

  it('with two, has no WITH column', () => {
    expect(out('agreements', 'KR', 'KZ', '--type', 'deal', '--lang', 'ko')).toBe(
      lines('1 agreement between 대한민국 (KR) and 카자흐스탄 (KZ)', '', 'DATE        TYPE  ID                              NAME', `2024-06-12  deal  ${AGREEMENT_ROWS.energy.join('  ')}`),
    );
    expect(out('agreements', 'KZ', 'KR', '--type', 'mou,deal')).toBe(
      lines(
        '5 agreements between Kazakhstan (KZ) and South Korea (KR)',
        '',
        'DATE        TYPE  ID                                        NAME',
        ...([
          ['mou', AGREEMENT_ROWS.supplyChain],
          ['deal', AGREEMENT_ROWS.energy],
          ['mou', AGREEMENT_ROWS.financing],
          ['mou', AGREEMENT_ROWS.lithium],
          ['mou', AGREEMENT_ROWS.rareMetals],
        ] as const).map(([type, [id, name]]) => `2024-06-12  ${type.padEnd(4)}  ${id.padEnd(40)}  ${name}`),
      ),
    );
  });
});

describe('countries-with, whole', () => {
  it('lists the countries with relation, via and name under a count of ties', () => {
    const table = (...names: string[]) => [
      'COUNTRY  RELATION   VIA                NAME',
      `KR       agreement  kr-kz-lithium-mou  ${names[0]}`,
      `KZ       agreement  kr-kz-lithium-mou  ${names[1]}`,
    ];
    expect(out('countries-with', 'lithium')).toBe(lines('Countries tied to lithium: 2 ties', '', ...table('South Korea', 'Kazakhstan')));
    expect(out('countries-with', 'Li', '--relation', 'agreement', '--lang', 'ko')).toBe(lines('Countries tied to lithium: 2 ties', '', ...table('대한민국', '카자흐스탄')));
    expect(out('countries-with', 'uranium', '--relation', 'reserves,production')).toBe(
      lines('Countries tied to uranium: 1 tie', '', 'COUNTRY  RELATION  VIA                  NAME', 'KZ       reserves  kz-uranium-reserves  Kazakhstan'),
    );
  });

  it('keeps only the --relation asked for, and says so when none is left', () => {
    expect(out('countries-with', 'uranium', '--relation', 'agreement')).toBe('No countries tied to uranium.\n');
    expect(out('countries-with', 'Li', '--relation', 'reserves')).toBe('No countries tied to lithium.\n');
    expect(out('countries-with', 'Li', '--relation', 'reserves', '--json')).toBe('[]\n');
  });
});

describe('check, its summary line and its usage errors', () => {
  const work = mkdtempSync(join(tmpdir(), 'critical-minerals-check-mutants-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const check = (...args: string[]): Promise<CliResult> => runCliAsync(['check', ...args], { version: '0', cwd: work });

  writeFileSync(join(work, 'atlantis.txt'), ATLANTIS_TEXT);
  const source = draftSource({ textFile: 'atlantis.txt' });

  // 3 records, 1 of them a source, 4 quotes: each count differs from the others.
  const records = [
    source,
    { id: 'cobalt-pact', kind: 'topic', name: 'cobalt pact', evidence: ['cobalt pact'], note: null },
    { id: 'lemuria', kind: 'topic', name: 'Lemuria', evidence: ['Lemuria signed', 'mines cobalt'], note: null },
  ];
  writeFileSync(join(work, 'three.json'), JSON.stringify(records));

  it('counts the records, the sources among them and the quotes found', async () => {
    const summary = 'three.json: ok: 3 records (1 source), 4 quotes found, every value\'s provenance known\n';
    expect(await check('three.json')).toEqual({ code: 0, stdout: summary, stderr: '' });
    expect(await check('three.json', '--out', 'resolved.json')).toEqual({ code: 0, stdout: summary, stderr: '' });
    const resolved = JSON.parse(readFileSync(join(work, 'resolved.json'), 'utf8')) as { id: string; evidence: unknown[] }[];
    expect(resolved.map((r) => [r.id, r.evidence.length])).toEqual([['atlantis-news', 1], ['cobalt-pact', 1], ['lemuria', 2]]);
  });

  it('says "1 record", "0 sources" and "1 quote" in the singular and plural they need', async () => {
    writeFileSync(join(work, 'one.json'), JSON.stringify({ records: [{ id: 'minerals-deal-topic', kind: 'topic', name: 'critical minerals', evidence: [{ quote: 'critical minerals', prefix: 'sign ', source: '2024-06-12-kr-kz-critical-minerals' }], note: null }] }));
    const ran = await check('one.json');
    expect(ran).toEqual({ code: 0, stdout: 'one.json: ok: 1 record (0 sources), 1 quote found, every value\'s provenance known\n', stderr: '' });
  });

  it('refuses to replace an --out file without --force, as a usage error of check', async () => {
    writeFileSync(join(work, 'keep.json'), 'precious');
    expect(await check('three.json', '--out', 'keep.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: usage(`${join(work, 'keep.json')} exists: add --force to replace it, or choose another --out.`, 'critical-minerals check <file> [options]', 'check'),
    });
    expect(readFileSync(join(work, 'keep.json'), 'utf8')).toBe('precious');
  });
});
