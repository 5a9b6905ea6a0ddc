import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { widthOf } from '../src/cli/display-width.js';
import { COMMANDS, run, type CliIo } from '../src/cli/run.js';
import { exportFiles, toCsv, toJson, toJsonLd, toNdjson } from '../src/export/index.js';
import {
  agreementsBetween,
  agreementsOf,
  agreementsOn,
  countriesWith,
  dataset,
  eventsBetween,
  evidenceOf,
  get,
  mineralsOf,
  nameOf,
  partnersOf,
  statementsBy,
  timeline,
} from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const ANSI = /\u001B\[[0-9;]*m/;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as on a pipe with an empty environment unless told otherwise. */
function cli(args: string[], io: Partial<Omit<CliIo, 'stdout' | 'stderr'>> = {}): Result {
  let stdout = '';
  let stderr = '';
  const code = run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    version,
    isTTY: false,
    env: {},
    ...io,
  });
  if (typeof code !== 'number') throw new Error(`${args[0]} runs asynchronously: test it in test/cli-authoring.test.ts`);
  return { code, stdout, stderr };
}

/** The JSON a command prints, checking it succeeded quietly. */
function json(args: string[]): unknown {
  const result = cli([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** What the library answer looks like after a trip through JSON. */
const same = (value: unknown) => JSON.parse(JSON.stringify(value));

/** The table rows of a command's output: the lines after the header row, split on runs of two spaces. */
function rows(stdout: string): string[][] {
  const lines = stdout.trimEnd().split('\n');
  const header = lines.findIndex((line) => /^[A-Z]+ {2}/.test(line));
  return lines.slice(header + 1).map((line) => line.split(/ {2,}/));
}

describe('minerals <country>', () => {
  it('lists Kazakhstan’s minerals in a table, whatever the country is called', () => {
    const result = cli(['minerals', 'kazakhstan']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Minerals and commodities tied to Kazakhstan (KZ): 9 ties');
    expect(result.stdout).toMatch(/^MINERAL +RELATION +VIA$/m);
    expect(rows(result.stdout)).toEqual(mineralsOf('KZ').map((l) => [l.mineral, l.relation, l.via]));
    expect(cli(['minerals', 'KAZ']).stdout).toBe(result.stdout);
    expect(cli(['minerals', '398']).stdout).toBe(result.stdout);
  });

  it('prints the library’s answer with --json, filtered by --relation', () => {
    expect(json(['minerals', 'KZ'])).toEqual(same(mineralsOf('KZ')));
    expect(json(['minerals', 'KZ', '--relation', 'reserves,production'])).toEqual(
      same(mineralsOf('KZ', { relation: ['reserves', 'production'] })),
    );
  });

  it('says so when a country is tied to nothing', () => {
    expect(cli(['minerals', 'KP'])).toEqual({ code: 0, stdout: 'No minerals or commodities tied to North Korea (KP).\n', stderr: '' });
    expect(json(['minerals', 'KP'])).toEqual([]);
  });
});

describe('agreements <a> [b]', () => {
  it('lists the seven agreements between South Korea and Kazakhstan by date', () => {
    const result = cli(['agreements', 'KR', 'KZ']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toBe('7 agreements between South Korea (KR) and Kazakhstan (KZ)');
    expect(rows(result.stdout)).toEqual(agreementsBetween('KR', 'KZ').map((a) => [a.date!.value, a.type, a.id, a.name]));
  });

  it('prints a JSON array equal to agreementsBetween, for names as for codes', () => {
    expect(json(['agreements', 'KR', 'KZ'])).toEqual(same(agreementsBetween('KR', 'KZ')));
    expect(json(['agreements', 'S. Korea', 'kazakhstan'])).toEqual(same(agreementsBetween('KR', 'KZ')));
    expect(json(['agreements', 'KZ', 'KR', '--type', 'mou'])).toEqual(same(agreementsBetween('KR', 'KZ', { type: 'mou' })));
  });

  it('with one country, lists the agreements it is party to and with whom', () => {
    expect(json(['agreements', 'KZ'])).toEqual(same(agreementsOf('KZ')));
    const result = cli(['agreements', 'KZ']);
    expect(result.stdout.split('\n')[0]).toBe('7 agreements of Kazakhstan (KZ)');
    expect(rows(result.stdout).map((row) => row[2])).toEqual(agreementsOf('KZ').map(() => 'KR'));
  });

  it('finds none between South and North Korea: North Korea is only a subject', () => {
    expect(cli(['agreements', 'KR', 'KP']).stdout).toBe('No agreements between South Korea (KR) and North Korea (KP).\n');
    expect(json(['agreements', 'KR', 'KP'])).toEqual([]);
  });
});

describe('countries-with <mineral>', () => {
  it('finds the countries tied to lithium, by id, name or symbol', () => {
    expect(json(['countries-with', 'lithium'])).toEqual(same(countriesWith('lithium')));
    expect(json(['countries-with', 'Li'])).toEqual(same(countriesWith('lithium')));
    const result = cli(['countries-with', 'uranium']);
    expect(result.stdout).toContain('Countries tied to uranium: 1 tie');
    expect(rows(result.stdout)).toEqual([['KZ', 'reserves', 'kz-uranium-reserves', 'Kazakhstan']]);
  });

  it('suggests the mineral meant', () => {
    const result = cli(['countries-with', 'lithum']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: Unknown mineral "lithum". Did you mean "lithium"?\n');
  });
});

describe('partners <country>', () => {
  it('--json is partnersOf, for a code or a name', () => {
    expect(json(['partners', 'KR'])).toEqual(same(partnersOf('KR')));
    expect(json(['partners', 'kazakhstan'])).toEqual(same(partnersOf('KZ')));
  });

  it('lists each partner with the number of agreements shared: South Korea and Kazakhstan share 7', () => {
    expect(rows(cli(['partners', 'KR']).stdout).map((row) => row.slice(0, 3))).toEqual([['KZ', 'Kazakhstan', '7']]);
  });
});

describe('statements <person>', () => {
  it('--json is statementsBy, for an id, a full name or a family name', () => {
    expect(json(['statements', 'kassym-jomart-tokayev'])).toEqual(same(statementsBy('kassym-jomart-tokayev')));
    expect(json(['statements', 'Tokayev'])).toEqual(same(statementsBy('kassym-jomart-tokayev')));
    expect(json(['statements', 'yoon suk yeol'])).toEqual(same(statementsBy('yoon-suk-yeol')));
  });

  it('prints one row per statement, by date then id', () => {
    expect(rows(cli(['statements', 'yoon']).stdout).map((row) => row[2])).toEqual(statementsBy('yoon-suk-yeol').map((s) => s.id));
  });

  it('is 1 for an unknown person, with the nearest', () => {
    const result = cli(['statements', 'tokaev']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: Unknown person "tokaev"/);
  });
});

describe('agreements-on <mineral-or-topic>', () => {
  it('--json is agreementsOn, for a mineral by id or symbol and a topic by id or name', () => {
    expect(json(['agreements-on', 'lithium'])).toEqual(same(agreementsOn('lithium')));
    expect(json(['agreements-on', 'Li'])).toEqual(same(agreementsOn('lithium')));
    expect(json(['agreements-on', 'renewable-energy'])).toEqual(same(agreementsOn('renewable-energy')));
    expect(json(['agreements-on', 'Renewable Energy'])).toEqual(same(agreementsOn('renewable-energy')));
  });

  it('the lithium MOU is the one agreement on lithium', () => {
    expect(rows(cli(['agreements-on', 'lithium']).stdout).map((row) => row[3])).toEqual(['kr-kz-lithium-mou']);
  });

  it('is 1 for something that is neither', () => {
    expect(cli(['agreements-on', 'gold']).code).toBe(1);
  });
});

describe('timeline', () => {
  it('lists dated events and agreements in date order', () => {
    const result = cli(['timeline']);
    expect(result.stdout.split('\n')[0]).toBe(`${timeline().length} events and agreements`);
    expect(rows(result.stdout).map((row) => row[2])).toEqual(timeline().map((e) => e.id));
    expect(json(['timeline'])).toEqual(same(timeline()));
    expect(json(['timeline', '--undated'])).toEqual(same(timeline({ includeUndated: true })));
  });

  it('keeps a range with --from and --to', () => {
    expect(json(['timeline', '--from', '2019', '--to', '2019-02'])).toEqual(same(eventsBetween('2019', '2019-02')));
    expect(json(['timeline', '--from', '2024-06-11'])).toEqual(same(eventsBetween('2024-06-11', '9999')));
    expect(json(['timeline', '--to', '2017'])).toEqual(same(eventsBetween('0001', '2017')));
  });

  it('refuses a malformed date as a usage error', () => {
    const result = cli(['timeline', '--from', '2024-13']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Invalid from "2024-13"');
    expect(cli(['timeline', '--from', '2019', '--undated']).code).toBe(2);
  });
});

describe('show <id>', () => {
  it('shows the supply-chain MOU with its derived date and every quote at its offsets', () => {
    const id = 'kr-kz-critical-minerals-supply-chain-mou';
    const result = cli(['show', id]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^agreement kr-kz-critical-minerals-supply-chain-mou\nMOU on critical minerals supply chain partnership\n/);
    expect(result.stdout).toMatch(/^date +2024-06-12 \(day precision\)  ‹derived local-date-of-event( #\d+)+›$/m);
    expect(result.stdout).toMatch(/^ +claim: 2024-06-11 \(day precision\) from 2024-06-12-kr-kz-critical-minerals ‹derived weekday-before-publication›$/m);
    expect(result.stdout).toMatch(/^ +claim: 2024-06-12 \(day precision\) from 2024-06-12-kbs-world-kr-kz-mous ‹derived weekday-on-or-before-publication›$/m);
    expect(result.stdout).toMatch(/^signedBy +KR, KZ  ‹derived the-two-countries #\d+ #\d+›$/m);
    expect(result.stdout).toMatch(/^cameo +057 Sign formal agreement  ‹standard›$/m);
    for (const e of evidenceOf(id)) expect(result.stdout).toContain(`[${e.start}–${e.end}] ${JSON.stringify(e.quote)}`);
    expect(json(['show', id])).toEqual(same(get(id)));
  });

  it('takes a country by name, and a source with its whole text', () => {
    expect(json(['show', 'kazakhstan'])).toEqual(same(get('KZ')));
    const source = cli(['show', '2024-06-12-kr-kz-critical-minerals']).stdout;
    expect(source).toContain(dataset.sources['2024-06-12-kr-kz-critical-minerals'].text.trimEnd());
  });

  it('exits 1 with the nearest ids for an unknown id', () => {
    const result = cli(['show', 'kr-kz-lithium-muo']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: Unknown record "kr-kz-lithium-muo"\. Did you mean "kr-kz-lithium-mou"/);
  });
});

describe('search <text>', () => {
  it('finds ids, names and quotes, ignoring case and curly apostrophes', () => {
    const hits = json(['search', 'LITHIUM']) as { id: string; kind: string; matches: { field: string; text: string; at: number }[] }[];
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['lithium', 'kr-kz-lithium-mou', 'kr-kz-critical-minerals-supply-chain-mou']),
    );
    for (const hit of hits) {
      for (const match of hit.matches) expect(match.text.slice(match.at, match.at + 7).toLowerCase()).toBe('lithium');
    }
    const apostrophe = json(['search', "North Korea's"]) as { id: string }[];
    expect(apostrophe.map((h) => h.id)).toContain('kr-kz-north-korea-condemnation');
  });

  it('prints id, kind and what matched', () => {
    const result = cli(['search', '700 Korean']);
    expect(result.stdout.split('\n')[0]).toBe('3 records match "700 Korean"');
    expect(rows(result.stdout)).toEqual([
      ['korean-companies', 'organization', 'quote [3541–3612]', 'More than 700 Korean companies are successfu…'],
      ['tokayev-on-korean-companies', 'statement', 'text (+1)', 'More than 700 Korean companies are successfu…'],
      ['korean-companies-in-kazakhstan', 'figure', 'quote [3541–3612] (+1)', 'More than 700 Korean companies are successfu…'],
    ]);
  });

  it('says so when nothing matches', () => {
    expect(cli(['search', 'cobalt'])).toEqual({ code: 0, stdout: 'No records match "cobalt".\n', stderr: '' });
    expect(json(['search', 'cobalt'])).toEqual([]);
  });
});

describe('export', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('prints each format to stdout, as the serializers make it', () => {
    expect(cli(['export', '--format', 'ndjson']).stdout).toBe(toNdjson());
    expect(cli(['export', '--format', 'csv', '--kind', 'agreement']).stdout).toBe(toCsv('agreement'));
    expect(cli(['export', '--format', 'json', '--kind', 'countries']).stdout).toBe(toJson('country'));
    expect(cli(['export', '--format', 'json']).stdout).toBe(toJson());
    expect(cli(['export', '--format', 'jsonld']).stdout).toBe(toJsonLd());
  });

  it('writes one file per kind with --out, and lists them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-export-'));
    dirs.push(dir);
    const result = cli(['export', '--format', 'csv', '--out', 'out'], { cwd: dir });
    expect(result.code).toBe(0);
    const files = exportFiles('csv');
    expect(result.stdout).toBe(files.map((f) => `${join('out', f.name)}\n`).join(''));
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) expect(readFileSync(join(dir, 'out', file.name), 'utf8')).toBe(file.contents);
    cli(['export', '--format', 'jsonld', '--out', join(dir, 'ld')]);
    expect(readFileSync(join(dir, 'ld', 'evidence.jsonld'), 'utf8')).toBe(toJsonLd());
  });

  it('refuses a missing or unknown format, an unknown kind, and CSV of everything on stdout', () => {
    expect(cli(['export']).stderr).toMatch(/^error: export needs --format/);
    expect(cli(['export', '--format', 'xml'])).toMatchObject({ code: 2, stdout: '' });
    expect(cli(['export', '--format', 'csv', '--kind', 'agreemnt']).stderr).toContain('Did you mean "agreement"?');
    expect(cli(['export', '--format', 'csv'])).toMatchObject({ code: 2, stdout: '' });
    expect(cli(['export', '--format', 'csv']).stderr).toContain('add --kind');
  });
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(cli(['-v']).stdout).toBe(`${version}\n`);
  });

  it('--help lists every command', () => {
    const result = cli(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command.name}\\b`, 'm'));
    expect(result.stdout).toContain('Exit codes: 0 success, 1 unknown id');
    expect(cli(['help']).stdout).toBe(result.stdout);
  });

  it.each(COMMANDS.map((c) => c.name))('%s has its own help, by "help %s" or "--help"', (name) => {
    const result = cli(['help', name]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: critical-minerals ${name}\\b`));
    expect(result.stdout).toContain('Examples:');
    expect(cli([name, '--help'])).toEqual(result);
    expect(cli([name, '-h'])).toEqual(result);
  });
});

