/**
 * The dataset as CSV, one table per kind. Pure: no Node built-ins, so it runs in a browser too.
 *
 * The format is RFC 4180: a header row of field names, CRLF after every row, and a cell quoted (`"…"`, with
 * `""` for a quote mark) when it holds a comma, quote mark, CR or LF. Each record is one row and each of
 * its fields one column, in schema order. Cells are written so that every value can be read back exactly:
 *
 * - a string is written as is (an empty string as `""`, so it differs from an empty cell);
 * - a number as its decimal digits, a boolean as `true` or `false`;
 * - `null` as an empty cell;
 * - an array or object (ids such as `parties`, a `date`, the `evidence` list) as its JSON text, so
 *   `["KR","KZ"]` and `[]` and an empty cell (`null`) stay distinct. In pandas, `json.loads` reads it back.
 *
 * A string that starts with `=`, `+`, `-`, `@`, a tab or a CR would run as a formula when the file is opened
 * in a spreadsheet (OWASP "CSV injection"); by default it is written with a leading `'`, which spreadsheets
 * show as text. Pass `{ neutralizeFormulas: false }` to write such strings exactly (to read the file back
 * with a CSV parser rather than a spreadsheet, for instance).
 *
 * @module
 */
import { dataset } from '../embedded.js';
import { InvalidArgumentError } from '../errors.js';
import { parseRecordKind, recordsOf, type AnyDataset, type KindName } from './record-kind.js';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How CSV cells are written.
 *
 * @group Files
 */
export interface CsvOptions {
  /** Prefix `'` to a string that a spreadsheet would run as a formula. Default `true`. */
  readonly neutralizeFormulas?: boolean | undefined;
}

/**
 * One CSV cell for a field value, following the rules in this module's summary.
 *
 * @example
 * ```ts
 * import { csvCell } from 'critical-minerals/export';
 * console.log(csvCell(['KR', 'KZ']), csvCell(null), csvCell('Astana, Kazakhstan')); // "[""KR"",""KZ""]"  "Astana, Kazakhstan"
 * console.log(csvCell('=1+1'), csvCell('=1+1', { neutralizeFormulas: false })); // '=1+1 =1+1
 * ```
 *
 * @group Files
 */
export function csvCell(value: unknown, options?: CsvOptions): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    if (value === '') return '""';
    const neutralize = options === undefined || !Object.hasOwn(options, 'neutralizeFormulas') || options.neutralizeFormulas !== false;
    text = neutralize && FORMULA_START.test(value) ? `'${value}` : value;
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    text = String(value);
  } else {
    text = JSON.stringify(value);
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text of one kind's records: a header row, then one row per record in the dataset's order. A kind with
 * no records gives an empty string (there is no record to take the columns from).
 *
 * @param kind - a record kind (`'agreement'`) or dataset key (`'agreements'`).
 * @param data - the dataset to write; the embedded one by default.
 * @param options - `neutralizeFormulas` (default `true`): see the module summary.
 * @throws `InvalidArgumentError` for an unknown or missing kind.
 * @example
 * ```ts
 * import { toCsv } from 'critical-minerals/export';
 * console.log(toCsv('country').split('\r\n')[0]);
 * // id,kind,name,officialName,alpha2,alpha3,numeric,historical,aliases,demonyms,wikidata,evidence,provenance,note
 * ```
 *
 * @group Files
 */
export function toCsv(kind: KindName, data: AnyDataset = dataset, options?: CsvOptions): string {
  if (kind === undefined || kind === null) {
    throw new InvalidArgumentError('Missing kind: a CSV table holds one kind of record, such as "agreement".', 'kind', kind);
  }
  const records = recordsOf(parseRecordKind(kind), data) as unknown as readonly Readonly<Record<string, unknown>>[];
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  if (columns.length === 0) return '';
  const rows = [columns.map((column) => csvCell(column, options)).join(',')];
  for (const record of records) rows.push(columns.map((column) => csvCell(record[column], options)).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
