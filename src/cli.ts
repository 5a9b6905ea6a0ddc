#!/usr/bin/env node
/**
 * The `critical-minerals` command. Thin on purpose: it hands the real process to {@link main}, which runs the CLI
 * and sets the exit code. The version comes from the package's own `package.json`, one directory up from this
 * file both in `src/` and in the built `dist/`; the data diffs `changes` prints, from `data/changes.json` beside it
 * in `dist/`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DataChanges } from './changes/diff.js';
import { main } from './cli/main.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

void main(process, {
  version,
  // Next to the built CLI (`dist/cli.js` → `dist/data/changes.json`), where `npm run build` writes it.
  changes: () => JSON.parse(readFileSync(new URL('./data/changes.json', import.meta.url), 'utf8')) as DataChanges[],
});
