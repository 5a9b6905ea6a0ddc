/**
 * Re-anchoring a whole set of records after their source text changed: every quote of that source found again
 * with {@link reanchor}, and a repaired copy of the records in which only what is certain (or accepted) changed.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { sha256Hex } from '../sha256.js';
import { reanchor, type QuotedSpan, type ReanchorResult } from './reanchor.js';

/**
 * One quote of one record, and what became of it.
 *
 * @group Re-anchoring
 */
export interface ReanchoredQuote {
  /** The record's id. */
  readonly record: string;
  /** The quote's position in the record's `evidence`. */
  readonly index: number;
  readonly result: ReanchorResult<QuotedSpan & { readonly source: string }>;
}

/**
 * What {@link reanchorRecords} gives.
 *
 * @group Re-anchoring
 */
export interface ReanchorReport {
  /** The source whose text changed. */
  readonly source: string;
  /** How many quotes were anchored, relocated and orphaned. */
  readonly counts: { readonly anchored: number; readonly relocated: number; readonly orphaned: number };
  /** Every quote of that source, record by record. */
  readonly quotes: readonly ReanchoredQuote[];
  /**
   * The records with the new text, its `sha256` (where one was recorded), the anchored quotes moved and, only when
   * accepted, the relocated ones; orphaned quotes stay as they were, so the records fail validation until fixed.
   */
  readonly records: readonly unknown[];
  /** Whether `records` is whole: no quote orphaned, and no relocation left unaccepted. */
  readonly complete: boolean;
}

type Mutable = Record<string, unknown>;

/**
 * Finds every quote of a changed source again. The source is the record of kind `source` whose `text` (or
 * `sha256`) is `oldText`'s, or the one named by `options.source`. Relocations are applied only with
 * `options.accept: true`.
 *
 * @throws `InvalidArgumentError` when no source, or more than one, has the old text.
 * @example
 * ```ts
 * import { reanchorRecords } from 'critical-minerals/authoring';
 * const oldText = 'Kazakstan holds uranium. It signed.';
 * const newText = 'Kazakhstan holds uranium. It signed.';
 * const records = [
 *   { id: 'note', kind: 'source', text: oldText, evidence: [{ source: 'note', start: 25, end: 34, quote: 'It signed' }] },
 *   { id: 'uranium', kind: 'mineral', evidence: [{ source: 'note', start: 0, end: 23, quote: 'Kazakstan holds uranium' }] },
 * ];
 * const report = reanchorRecords(records, oldText, newText);
 * console.log(report.counts, report.complete); // { anchored: 1, relocated: 1, orphaned: 0 } false
 * const accepted = reanchorRecords(records, oldText, newText, { accept: true });
 * console.log((accepted.records[1] as { evidence: { quote: string }[] }).evidence[0]?.quote); // Kazakhstan holds uranium
 * ```
 * @group Re-anchoring
 */
export function reanchorRecords(
  records: readonly unknown[],
  oldText: string,
  newText: string,
  options: { readonly source?: string; readonly accept?: boolean } = {},
): ReanchorReport {
  if (!Array.isArray(records)) throw new InvalidArgumentError('reanchorRecords expects an array of records.', 'records', records);
  const objects = records.map((r) => (r !== null && typeof r === 'object' ? (r as Mutable) : null));
  const oldDigest = sha256Hex(oldText);
  const sources = objects.filter((r): r is Mutable => r?.['kind'] === 'source');
  const matching = sources.filter((r) => (options.source !== undefined ? r['id'] === options.source : r['text'] === oldText || r['sha256'] === oldDigest));
  if (matching.length !== 1) {
    const known = sources.map((r) => `"${String(r['id'])}"`).join(', ') || 'none';
    const why =
      options.source !== undefined
        ? matching.length === 0
          ? `no source "${options.source}"`
          : `several sources are named "${options.source}"`
        : matching.length === 0
          ? 'no source has the old text (or its sha256)'
          : 'several sources have the old text';
    throw new InvalidArgumentError(`reanchorRecords: ${why}; sources: ${known}. Name one with { source }.`, 'source', options.source);
  }
  const source = String(matching[0]!['id']);
  const quotes: ReanchoredQuote[] = [];
  const repaired = objects.map((record, i) => {
    if (record === null || !Array.isArray(record['evidence'])) return records[i];
    const items = record['evidence'] as unknown[];
    const at = items.flatMap((item, index) => ((item as { source?: unknown } | null)?.source === source ? [index] : []));
    const results = reanchor(oldText, newText, at.map((index) => items[index] as QuotedSpan & { source: string }));
    const evidence = [...items];
    results.forEach((result, n) => {
      quotes.push({ record: String(record['id']), index: at[n]!, result });
      if (result.status === 'anchored' || (result.status === 'relocated' && options.accept === true)) evidence[at[n]!] = result.evidence;
    });
    const copy: Mutable = { ...record, evidence };
    if (record === matching[0]) {
      if (typeof record['text'] === 'string') copy['text'] = newText;
      if (typeof record['sha256'] === 'string') copy['sha256'] = sha256Hex(newText);
    }
    return copy;
  });
  const counts = { anchored: 0, relocated: 0, orphaned: 0 };
  for (const { result } of quotes) counts[result.status]++;
  return { source, counts, quotes, records: repaired, complete: counts.orphaned === 0 && (counts.relocated === 0 || options.accept === true) };
}
