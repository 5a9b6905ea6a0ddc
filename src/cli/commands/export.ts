/**
 * `critical-minerals export`: the dataset as JSON, CSV, NDJSON or Web Annotation JSON-LD, to stdout or files.
 *
 * @module
 */
import { join, resolve } from 'node:path';
import { exportFiles, parseExportFormat, parseRecordKind, toCsv, toJson, toJsonLd, toNdjson } from '../../export/index.js';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';
import { checkTargets, describeSystemError, FileWriteError, makeDirectory, writeFileAtomic } from '../write-files.js';

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
    'csv: tidy tables, one value per cell (RFC 4180; null as an empty cell): one table per kind with objects such as a date spread over columns (date_value, date_precision, date_earliest, date_latest, date_basis), a link table per list field (agreement_parties.csv: agreement,parties,position) and evidence.csv (record,field,basis,rule,source,start,end,quote); on stdout with --kind, the kind\'s table alone; --json-cells writes lists and objects as JSON in one cell instead. ' +
    'ndjson: one record per line (U+2028 and U+2029 escaped). jsonld: every evidence quote as a W3C Web Annotation. ' +
    'A CSV cell that starts with =, +, -, @, tab or CR gets a leading \' so a spreadsheet shows it as text instead ' +
    'of running it as a formula (OWASP CSV injection); --keep-formulas turns that off. ' +
    'Files are written whole (a temporary file, then a rename), never through a symbolic link, and never over an ' +
    'existing file without --force.',
  argHelp: [],
  options: [
    { name: 'format', value: 'F', description: 'json, csv, ndjson or jsonld (required)' },
    { name: 'kind', value: 'K', description: 'only records of this kind, such as agreement (csv on stdout needs it)' },
    { name: 'out', value: 'DIR', description: 'write files into DIR and list them, instead of printing' },
    { name: 'force', description: 'with --out, replace files that exist (never through a symbolic link)' },
    { name: 'json-cells', description: 'csv: lists and objects as JSON text in one cell, one table per kind (the 0.1 form)' },
    { name: 'keep-formulas', description: 'csv: leave cells that start with = + - @ tab or CR as they are (see below)' },
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
    const csv = { neutralizeFormulas: options['keep-formulas'] !== true, jsonCells: options['json-cells'] === true };
    if (options['force'] === true && typeof options['out'] !== 'string') throw new UsageError('--force goes with --out DIR.', 'export');
    if (typeof options['out'] === 'string') {
      const dir = resolve(context.io.cwd ?? process.cwd(), options['out']);
      const files = exportFiles(format, kind, undefined, csv);
      try {
        makeDirectory(dir);
      } catch (error) {
        throw new FileWriteError(`cannot create ${dir}: ${describeSystemError(error)}`);
      }
      checkTargets(files.map((file) => join(dir, file.name)), options['force'] === true);
      for (const file of files) {
        writeFileAtomic(join(dir, file.name), file.contents);
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
        return context.print(toCsv(kind, undefined, csv));
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
