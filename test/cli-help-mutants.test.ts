/**
 * The CLI's help, whole: the program's help (plain and coloured) and a command's help with and without
 * arguments, letter for letter, so every label, column and blank line is pinned.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS, run, type CliIo } from '../src/cli/run.js';
import { runCli, type CliResult, type CliSettings } from './cli-harness.js';

const cli = (args: string[], io: CliSettings = {}): CliResult => runCli(args, { version: '9.9.9', ...io });

const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
const command = (name: string) => COMMANDS.find((c) => c.name === name)!;

const GLOBAL_HELP = `critical-minerals 9.9.9: evidence-backed data on critical-minerals diplomacy

Usage: critical-minerals <command> [arguments] [options]

Commands:
  minerals <country>                           minerals and commodities tied to a country
  agreements <a> [b]                           agreements of a country, or between two
  countries-with <mineral>                     countries tied to a mineral
  agreements-on <mineral-or-topic>             agreements on a mineral or a topic
  partners <country>                           countries sharing an agreement with a country
  statements <person>                          what a person said, quoted or reported
  timeline                                     events and agreements in date order
  show <id>                                    a record with its quotes and their offsets
  search <text>                                records whose id, name or quotes contain text
  export                                       the dataset as json, csv, ndjson or jsonld
  changes [id]                                 what changed in the data since an earlier release
  check <file>                                 validate a dataset file of your own and list every problem
  anchor <source.txt> <quote>                  the offsets of a quote in a text file
  reanchor <old.txt> <new.txt> <dataset.json>  find a dataset’s quotes again after its source text changed
  viewer [dataset.json]                        the evidence viewer of a source, as one HTML file
  help [command]                               show help for a command

Options:
      --json     print the answer as JSON (every query command)
  -h, --help     show help (after a command: that command’s help)
  -v, --version  print the version

Countries may be given by ISO code (KZ, KAZ, 398) or English name (kazakhstan, "S. Korea").
Colour is used on a terminal unless NO_COLOR is set; FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off.

Exit codes: 0 success, 1 unknown id or ambiguous name (with suggestions on stderr), 2 usage error.

Run "critical-minerals help <command>" for a command’s arguments, options and examples.
`;

describe('the program’s help', () => {
  it('is the same, whole, by --help, -h, help and help help', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['help', 'help']]) {
      expect(cli(args), args.join(' ')).toEqual({ code: 0, stdout: GLOBAL_HELP, stderr: '' });
    }
  });

  it('is bold in its program name, headings and labels where colour is on, and otherwise the same', () => {
    const coloured = cli(['--help'], { env: { FORCE_COLOR: '1' } }).stdout;
    const expected = GLOBAL_HELP.replace('critical-minerals 9.9.9', `${bold('critical-minerals')} 9.9.9`)
      .replace('Usage:', bold('Usage:'))
      .replace('Commands:', bold('Commands:'))
      .replace('Options:', bold('Options:'))
      .replace('Exit codes:', bold('Exit codes:'));
    expect(coloured).toBe(expected);
  });
});

describe('a command’s help', () => {
  it('shows usage, description, arguments aligned to the longest, options with their values, and examples', () => {
    const expected = `Usage: critical-minerals agreements <a> [b] [options]

${command('agreements').description}

Arguments:
  <a>  a country: an ISO code (KR, KOR, 410) or an English name ("South Korea", "S. Korea")
  [b]  a second country

Options:
      --type T       keep only mou, deal or agreement-in-principle (comma-separated for several)
      --lang LOCALE  names in this language (ko, de-CH): countries and M49 regions from Intl, the rest in English as the sources state them
      --json         print the answer as JSON, for machines
  -h, --help         show this help

Examples:
  critical-minerals agreements KR KZ
  critical-minerals agreements "S. Korea" kazakhstan --type mou --json
`;
    expect(cli(['help', 'agreements'])).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(cli(['agreements', '--help']).stdout).toBe(expected);
  });

  it('shows the --relation option of minerals', () => {
    const expected = `Usage: critical-minerals minerals <country> [options]

${command('minerals').description}

Arguments:
  <country>  an ISO code (KZ, KAZ, 398) or an English name (Kazakhstan, "S. Korea")

Options:
      --relation R   keep only reserves, production or agreement (comma-separated for several)
      --lang LOCALE  names in this language (ko, de-CH): countries and M49 regions from Intl, the rest in English as the sources state them
      --json         print the answer as JSON, for machines
  -h, --help         show this help

Examples:
  critical-minerals minerals kazakhstan
  critical-minerals minerals KZ --relation reserves --json
`;
    expect(cli(['minerals', '-h'])).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('has no Arguments section for a command that takes none', () => {
    const expected = `Usage: critical-minerals timeline [options]

${command('timeline').description}

Options:
      --from DATE    start of the range: YYYY, YYYY-MM or YYYY-MM-DD
      --to DATE      end of the range: YYYY, YYYY-MM or YYYY-MM-DD
      --undated      add the undated events and agreements at the end
      --lang LOCALE  names in this language (ko, de-CH): countries and M49 regions from Intl, the rest in English as the sources state them
      --json         print the answer as JSON, for machines
  -h, --help         show this help

Examples:
  critical-minerals timeline
  critical-minerals timeline --from 2024-06 --to 2024-06 --json
`;
    expect(cli(['help', 'timeline'])).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('is bold in its headings where colour is on', () => {
    const plain = cli(['help', 'timeline']).stdout;
    const coloured = cli(['help', 'timeline'], { isTTY: true }).stdout;
    expect(coloured).toBe(plain.replace('Usage:', bold('Usage:')).replace('Options:', bold('Options:')).replace('Examples:', bold('Examples:')));
  });

  it('for every command: usage line first, examples last, no line ending in a space', () => {
    for (const { name, args } of COMMANDS) {
      const help = cli(['help', name]).stdout;
      expect(help.split('\n')[0]).toBe(`Usage: critical-minerals ${name}${args ? ` ${args}` : ''} [options]`);
      expect(help).toMatch(/\nExamples:\n( {2}critical-minerals [^\n]*[^ \n]\n)+$/);
      expect(help).not.toMatch(/ \n/);
    }
  });
});
