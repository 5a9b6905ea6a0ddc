/** Runs the CLI in-process for the tests: one harness instead of one per test file. */
import { run, type CliIo } from '../src/cli/run.js';

/** What a CLI run wrote, and its exit code. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** What a test may set; stdout and stderr are always captured. */
export type CliSettings = Partial<Omit<CliIo, 'stdout' | 'stderr'>>;

/**
 * Runs the CLI on `args` as on a pipe (`isTTY` false) with an empty environment and version `0.2.0`, unless
 * `settings` says otherwise, and returns what it wrote. Throws for a command that runs asynchronously.
 */
export function runCli(args: readonly string[], settings: CliSettings = {}): CliResult {
  let stdout = '';
  let stderr = '';
  const code = run([...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    version: '0.2.0',
    isTTY: false,
    env: {},
    ...settings,
  });
  if (typeof code !== 'number') throw new Error(`${args[0]} runs asynchronously`);
  return { code, stdout, stderr };
}
