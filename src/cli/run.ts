/**
 * The CLI, runnable in-process: `run(argv, io)` parses the arguments, runs one command, writes to `io` and
 * returns the exit code. `src/cli.ts` calls it with the real process; tests call it with collectors.
 *
 * Exit codes: 0 success, and also when the reader of stdout closes it early (EPIPE, as in `| head`); 1 an id
 * or name that names nothing, or names more than one thing (the library's message, with its suggestions, on
 * stderr), or a file or output that cannot be written (EACCES, ENOSPC, an existing file without `--force`, a
 * symbolic link), said in one line; 2 a usage error (unknown command or option, missing or extra argument, bad,
 * empty or repeated option value), with a usage hint on stderr. Input echoed in a message is quoted, cut to 80
 * characters, and has its control and bidi characters escaped.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { AmbiguousInputError, InvalidArgumentError, UnknownIdError } from '../index.js';
import { escapeControls, quote } from '../printable.js';
import { nearest } from '../suggest.js';
import { createContext, type Command, type OptionSpec } from './command.js';
import { agreementsCommand } from './commands/agreements.js';
import { agreementsOnCommand } from './commands/agreements-on.js';
import { changesCommand } from './commands/changes.js';
import { anchorCommand } from './commands/anchor.js';
import { checkCommand } from './commands/check.js';
import { countriesWithCommand } from './commands/countries-with.js';
import { exportCommand } from './commands/export.js';
import { mineralsCommand } from './commands/minerals.js';
import { partnersCommand } from './commands/partners.js';
import { reanchorCommand } from './commands/reanchor.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { statementsCommand } from './commands/statements.js';
import { timelineCommand } from './commands/timeline.js';
import { viewerCommand } from './commands/viewer.js';
import { commandHelp, globalHelp, HELP_OPTION, PROGRAM, usageLine, VERSION_OPTION } from './help.js';
import type { CliIo } from './io.js';
import { createStyle, wantsColor } from './style.js';
import { UsageError } from './usage-error.js';

export type { CliIo, Writer } from './io.js';

/** The commands, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  mineralsCommand,
  agreementsCommand,
  countriesWithCommand,
  agreementsOnCommand,
  partnersCommand,
  statementsCommand,
  timelineCommand,
  showCommand,
  searchCommand,
  exportCommand,
  changesCommand,
  checkCommand,
  anchorCommand,
  reanchorCommand,
  viewerCommand,
];

/** Exit codes. */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

/** Every option any command takes, so the command line can be parsed before the command is known. */
const ALL_OPTIONS: readonly OptionSpec[] = [
  HELP_OPTION,
  VERSION_OPTION,
  ...new Map(COMMANDS.flatMap((c) => c.options).map((o) => [o.name, o])).values(),
];

/** `--kind` or `-h`, as the user wrote it. */
function flag(name: string, raw: string): string {
  return raw.startsWith('--') ? `--${name}` : raw;
}

function suggestOption(name: string, allowed: readonly OptionSpec[]): string {
  const near = nearest(name, allowed.map((o) => ({ value: o.name, label: o.name, names: [o.name] })), 1);
  return near[0] ? ` Did you mean --${near[0].value}?` : '';
}

interface Parsed {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean>>;
}

/** Splits the command line into arguments and known options, each checked for a value where one is needed. */
function parse(argv: readonly string[]): Parsed {
  const config = Object.fromEntries(
    ALL_OPTIONS.map((o) => [o.name, { type: o.value ? ('string' as const) : ('boolean' as const), ...(o.short ? { short: o.short } : {}) }]),
  );
  // strict: false, so unknown options reach us as tokens and get a message with a suggestion.
  const { tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = Object.create(null) as Record<string, string | boolean>;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const command = positionals[0] !== undefined && byName.has(positionals[0]) ? positionals[0] : null;
    // The command's own spec first: the value it names differs between commands (export --out DIR, check --out FILE).
    const own = command ? byName.get(command)!.options.find((o) => o.name === token.name) : undefined;
    const spec = own ?? ALL_OPTIONS.find((o) => o.name === token.name);
    if (!spec) {
      const allowed = command ? [...byName.get(command)!.options, HELP_OPTION] : ALL_OPTIONS;
      throw new UsageError(`Unknown option ${/^--?[\w-]{1,40}$/.test(token.rawName) ? token.rawName : quote(token.rawName)}.${suggestOption(token.name, allowed)}`, command);
    }
    if (spec.value && token.value === undefined) {
      throw new UsageError(`Option ${flag(spec.name, token.rawName)} needs a value (${spec.value}).`, command);
    }
    if (!spec.value && token.value !== undefined) {
      throw new UsageError(`Option ${flag(spec.name, token.rawName)} takes no value.`, command);
    }
    // An empty value (`--relation=`) would mean "no filter" or "match nothing": neither is what was typed.
    if (spec.value && token.value !== undefined && token.value.trim() === '') {
      throw new UsageError(`Option ${flag(spec.name, token.rawName)} needs a value (${spec.value}), not an empty one.`, command);
    }
    // A repeated option would silently drop one of its values.
    if (Object.hasOwn(options, spec.name)) {
      throw new UsageError(`Option --${spec.name} is given twice; give it once${spec.value ? ' (a comma-separated list where it takes several values)' : ''}.`, command);
    }
    options[spec.name] = token.value ?? true;
  }
  return { positionals, options };
}