describe('exit codes', () => {
  it('is 1 for an unknown country, naming it on stderr with nothing on stdout', () => {
    const result = cli(['minerals', 'XX']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: Unknown country "XX"\. /);
  });

  it('is 1 with a suggestion for a misspelt country, and for an ambiguous name', () => {
    expect(cli(['minerals', 'Kazakstan']).stderr).toBe('error: Unknown country "Kazakstan". Did you mean "KZ" (Kazakhstan)?\n');
    const ambiguous = cli(['agreements', 'Korea']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('"KP" (North Korea) or "KR" (South Korea)');
  });

  it.each([
    [[], /^error: Missing command\./],
    [['mineral', 'KZ'], /^error: Unknown command "mineral"\. Did you mean "minerals"\?/],
    [['minerals'], /^error: minerals needs <country>\./],
    [['minerals', 'KZ', 'KR'], /^error: minerals takes at most 1, but got 2/],
    [['timeline', 'now'], /^error: timeline takes no arguments/],
    [['minerals', 'KZ', '--jsn'], /^error: Unknown option --jsn\. Did you mean --json\?/],
    [['minerals', 'KZ', '--kind', 'agreement'], /^error: minerals takes no --kind option\./],
    [['export', '--format'], /^error: Option --format needs a value/],
    [['minerals', 'KZ', '--json=yes'], /^error: Option --json takes no value/],
    [['agreements', 'KR', '--type', 'treaty'], /^error: Invalid type "treaty"/],
    [['help', 'nope'], /^error: Unknown command "nope"/],
  ])('is 2 for %j, with a usage hint on stderr', (args, message) => {
    const result = cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\nUsage: critical-minerals .*\nRun "critical-minerals .*--help" for more\.\n$/);
  });
});

