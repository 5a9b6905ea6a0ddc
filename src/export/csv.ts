/**
 * The dataset as tidy CSV (one value per cell, as pandas, DuckDB or a spreadsheet read it without JSON
 * functions). Pure: no Node built-ins, so it runs in a browser too.
 *
 * The format is RFC 4180: a header row of field names, CRLF after every row, and a cell quoted (`"…"`, with
 * `""` for a quote mark) when it holds a comma, quote mark, CR or LF. Each record is one row of its kind's
 * table (`toCsv`); an object field is spread over `field_key` columns (a date over `date_value`,
 * `date_precision`, `date_earliest`, `date_latest` and `date_basis`, the basis from its provenance); a list
 * field goes to a link table, one row per item (`toCsvLinks`); the quotes go to `evidence.csv`, one row per value
 * and quote (`toCsvEvidence`). Cells:
 *
 * - a string is written as is (an empty string as `""`, so it differs from an empty cell); codes such as
 *   CAMEO `057` or M49 `004` are strings, so read those columns as text (DuckDB `all_varchar` or `types`,
 *   pandas `dtype=str`) to keep their leading zeros;
 * - a number as its decimal digits, a boolean as `true` or `false`;
 * - `null` as an empty cell.
 *
 * With `{ jsonCells: true }`, `toCsv` writes 0.1's form instead: every field one column, a list or object as its
 * JSON text (`["KR","KZ"]`), so one table per kind reads back exactly.
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
import { kindsFor, parseRecordKind, recordsOf, type AnyDataset, type KindName } from './record-kind.js';

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
  /**
   * Write a list or object as its JSON text in one cell (0.1's form), instead of tidy columns and link tables.
   * Default `false`.
   */
  readonly jsonCells?: boolean | undefined;
}

/** `options[name]` when the caller set it as an own property (so a polluted prototype cannot). */
function own(options: CsvOptions | undefined, name: keyof CsvOptions): unknown {
  return options !== undefined && options !== null && Object.hasOwn(options, name) ? options[name] : undefined;
}

/** Fields that leave the main table in tidy form: their values go to `evidence.csv`. */
const EVIDENCE_FIELDS = new Set(['evidence', 'provenance']);

/** Per field of a kind: `'list'` for an array (link table), the keys of an object (spread over columns). */
type Shape = ReadonlyMap<string, 'list' | readonly string[]>;

function shapeOf(records: readonly Readonly<Record<string, unknown>>[]): Shape {
  const shape = new Map<string, 'list' | string[]>();
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      if (Array.isArray(value)) shape.set(field, 'list');
      else if (value !== null && typeof value === 'object') {
        const keys = shape.get(field);
        const known = Array.isArray(keys) ? keys : [];
        for (const key of Object.keys(value)) if (!known.includes(key)) known.push(key);
        if ('precision' in value && !known.includes('basis')) known.push('basis');
        shape.set(field, known);
      }
    }
  }
  return shape;
}

/**
 * The tidy row of one record: a scalar as it is; an object (even when this record's is `null`) spread over
 * `field_key` columns, a date with the `_basis` of its provenance; lists and evidence left to other tables.
 */
function tidyRow(record: Readonly<Record<string, unknown>>, shape: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const provenance = (record['provenance'] ?? {}) as Readonly<Record<string, { readonly basis?: string }>>;
  for (const [field, value] of Object.entries(record)) {
    const keys = shape.get(field);
    if (EVIDENCE_FIELDS.has(field) || keys === 'list') continue;
    if (keys === undefined) {
      out[field] = value;
      continue;
    }
    const object = (value ?? {}) as Readonly<Record<string, unknown>>;
    for (const key of keys) {
      out[`${field}_${key}`] = key === 'basis' && !Object.hasOwn(object, 'basis') ? (value === null ? null : (provenance[field]?.basis ?? null)) : object[key];
    }
  }
  return out;
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
    const neutralize = own(options, 'neutralizeFormulas') !== false;
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
 * // id,kind,name,officialName,alpha2,alpha3,numeric,historical,wikidata,note
 * console.log(toCsv('country', undefined, { jsonCells: true }).split('\r\n')[0]);
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
  const shape = shapeOf(records);
  const rows = own(options, 'jsonCells') === true ? records : records.map((record) => tidyRow(record, shape));
  return table(rows, options);
}

