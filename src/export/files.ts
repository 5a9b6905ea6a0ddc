/**
 * The export files, as names and contents: what `npm run build` writes to `dist/data/` and what
 * `critical-minerals export --out DIR` writes. Pure: the caller does the writing.
 *
 * @module
 */
import { dataset } from '../embedded.js';
import { InvalidArgumentError } from '../errors.js';
import { describeInput } from '../check-input.js';
import { deepFreeze } from '../freeze.js';
import { nearest } from '../suggest.js';
import { toCsv, toCsvEvidence, toCsvLinks, type CsvOptions } from './csv.js';
import { toJson, toNdjson } from './json.js';
import { toJsonLd } from './json-ld.js';
import { kindsFor, recordsOf, type AnyDataset, type KindName } from './record-kind.js';

/**
 * The export formats.
 *
 * @group Files
 */
export const EXPORT_FORMATS = /* @__PURE__ */ deepFreeze(['json', 'csv', 'ndjson', 'jsonld'] as const);
/**
 * `json` (an array per kind), `csv` (a table per kind), `ndjson` (a record per line) or `jsonld` (evidence as Web Annotations).
 *
 * @group Files
 */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * One file to write: a bare file name, and its text (UTF-8).
 *
 * @group Files
 */
export interface ExportFile {
  readonly name: string;
  readonly contents: string;
}

/**
 * The export format that `input` names, any case (`jsonl` is taken as `ndjson`, `json-ld` as `jsonld`).
 *
 * @throws `InvalidArgumentError` for anything else, suggesting the nearest format.
 * @example
 * ```ts
 * import { parseExportFormat } from 'critical-minerals/export';
 * console.log(parseExportFormat('CSV'), parseExportFormat('json-ld')); // csv jsonld
 * ```
 *
 * @group Files
 */
export function parseExportFormat(input: unknown): ExportFormat {
  if (typeof input === 'string') {
    const key = input.trim().toLowerCase();
    const alias = key === 'jsonl' ? 'ndjson' : key === 'json-ld' ? 'jsonld' : key;
    if ((EXPORT_FORMATS as readonly string[]).includes(alias)) return alias as ExportFormat;
  }
  const near = typeof input === 'string' ? nearest(input, EXPORT_FORMATS.map((f) => ({ value: f, label: f, names: [f] })), 1) : [];
  const hint = near[0] ? ` Did you mean "${near[0].value}"?` : '';
  throw new InvalidArgumentError(
    `Invalid format ${describeInput(input)}: expected one of ${EXPORT_FORMATS.join(', ')}.${hint}`,
    'format',
    input,
  );
}

/**
 * The files of one export format, in a fixed order:
 *
 * - `json`: `<kind>.json` for every kind (an array of its records);
 * - `csv`: `<kind>.csv` for every kind;
 * - `ndjson`: `dataset.ndjson`, every record;
 * - `jsonld`: `evidence.jsonld`, every evidence quote.
 *
 * With a kind, only that kind: `<kind>.json`, `<kind>.csv`, `<kind>.ndjson` or `<kind>.evidence.jsonld`.
 * File names use the singular kind (`agreement.csv`), as records' `kind` fields do. `csv` sets how CSV
 * cells are written ({@link toCsv}).
 *
 * @throws `InvalidArgumentError` for an unknown format or kind.
 * @example
 * ```ts
 * import { exportFiles } from 'critical-minerals/export';
 * console.log(exportFiles('csv').map((file) => file.name).slice(0, 3)); // [ 'source.csv', 'country.csv', 'country_aliases.csv' ]
 * console.log(exportFiles('ndjson', 'agreement')[0]?.name); // agreement.ndjson
 * ```
 *
 * @group Files
 */
export function exportFiles(format: ExportFormat, kind?: KindName | null, data: AnyDataset = dataset, csv?: CsvOptions): readonly ExportFile[] {
  const f = parseExportFormat(format);
  const kinds = kindsFor(kind);
  const one = kind !== undefined && kind !== null ? kinds[0]! : null;
  switch (f) {
    case 'json':
      return kinds.map((k) => ({ name: `${k}.json`, contents: toJson(k, data) }));
    case 'csv':
      if (csv !== undefined && Object.hasOwn(csv, 'jsonCells') && csv.jsonCells === true) {
        return kinds.map((k) => ({ name: `${k}.csv`, contents: toCsv(k, data, csv) }));
      }
      return [
        ...kinds.flatMap((k) => [{ name: `${k}.csv`, contents: toCsv(k, data, csv) }, ...toCsvLinks(k, data, csv)]),
        { name: one ? `${one}.evidence.csv` : 'evidence.csv', contents: toCsvEvidence(one, data, csv) },
      ];
    case 'ndjson':
      return [{ name: one ? `${one}.ndjson` : 'dataset.ndjson', contents: toNdjson(one, data) }];
    case 'jsonld':
      return [{ name: one ? `${one}.evidence.jsonld` : 'evidence.jsonld', contents: toJsonLd(one, data) }];
  }
}

/**
 * How many records an export of `kind` (or of everything) holds; for messages and checks.
 *
 * @example
 * ```ts
 * import { countRecords } from 'critical-minerals/export';
 * console.log(countRecords('agreement'), countRecords()); // 7 103
 * ```
 *
 * @group Files
 */
export function countRecords(kind?: KindName | null, data: AnyDataset = dataset): number {
  return kindsFor(kind).reduce((sum, k) => sum + recordsOf(k, data).length, 0);
}
