/**
 * Help texts: the command list, and each command's usage, arguments, options and examples.
 *
 * @module
 */
import type { Command, OptionSpec } from './command.js';
import type { Style } from './style.js';

/** The program's name, as the usage lines show it. */
export const PROGRAM = 'critical-minerals';

/** The options every command takes. */
export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'show this help' };
/** `--version`, before any command. */
export const VERSION_OPTION: OptionSpec = { name: 'version', short: 'v', description: 'print the version' };

/** `-h, --help` or `    --json`, then `<VALUE>` for an option that takes one. */
function optionName(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

function section(style: Style, title: string, rows: readonly (readonly [string, string])[]): string[] {
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map(([name]) => name.length));
  return ['', style.bold(`${title}:`), ...rows.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`)];
}

/** The usage line of a command: `critical-minerals agreements <a> [b] [options]`. */
export function usageLine(command: Command): string {
  return `${PROGRAM} ${command.name}${command.args ? ` ${command.args}` : ''} [options]`;
}

/** The help of one command. */
export function commandHelp(command: Command, style: Style): string {
  const options = [...command.options, HELP_OPTION].map((o) => [optionName(o), o.description] as const);
  return `${[
    `${style.bold('Usage:')} ${usageLine(command)}`,
    '',
    command.description,
    ...section(style, 'Arguments', command.argHelp),
    ...section(style, 'Options', options),
    ...section(
      style,
      'Examples',
      command.examples.map((e) => [e, ''] as const),
    ).map((line) => line.trimEnd()),
  ].join('\n')}\n`;
}

/** The help of the program: what it is, its commands, the global options and the exit codes. */
export function globalHelp(commands: readonly Command[], version: string, style: Style): string {
  const list = commands.map((c) => [`${c.name}${c.args ? ` ${c.args}` : ''}`, c.summary] as const);
  return `${[
    `${style.bold(PROGRAM)} ${version}: evidence-backed data on critical-minerals diplomacy`,
    '',
    `${style.bold('Usage:')} ${PROGRAM} <command> [arguments] [options]`,
    ...section(style, 'Commands', [...list, ['help [command]', 'show help for a command']]),
    ...section(style, 'Options', [
      [optionName({ name: 'json', description: '' }), 'print the answer as JSON (every query command)'],
      [optionName(HELP_OPTION), 'show help (after a command: that command’s help)'],
      [optionName(VERSION_OPTION), VERSION_OPTION.description],
    ]),
    '',
    `Countries may be given by ISO code (KZ, KAZ, 398) or English name (kazakhstan, "S. Korea").`,
    `Colour is used on a terminal unless NO_COLOR is set; FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off.`,
    '',
    `${style.bold('Exit codes:')} 0 success, 1 unknown id or ambiguous name (with suggestions on stderr), 2 usage error.`,
    '',
    `Run "${PROGRAM} help <command>" for a command’s arguments, options and examples.`,
  ].join('\n')}\n`;
}