describe('--lang', () => {
  const HANGUL = /\p{Script=Hangul}/u;

  it('show names a country in the language asked for: Kazakhstan in Korean is Hangul', () => {
    const lines = cli(['show', 'KZ', '--lang', 'ko']).stdout.split('\n');
    expect(lines[1]).toMatch(HANGUL);
    expect(lines[1]).toBe(nameOf('KZ', { locale: 'ko' }).name);
  });

  it('show names the Soviet Union from the dataset, not as Russia', () => {
    expect(cli(['show', 'SU', '--lang', 'en']).stdout.split('\n')[1]).toBe('Soviet Union');
  });

  it('the name columns and headings of agreements, countries-with, minerals and timeline follow it', () => {
    expect(rows(cli(['countries-with', 'uranium', '--lang', 'ko']).stdout)[0]!.at(-1)).toMatch(HANGUL);
    const agreementsOut = cli(['agreements', 'KR', 'KZ', '--lang', 'ko']).stdout;
    expect(agreementsOut.split('\n')[0]).toContain(`${nameOf('KZ', { locale: 'ko' }).name} (KZ)`);
    expect(cli(['minerals', 'KZ', '--lang', 'ko']).stdout.split('\n')[0]).toMatch(HANGUL);
    expect(rows(cli(['timeline', '--lang', 'ko']).stdout).map((row) => row.at(-1))).toEqual(timeline().map((e) => e.name));
  });

  it('is 2 for a locale the runtime does not know, naming it', () => {
    const result = cli(['show', 'KZ', '--lang', 'xx']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: Invalid locale "xx"/);
  });
});

