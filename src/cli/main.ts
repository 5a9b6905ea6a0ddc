/**
 * The `critical-minerals` process: {@link main} wires the real process (or a test's stand-in) to {@link run}.
 * It passes the arguments after the program name, the streams and what is known of the terminal, sets the
 * exit code, and turns a failed write to stdout or stderr into an exit instead of a stack trace.
 *
 * @module
 */
import type { DataChanges } from '../changes/diff.js';
import { run } from './run.js';
import { describeSystemError } from './write-files.js';

/** An output stream of the process: `process.stdout` or `process.stderr`. */
export interface ProcessStream {
  write(text: string): unknown;
  /** Listens for a failed write (`EPIPE` when the reader has gone, `ENOSPC` on a full disk). */
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/** The parts of Node's `process` the CLI uses. */
export interface CliProcess {
  /** The whole command line: the Node binary, the script, then the arguments. */
  readonly argv: readonly string[];
  readonly stdout: ProcessStream;
  readonly stderr: ProcessStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  cwd(): string;
  /** Ends the process at once with this code (Node's `process.exit` never returns). */
  exit(code?: number | string | null): void;
  exitCode?: number | string | undefined;
}

/** What the package itself supplies: its version and, read only when `changes` runs, its data diffs. */
export interface CliPackage {
  readonly version: string;
  readonly changes: () => readonly DataChanges[];
}

/**
 * Runs the CLI as the process `proc`: returns the exit code, which it also sets as `proc.exitCode` (at once,
 * or when an authoring command's promise settles).
 */
export function main(proc: CliProcess, pkg: CliPackage): number | Promise<number> {
  // A reader that stops early (`critical-minerals export --format ndjson | head`) is not an error. Any other
  // output error (a full disk: ENOSPC) is one line on stderr and exit code 1, not a stack trace.
  for (const stream of [proc.stdout, proc.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') proc.exit(proc.exitCode ?? 0);
      if (stream === proc.stdout) proc.stderr.write(`error: cannot write the output: ${describeSystemError(error)}\n`);
      proc.exit(1);
    });
  }

  const code = run(proc.argv.slice(2), {
    stdout: proc.stdout,
    stderr: proc.stderr,
    version: pkg.version,
    isTTY: proc.stdout.isTTY === true,
    env: proc.env,
    columns: proc.stdout.columns,
    cwd: proc.cwd(),
    changes: pkg.changes,
  });
  if (typeof code === 'number') return (proc.exitCode = code);
  return code.then((done) => (proc.exitCode = done));
}
