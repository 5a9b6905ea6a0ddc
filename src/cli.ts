#!/usr/bin/env node
/**
 * The `critical-minerals` command. Thin on purpose: it hands the real process to {@link run} and sets the
 * exit code. The version comes from the package's own `package.json`, one directory up from this file both
 * in `src/` and in the built `dist/`.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { run } from './cli/run.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

// A reader that stops early (`critical-minerals export --format ndjson | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  version,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  columns: process.stdout.columns,
  cwd: process.cwd(),
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((done) => (process.exitCode = done));