describe('colour and width', () => {
  const coloured = (io: Partial<CliIo>) => ANSI.test(cli(['agreements', 'KR', 'KZ'], io).stdout);

  it('colours only on a terminal, and never with NO_COLOR', () => {
    expect(coloured({ isTTY: true })).toBe(true);
    expect(coloured({ isTTY: false })).toBe(false);
    expect(coloured({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(coloured({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(coloured({ isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
  });

  it('lets FORCE_COLOR decide when set', () => {
    expect(coloured({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(coloured({ isTTY: true, env: { FORCE_COLOR: '0' } })).toBe(false);
  });

  it('never colours JSON, even on a terminal', () => {
    const result = cli(['agreements', 'KR', 'KZ', '--json'], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(ANSI.test(result.stdout)).toBe(false);
    expect(JSON.parse(result.stdout)).toEqual(same(agreementsBetween('KR', 'KZ')));
  });

  it('keeps the plain-text table and the coloured one the same once colour is stripped', () => {
    const plain = cli(['search', 'lithium']).stdout;
    const colour = cli(['search', 'lithium'], { isTTY: true }).stdout;
    expect(colour.replace(new RegExp(ANSI.source, 'g'), '')).toBe(plain);
  });

  it.each([
    ['agreements', 'KR', 'KZ', '--lang', 'ko'],
    ['agreements', 'KZ', '--lang', 'ja'],
    ['countries-with', 'uranium', '--lang', 'zh'],
    ['minerals', 'KZ', '--lang', 'ko'],
    ['timeline', '--undated', '--lang', 'ko'],
    ['search', 'lithium'],
  ])('with COLUMNS=60, %j prints no line wider than 60 display columns, wide characters counted as two', (...args) => {
    const result = cli(args, { env: { COLUMNS: '60' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map(widthOf).filter((w) => w > 60)).toEqual([]);
    const whole = cli(args).stdout;
    if (whole.split('\n').some((line) => widthOf(line) > 60)) expect(result.stdout).toContain('…');
    else expect(result.stdout).toBe(whole);
  });

  it('ignores a COLUMNS that is not a whole number', () => {
    expect(cli(['agreements', 'KR', 'KZ'], { env: { COLUMNS: 'wide' } }).stdout).toBe(cli(['agreements', 'KR', 'KZ']).stdout);
  });

  it('fits tables to the terminal’s width, and leaves piped output whole', () => {
    const narrow = cli(['agreements', 'KR', 'KZ'], { isTTY: true, columns: 100, env: { NO_COLOR: '1' } }).stdout;
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(narrow).toContain('…');
    const piped = cli(['agreements', 'KR', 'KZ'], { columns: 100 }).stdout;
    expect(piped).toContain(agreementsBetween('KR', 'KZ').find((a) => a.name.length > 60)!.name);
  });
});

describe('the real process', () => {
  const exec = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });

  it('keeps answers on stdout, errors on stderr, and exits 0, 1 or 2', () => {
    const ok = exec('agreements', 'KR', 'KZ', '--json');
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout)).toEqual(same(agreementsBetween('KR', 'KZ')));

    const unknown = exec('minerals', 'XX');
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^error: Unknown country "XX"\./);

    const usage = exec('minerls', 'KZ');
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain('Did you mean "minerals"?');

    const v = exec('--version');
    expect(v.status).toBe(0);
    expect(v.stdout).toBe(`${version}\n`);
  });
});
