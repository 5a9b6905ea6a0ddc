/**
 * `critical-minerals reanchor OLD.txt NEW.txt DATASET.json`: find a dataset's quotes again in a corrected text.
 *
 * @module
 */
import { dirname, relative, resolve } from 'node:path';
import { reanchorRecords } from '../../authoring/reanchor-records.js';
import type { Command } from '../command.js';
import { writeOutputFile } from '../atomic-write.js';
import { readDatasetFile, readText } from '../dataset-file.js';
import { UsageError } from '../usage-error.js';

/** Re-anchors a dataset's quotes after its source text changed. */
export const reanchorCommand: Command = {
  name: 'reanchor',
  args: '<old.txt> <new.txt> <dataset.json>',
  min: 3,
  max: 3,
  summary: 'find a dataset’s quotes again after its source text changed',
  description:
    'Finds every quote of the source whose text is OLD in NEW: anchored (the same words, new offsets), relocated ' +
    '(a passage like it, with a score) or orphaned. Prints a summary and each quote that is not anchored; --report ' +
    'writes the whole report as JSON. --out writes the repaired dataset (new text, offsets, digest); relocations ' +
    'enter it only with --accept, and not at all while a quote is orphaned. Files are written atomically and never ' +
    'replaced without --force. Exit 1 while a quote is orphaned or a relocation is not accepted.',
  argHelp: [
    ['<old.txt>', 'the text the dataset quotes'],
    ['<new.txt>', 'the corrected text'],
    ['<dataset.json>', 'the dataset, with offsets (as check --out writes it)'],
  ],
  options: [
    { name: 'report', value: 'FILE', description: 'write the report as JSON to FILE' },
    { name: 'out', value: 'FILE', description: 'write the repaired dataset to FILE' },
    { name: 'accept', description: 'apply the relocations to the repaired dataset' },
    { name: 'force', description: 'replace files that exist' },
  ],
  examples: [
    'critical-minerals reanchor old.txt new.txt dataset.json --report report.json',
    'critical-minerals reanchor old.txt new.txt dataset.json --accept --out repaired.json',
  ],
  run(context) {
    const cwd = context.io.cwd ?? process.cwd();
    const [oldPath, newPath, datasetPath] = context.args.map((a) => resolve(cwd, a)) as [string, string, string];
    const force = context.options['force'] === true;
    const accept = context.options['accept'] === true;
    if (accept && typeof context.options['out'] !== 'string') throw new UsageError('--accept writes the repaired dataset: add --out FILE.', 'reanchor');
    const oldText = readText(oldPath, 'old text');
    const newText = readText(newPath, 'new text');
    const { records, raw } = readDatasetFile(datasetPath);
    const report = reanchorRecords(records, oldText, newText, { accept });
    const { anchored, relocated, orphaned } = report.counts;
    context.print(`${report.source}: ${anchored} anchored, ${relocated} relocated, ${orphaned} orphaned\n`);
    for (const { record, index, result } of report.quotes) {
      if (result.status === 'relocated') {
        context.print(`  relocated ${record} evidence.${index} (score ${result.score}): "${result.old.quote}" → "${result.evidence.quote}" at ${result.evidence.start}–${result.evidence.end}\n`);
      } else if (result.status === 'orphaned') {
        context.print(`  orphaned ${record} evidence.${index}: "${result.old.quote}": ${result.reason}\n`);
      }
    }
    if (typeof context.options['report'] === 'string') {
      const { records: _records, ...rest } = report;
      writeOutputFile(resolve(cwd, context.options['report']), `${JSON.stringify(rest, null, 2)}\n`, { force, command: 'reanchor' });
    }
    if (typeof context.options['out'] === 'string') {
      const out = resolve(cwd, context.options['out']);
      if (orphaned > 0) {
        context.io.stderr.write(`error: ${orphaned} quote(s) orphaned: fix them in ${context.args[2]} first; no repaired dataset written\n`);
        return 1;
      }
      // A source that named its text file now names the new one; any other keeps its own (from where FILE is).
      const repaired = report.records.map((record, i) => {
        const given = raw[i] as Record<string, unknown> | null;
        if (given === null || typeof given !== 'object' || typeof given['textFile'] !== 'string') return record;
        const { text: _text, ...rest } = record as Record<string, unknown>;
        const textFile = (record as { id?: unknown }).id === report.source ? newPath : resolve(dirname(datasetPath), given['textFile']);
        return { ...rest, textFile: relative(dirname(out), textFile) };
      });
      writeOutputFile(out, `${JSON.stringify(repaired, null, 2)}\n`, { force, command: 'reanchor' });
      context.print(`wrote ${context.options['out']}${relocated > 0 && !accept ? ' (relocations not applied: review them, then --accept)' : ''}\n`);
    }
    return report.complete ? 0 : 1;
  },
};