/** RFC 4180 text of rows: the columns are every key in the order first seen; a missing key is an empty cell. */
function table(records: readonly Readonly<Record<string, unknown>>[], options?: CsvOptions): string {
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

/**
 * The link tables of one kind, tidy (one value per cell): for each list field, `<kind>_<field>.csv` with one row
 * per item: the record's id (column `<kind>`), the item (column `<field>`) and its `position` in the list, from 0.
 * `agreement_parties.csv` holds `agreement,parties,position` rows such as `kr-kz-lithium-mou,KR,0`.
 *
 * @param kind - a record kind (`'agreement'`) or dataset key (`'agreements'`).
 * @param data - the dataset to write; the embedded one by default.
 * @param options - `neutralizeFormulas` (default `true`).
 * @throws `InvalidArgumentError` for an unknown kind.
 * @example
 * ```ts
 * import { toCsvLinks } from 'critical-minerals/export';
 * const parties = toCsvLinks('agreement').find((file) => file.name === 'agreement_parties.csv')!;
 * console.log(parties.contents.split('\r\n').slice(0, 2));
 * // [ 'agreement,parties,position', 'kr-kz-critical-minerals-supply-chain-mou,KR,0' ]
 * ```
 *
 * @group Files
 */
export function toCsvLinks(kind: KindName, data: AnyDataset = dataset, options?: CsvOptions): readonly { readonly name: string; readonly contents: string }[] {
  const k = parseRecordKind(kind);
  const records = recordsOf(k, data) as unknown as readonly Readonly<Record<string, unknown>>[];
  const links = new Map<string, Record<string, unknown>[]>();
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      if (EVIDENCE_FIELDS.has(field) || !Array.isArray(value)) continue;
      if (!links.has(field)) links.set(field, []);
      value.forEach((item, position) => links.get(field)!.push({ [k]: record['id'], [field]: item, position }));
    }
  }
  return [...links].map(([field, rows]) => ({
    name: `${k}_${field}.csv`,
    contents: rows.length > 0 ? table(rows, options) : `${csvCell(k)},${csvCell(field)},position\r\n`,
  }));
}

/**
 * Every quote behind every value, one row per value and quote: `record`, `field` (a field or dotted path),
 * `basis`, `rule`, `source`, `start`, `end`, `quote`, from each record's provenance (a value with no quote, such
 * as an inferred one, has one row with empty source columns). The file `evidence.csv`.
 *
 * @param kind - only this kind's records; omit for every record.
 * @param data - the dataset to write; the embedded one by default.
 * @param options - `neutralizeFormulas` (default `true`).
 * @throws `InvalidArgumentError` for an unknown kind.
 * @example
 * ```ts
 * import { toCsvEvidence } from 'critical-minerals/export';
 * const [header, first] = toCsvEvidence('country').split('\r\n');
 * console.log(header); // record,field,basis,rule,source,start,end,quote
 * console.log(first!.startsWith('KR,name,stated,,')); // true
 * ```
 *
 * @group Files
 */
export function toCsvEvidence(kind?: KindName | null, data: AnyDataset = dataset, options?: CsvOptions): string {
  const rows: Record<string, unknown>[] = [];
  for (const k of kindsFor(kind)) {
    for (const record of recordsOf(k, data) as unknown as readonly Readonly<Record<string, unknown>>[]) {
      const evidence = (record['evidence'] ?? []) as readonly { source: string; start: number; end: number; quote: string }[];
      const provenance = (record['provenance'] ?? {}) as Readonly<Record<string, { basis: string; rule?: string; evidence?: readonly number[] }>>;
      for (const [field, p] of Object.entries(provenance)) {
        const base = { record: record['id'], field, basis: p.basis, rule: p.rule ?? null };
        const quotes = (p.evidence ?? []).map((i) => evidence[i]).filter((e) => e !== undefined);
        if (quotes.length === 0) rows.push({ ...base, source: null, start: null, end: null, quote: null });
        for (const e of quotes) rows.push({ ...base, source: e.source, start: e.start, end: e.end, quote: e.quote });
      }
    }
  }
  return rows.length > 0 ? table(rows, options) : 'record,field,basis,rule,source,start,end,quote\r\n';
}
