/**
 * `critical-minerals viewer [DATASET.json] --out FILE`: the evidence viewer of a source, as one HTML file.
 *
 * @module
 */
import { resolve } from 'node:path';
import { catalog, dataset, DatasetError, sources } from '../../index.js';
import { toEvidenceViewer } from '../../export/evidence-viewer.js';
import type { Command } from '../command.js';
import { writeOutputFile } from '../atomic-write.js';
import { loadAuthoring, readDatasetFile } from '../dataset-file.js';
import { UsageError } from '../usage-error.js';

/** Writes the evidence viewer of one source. */
export const viewerCommand: Command = {
  name: 'viewer',
  args: '[dataset.json]',
  min: 0,
  max: 1,
  summary: 'the evidence viewer of a source, as one HTML file',
  description:
    'Writes a self-contained HTML page: the source text with every quoted span highlighted and the records that ' +
    'quote it; click a record to see its quotes, click a span to see what it supports. Opens from file://, needs ' +
    'no network. Without a dataset, an embedded source, named with --source; with one (as check reads it), its source, or --source.',
  argHelp: [['[dataset.json]', 'a dataset of your own (optional)']],
  options: [
    { name: 'source', value: 'ID', description: 'which source, when there is more than one' },
    { name: 'out', value: 'FILE', description: 'the HTML file to write (required)' },
    { name: 'force', description: 'replace FILE if it exists' },
  ],
  examples: ['critical-minerals viewer --source 2024-06-12-kr-kz-critical-minerals --out article.html', 'critical-minerals viewer my-dataset.json --out mine.html'],
  async run(context) {
    const cwd = context.io.cwd ?? process.cwd();
    if (typeof context.options['out'] !== 'string') throw new UsageError('viewer needs --out FILE.', 'viewer');
    let data = dataset as Parameters<typeof toEvidenceViewer>[1];
    let ids = Object.keys(sources);
    if (context.args[0] !== undefined) {
      const { records } = readDatasetFile(resolve(cwd, context.args[0]));
      const { draftCatalog } = await loadAuthoring();
      try {
        data = draftCatalog({ extends: catalog, records }).data;
      } catch (error) {
        // Every problem on a line of its own, as check prints them.
        if (!(error instanceof DatasetError)) throw error;
        context.io.stderr.write(`${context.args[0]}: ${error.message}\n`);
        return 1;
      }
      const own = records.flatMap((r) => ((r as { kind?: unknown }).kind === 'source' ? [String((r as { id: unknown }).id)] : []));
      // A dataset without a source of its own quotes the embedded ones.
      if (own.length > 0) ids = own;
    }
    const source = typeof context.options['source'] === 'string' ? context.options['source'] : ids.length === 1 ? ids[0]! : undefined;
    if (source === undefined) throw new UsageError(`viewer needs --source: one of ${ids.join(', ')}.`, 'viewer');
    writeOutputFile(resolve(cwd, context.options['out']), toEvidenceViewer(source, data), { force: context.options['force'] === true, command: 'viewer' });
    context.print(`${context.options['out']}\n`);
    return 0;
  },
};
