#!/usr/bin/env node
/**
 * The `critical-minerals` command. Thin on purpose: it hands the real process to {@link run} and sets the
 * exit code. The version comes from the package's own `package.json`, one directory up from this file both
 * in `src/` and in the built `dist/`; the data diffs `changes` prints, from `data/changes.json` beside it in `dist/`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DataChanges } from './changes/diff.js';
import { run } from './cli/run.js';
import { describeSystemError } from './cli/write-files.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

// A reader that stops early (`critical-minerals export --format ndjson | head`) is not an error. Any other
// output error (a full disk: ENOSPC) is one line on stderr and exit code 1, not a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) process.stderr.write(`error: cannot write the output: ${describeSystemError(error)}\n`);
    process.exit(1);
  });
}

const code = run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  version,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  columns: process.stdout.columns,
  cwd: process.cwd(),
  // Next to the built CLI (`dist/cli.js` → `dist/data/changes.json`), where `npm run build` writes it.
  changes: () => JSON.parse(readFileSync(new URL('./data/changes.json', import.meta.url), 'utf8')) as DataChanges[],
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((done) => (process.exitCode = done));
