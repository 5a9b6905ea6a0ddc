/**
 * What the CLI reads from and writes to, passed in so tests can run it in-process: `src/cli.ts` hands it
 * the real process streams, a test hands it strings to collect into.
 *
 * @module
 */
import type { DataChanges } from '../changes/diff.js';

/** Somewhere text can be written: `process.stdout`, or a test's collector. */
export interface Writer {
  write(text: string): unknown;
}

/** The CLI's surroundings. */
export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** The package version, for `--version`. */
  readonly version: string;
  /** Whether stdout is a terminal: tables are coloured (unless `NO_COLOR`) and fitted to `columns`. */
  readonly isTTY?: boolean | undefined;
  /** Environment variables: `NO_COLOR`, `FORCE_COLOR`, `TERM`. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** The terminal's width in characters, where known; long table cells are cut to fit it on a terminal. */
  readonly columns?: number | undefined;
  /** The directory `export --out` resolves a relative path against; the process's by default. */
  readonly cwd?: string | undefined;
  /**
   * The data diffs `changes` prints, one per earlier release, oldest first: `src/cli.ts` reads the package's
   * `dist/data/changes.json`, a test passes its own.
   */
  readonly changes?: (() => readonly DataChanges[]) | undefined;
}