/** Looks a command up by name, or fails with the nearest one suggested. */
function commandNamed(name: string): Command {
  const command = byName.get(name);
  if (command) return command;
  const near = nearest(name, [...COMMANDS.map((c) => c.name), 'help'].map((n) => ({ value: n, label: n, names: [n] })), 1);
  throw new UsageError(`Unknown command ${quote(name)}.${near[0] ? ` Did you mean "${near[0].value}"?` : ''}`);
}

function execute(argv: readonly string[], io: CliIo): number | Promise<number> {
  const style = createStyle(wantsColor(io));
  const { positionals, options } = parse(argv);
  const [name, ...args] = positionals;

  if (name === undefined) {
    if (options['version']) return void io.stdout.write(`${io.version}\n`), EXIT.ok;
    if (options['help']) return void io.stdout.write(globalHelp(COMMANDS, io.version, style)), EXIT.ok;
    throw new UsageError('Missing command.');
  }
  if (name === 'help') {
    if (args.length > 1) throw new UsageError('help takes at most one command name.');
    const topic = args[0] === undefined || args[0] === 'help' ? null : commandNamed(args[0]);
    io.stdout.write(topic ? commandHelp(topic, style) : globalHelp(COMMANDS, io.version, style));
    return EXIT.ok;
  }
  const command = commandNamed(name);
  if (options['help']) return void io.stdout.write(commandHelp(command, style)), EXIT.ok;
  for (const option of Object.keys(options)) {
    if (!command.options.some((o) => o.name === option)) {
      throw new UsageError(`${command.name} takes no --${option} option.`, command.name);
    }
  }
  if (args.length < command.min) {
    const missing = command.args.split(' ').filter((a) => a.startsWith('<'))[args.length] ?? 'argument';
    throw new UsageError(`${command.name} needs ${missing}.`, command.name);
  }
  if (args.length > command.max) {
    throw new UsageError(
      `${command.name} takes ${command.max === 0 ? 'no arguments' : `at most ${command.max}`}, but got ${args.length}: ${args.slice(0, 5).map((a) => quote(a)).join(' ')}${args.length > 5 ? ' …' : ''}.`,
      command.name,
    );
  }
  const ran = command.run(createContext(io, style, args, options));
  return ran instanceof Promise ? ran.then((code) => code ?? EXIT.ok) : (ran ?? EXIT.ok);
}

/**
 * Runs the CLI on `argv` (the arguments after the program name) and returns the exit code: at once, or, for the
 * authoring commands (which load the validation code only when run), as a promise. Output goes to `io.stdout`,
 * messages to `io.stderr`; nothing is thrown for bad input.
 */
export function run(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const code = execute(argv, io);
    return code instanceof Promise ? code.catch((error: unknown) => report(error, argv, io)) : code;
  } catch (error) {
    return report(error, argv, io);
  }
}

/** Writes the message of a failed run and returns its exit code. */
function report(error: unknown, argv: readonly string[], io: CliIo): number {
  if (error instanceof UsageError || error instanceof InvalidArgumentError) {
    const name = error instanceof UsageError ? error.command : argv.find((arg) => byName.has(arg));
    const command = name === null || name === undefined ? null : byName.get(name) ?? null;
    const usage = command ? usageLine(command) : `${PROGRAM} <command> [arguments] [options]`;
    const more = command ? `${PROGRAM} ${command.name} --help` : `${PROGRAM} --help`;
    io.stderr.write(`error: ${escapeControls(error.message)}\nUsage: ${usage}\nRun "${more}" for more.\n`);
    return EXIT.usage;
  }
  if (error instanceof UnknownIdError || error instanceof AmbiguousInputError) {
    io.stderr.write(`error: ${error.message}\n`);
    return EXIT.notFound;
  }
  io.stderr.write(`error: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`);
  return EXIT.notFound;
}
