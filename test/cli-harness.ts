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
  const { code, output } = start(args, settings);
  if (typeof code !== 'number') throw new Error(`${args[0]} runs asynchronously`);
  return { code, ...output };
}

/** {@link runCli} for any command, those that run asynchronously (`check`, `export --out`, `viewer`) too. */
export async function runCliAsync(args: readonly string[], settings: CliSettings = {}): Promise<CliResult> {
  const { code, output } = start(args, settings);
  return { code: await code, ...output };
}

function start(args: readonly string[], settings: CliSettings) {
  const output = { stdout: '', stderr: '' };
  const code = run([...args], {
    stdout: { write: (text: string) => (output.stdout += text) },
    stderr: { write: (text: string) => (output.stderr += text) },
    version: '0.2.0',
    isTTY: false,
    env: {},
    ...settings,
  });
  return { code, output };
}
