/**
 * The dataset as JSON and NDJSON text. Pure: no Node built-ins, so it runs in a browser too.
 *
 * Output is deterministic: records in the dataset's order, kinds in `RECORD_KINDS` order, fields in
 * schema order, and a final newline.
 *
 * @module
 */
import { dataset } from '../embedded.js';
import { kindsFor, recordsOf, type AnyDataset, type KindName } from './record-kind.js';

/**
 * JSON text of one kind's records, as an array in the dataset's order; without a kind, the whole dataset
 * (one object per kind, keyed by id, as `dataset` holds it). Indented by two spaces.
 *
 * @param kind - a record kind (`'agreement'`) or dataset key (`'agreements'`); omit for everything.
 * @param data - the dataset to write; the embedded one by default.
 * @throws `InvalidArgumentError` for an unknown kind.
 * @example
 * ```ts
 * import { toJson } from 'critical-minerals/export';
 * const agreements = JSON.parse(toJson('agreement'));
 * console.log(agreements.length, agreements[0].id); // 7 kr-kz-critical-minerals-supply-chain-mou
 * ```
 *
 * @group Files
 */
export function toJson(kind?: KindName | null, data: AnyDataset = dataset): string {
  const value = kind === undefined || kind === null ? data : recordsOf(kindsFor(kind)[0]!, data);
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Newline-delimited JSON: one record per line, every kind in `RECORD_KINDS` order (or one kind).
 * Each record carries its `kind`, so a reader can split the stream by kind. U+2028 and U+2029 are written
 * as `\u2028` and `\u2029`, so no reader that splits on Unicode line breaks cuts a record in two.
 *
 * @param kind - keep only this kind; omit for every record.
 * @param data - the dataset to write; the embedded one by default.
 * @throws `InvalidArgumentError` for an unknown kind.
 * @example
 * ```ts
 * import { toNdjson } from 'critical-minerals/export';
 * const lines = toNdjson('agreement').trimEnd().split('\n');
 * console.log(lines.length, JSON.parse(lines[0]!).kind); // 7 agreement
 * ```
 *
 * @group Files
 */
export function toNdjson(kind?: KindName | null, data: AnyDataset = dataset): string {
  let text = '';
  for (const k of kindsFor(kind)) for (const record of recordsOf(k, data)) text += `${JSON.stringify(record)}\n`;
  // JSON allows U+2028 and U+2029 raw, but line-splitting readers (and pre-2019 JavaScript) take them as line breaks.
  return text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
