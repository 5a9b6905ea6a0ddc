/**
 * What a CLI command is: its help text, the options it takes, and what it does.
 *
 * @module
 */
import type { CliIo } from './io.js';
import type { Style } from './style.js';
import { formatTable, type Column } from './table.js';

/** An option a command takes. */
export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** Options with a value name (`DIR`) take a value; the rest are flags. */
  readonly value?: string;
  readonly description: string;
}

/** The `--json` flag every query command takes. */
export const JSON_OPTION: OptionSpec = { name: 'json', description: 'print the answer as JSON, for machines' };

/** What a command runs with: its arguments and options, already checked against its spec, and the output. */
export interface CommandContext {
  readonly args: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly io: CliIo;
  readonly style: Style;
  /** Writes text to stdout as is. */
  print(text: string): void;
  /** Writes a value as JSON (indented, with a final newline) to stdout. */
  printJson(value: unknown): void;
  /** Writes a table to stdout, fitted to the terminal's width on a terminal. */
  printTable(columns: readonly Column[], rows: readonly (readonly string[])[]): void;
}

/** A command of the CLI. */
export interface Command {
  readonly name: string;
  /** The arguments as the usage line shows them: `<a> [b]`. */
  readonly args: string;
  /** How many arguments it takes: at least `min`, at most `max`. */
  readonly min: number;
  readonly max: number;
  /** One line for the command list. */
  readonly summary: string;
  /** What it does, for its own help: a few sentences. */
  readonly description: string;
  /** Each argument and what it accepts. */
  readonly argHelp: readonly (readonly [string, string])[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
  /** Runs the command; an exit code other than 0 may be returned (the authoring commands load zod, so are async). */
  run(context: CommandContext): void | number | Promise<void | number>;
}

/** Makes the context a command runs with. */
export function createContext(
  io: CliIo,
  style: Style,
  args: readonly string[],
  options: Readonly<Record<string, string | boolean | undefined>>,
): CommandContext {
  return {
    args,
    options,
    io,
    style,
    print: (text) => void io.stdout.write(text),
    printJson: (value) => void io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    printTable: (columns, rows) => void io.stdout.write(formatTable(columns, rows, { style, maxWidth: tableWidth(io) })),
  };
}

/**
 * The width tables are fitted to: `COLUMNS` when it is set to a whole number (as shells set it, and as a user
 * may, for a pipe too), else the terminal's width on a terminal; on a pipe without `COLUMNS`, none (lines whole).
 */
export function tableWidth(io: Pick<CliIo, 'env' | 'isTTY' | 'columns'>): number | undefined {
  const fromEnv = io.env?.['COLUMNS'];
  if (fromEnv !== undefined && /^[1-9][0-9]{0,4}$/.test(fromEnv.trim())) return Number(fromEnv.trim());
  return io.isTTY === true ? io.columns : undefined;
}

/** `2024-06-11`, or `undated`. */
export function dateText(date: { readonly value: string } | null): string {
  return date === null ? 'undated' : date.value;
}

/** `1 agreement` or `7 agreements`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
