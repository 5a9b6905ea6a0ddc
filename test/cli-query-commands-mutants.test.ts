/**
 * The query commands' exact words: each command's help, its table (headings, rows, the count line) per branch, its
 * empty answer, its filters and its `--lang` check; and `check`'s summary line and usage errors.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a synchronous command in-process, on a pipe with an empty environment (no colour, no width limit). */
function cli(...args: string[]): Result {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, version: '0.0.0', isTTY: false, env: {} });
  if (typeof code !== 'number') throw new Error(`${args[0]} runs asynchronously`);
  return { code, stdout, stderr };
}

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
