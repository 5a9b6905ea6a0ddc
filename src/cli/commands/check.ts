/**
 * `critical-minerals check FILE`: validate a dataset file of your own.
 *
 * @module
 */
import { resolve } from 'node:path';
import { catalog, DatasetError } from '../../index.js';
import { plural, type Command } from '../command.js';
import { writeOutputFile } from '../atomic-write.js';
import { loadAuthoring, readDatasetFile } from '../dataset-file.js';

/** Validates a dataset file and lists every problem. */
export const checkCommand: Command = {
  name: 'check',
  args: '<file>',
  min: 1,
  max: 1,
  summary: 'validate a dataset file of your own and list every problem',
  description:
    'Reads a JSON dataset (an array of records, or { "records": [...] }) on top of the embedded one: evidence may be ' +
    'quotes ("the words" or { "quote", "prefix", "suffix", "source" }), a source may leave out sha256 and give ' +
    '"textFile" (relative to the file) instead of "text". Finds every quote, computes every digest, fills in the ' +
    'provenance the quotes state, validates everything, and lists every problem with its record and field (exit 1). ' +
    'With --out, writes the resolved records (offsets, digests, provenance) as JSON.',
  argHelp: [['<file>', 'a JSON dataset file']],
  options: [
    { name: 'out', value: 'FILE', description: 'write the resolved records to FILE (atomically)' },
    { name: 'force', description: 'replace FILE if it exists' },
  ],
  examples: ['critical-minerals check my-dataset.json', 'critical-minerals check my-dataset.json --out resolved.json'],
  async run(context) {
    const cwd = context.io.cwd ?? process.cwd();
    const file = resolve(cwd, context.args[0]!);
    const { records } = readDatasetFile(file);
    const { resolveDrafts } = await loadAuthoring();
    let resolved: readonly unknown[];
    try {
      resolved = resolveDrafts(records, { extends: catalog });
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      context.io.stderr.write(`${context.args[0]}: ${error.message}\n`);
      return 1;
    }
    const sources = resolved.filter((r) => (r as { kind: string }).kind === 'source').length;
    const quotes = resolved.reduce<number>((n, r) => n + (r as { evidence: unknown[] }).evidence.length, 0);
    if (typeof context.options['out'] === 'string') {
      writeOutputFile(resolve(cwd, context.options['out']), `${JSON.stringify(resolved, null, 2)}\n`, { force: context.options['force'] === true, command: 'check' });
    }
    context.print(`${context.args[0]}: ok: ${plural(resolved.length, 'record')} (${plural(sources, 'source')}), ${plural(quotes, 'quote')} found, every value's provenance known\n`);
    return 0;
  },
};
