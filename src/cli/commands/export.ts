/**
 * `critical-minerals export`: the dataset as JSON, CSV, NDJSON or Web Annotation JSON-LD, to stdout or files.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFiles, parseExportFormat, parseRecordKind, toCsv, toJson, toJsonLd, toNdjson } from '../../export/index.js';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';

/** The dataset as files. */
export const exportCommand: Command = {
  name: 'export',
  args: '',
  min: 0,
  max: 0,
  summary: 'the dataset as json, csv, ndjson or jsonld',
  description:
    'Writes the dataset to stdout, or with --out to files in a directory (created if need be), one per kind for ' +
    'json and csv. json: an array of records per kind (without --kind on stdout, the whole dataset keyed by kind and id). ' +
    'csv: one table per kind (RFC 4180; lists and objects in a cell as JSON; null as an empty cell). ' +
    'ndjson: one record per line. jsonld: every evidence quote as a W3C Web Annotation.',
  argHelp: [],
  options: [
    { name: 'format', value: 'F', description: 'json, csv, ndjson or jsonld (required)' },
    { name: 'kind', value: 'K', description: 'only records of this kind, such as agreement (csv on stdout needs it)' },
    { name: 'out', value: 'DIR', description: 'write files into DIR and list them, instead of printing' },
  ],
  examples: [
    'critical-minerals export --format csv --kind agreement > agreements.csv',
    'critical-minerals export --format ndjson | head -n 3',
    'critical-minerals export --format jsonld --out data/',
  ],
  run(context) {
    const { options } = context;
    if (typeof options['format'] !== 'string') {
      throw new UsageError('export needs --format: json, csv, ndjson or jsonld.', 'export');
    }
    const format = usage(() => parseExportFormat(options['format']));
    const kind = typeof options['kind'] === 'string' ? usage(() => parseRecordKind(options['kind'])) : null;
    if (typeof options['out'] === 'string') {
      const dir = resolve(context.io.cwd ?? process.cwd(), options['out']);
      mkdirSync(dir, { recursive: true });
      for (const file of exportFiles(format, kind)) {
        writeFileSync(join(dir, file.name), file.contents);
        context.print(`${join(options['out'], file.name)}\n`);
      }
      return;
    }
    switch (format) {
      case 'json':
        return context.print(toJson(kind));
      case 'csv':
        if (kind === null) {
          throw new UsageError('CSV holds one kind per table: add --kind (such as --kind agreement), or --out DIR for every kind.', 'export');
        }
        return context.print(toCsv(kind));
      case 'ndjson':
        return context.print(toNdjson(kind));
      case 'jsonld':
        return context.print(toJsonLd(kind));
    }
  },
};

/** Runs `parse`, turning its error about a bad option value into a usage error. */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'export');
  }
}
