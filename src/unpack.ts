/**
 * Unpacking the embedded data. `npm run generate` stores each kind's records packed (`scripts/pack-data.ts`):
 * one JSON string per kind, read with one `JSON.parse` at import, which costs a fraction of evaluating the same
 * data as object literals and bundles smaller. This module turns a packed kind back into exactly the records
 * the build produced, deep-frozen.
 *
 * The packed form of a kind is `[fields, rows]`: `fields` lists the record's keys in order, `rows` holds each
 * record's values in that order, without `kind` (the kind given) and with three fields in a shorter form:
 * - `evidence`: each quote as `[source, start, end]`, `source` a position in the source list, since the quote
 *   is always `text.slice(start, end)` of that source's text (the build checks it);
 * - `provenance`: each entry as `[path, basis, ...evidence, rest?]`, `basis` a position in `PROVENANCE_BASES`
 *   and `rest` the entry's other keys (rule, note, …), if any; an entry that is `standard` with no evidence and
 *   nothing else (an outside identifier) as its path alone;
 * - a source's `text`: its position in the source list.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';
import { PROVENANCE_BASES } from './provenance.js';
import type { RecordKind } from './vocabulary.js';

/** Every source's id and text, in the order packed evidence refers to them. */
export type SourceTexts = readonly (readonly [id: string, text: string])[];

/** A packed record kind: the record's keys in order (with `kind`), then one row of values per record (without it). */
export type PackedKind = readonly [fields: readonly string[], rows: readonly (readonly unknown[])[]];

const STANDARD = 'standard';

type EvidenceTuple = readonly [source: number, start: number, end: number];
type ProvenanceTuple = string | readonly [path: string, basis: number, ...evidence: (number | Record<string, unknown>)[]];

/**
 * The records of `packed` (a JSON {@link PackedKind} of `kind`), by id, deep-frozen. Written with index loops and
 * no destructuring or spreading, and freezing each object it makes as it makes it (`deepFreeze` walks only what
 * `JSON.parse` made): it runs once, cold, at import, where the interpreter pays for every step.
 */
export function unpack<T>(kind: RecordKind, sources: SourceTexts, packed: string): T {
  const parsed = JSON.parse(packed) as PackedKind;
  const fields = parsed[0];
  const rows = parsed[1];
  const records: Record<string, Record<string, unknown>> = {};
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const record: Record<string, unknown> = {};
    let column = 0;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      if (field === 'kind') {
        record[field] = kind;
        continue;
      }
      const value = row[column++];
      if (field === 'evidence') record[field] = unpackEvidence(value as readonly EvidenceTuple[], sources);
      else if (field === 'provenance') record[field] = unpackProvenance(value as readonly ProvenanceTuple[]);
      else if (field === 'text' && kind === 'source') record[field] = sources[value as number]![1];
      else record[field] = deepFreeze(value);
    }
    records[record['id'] as string] = Object.freeze(record);
  }
  return Object.freeze(records) as T;
}

function unpackEvidence(tuples: readonly EvidenceTuple[], sources: SourceTexts): readonly unknown[] {
  const evidence = new Array<unknown>(tuples.length);
  for (let i = 0; i < tuples.length; i++) {
    const tuple = tuples[i]!;
    const source = sources[tuple[0]]!;
    evidence[i] = Object.freeze({ source: source[0], start: tuple[1], end: tuple[2], quote: source[1].slice(tuple[1], tuple[2]) });
  }
  return Object.freeze(evidence);
}

function unpackProvenance(tuples: readonly ProvenanceTuple[]): Readonly<Record<string, unknown>> {
  const provenance: Record<string, unknown> = {};
  for (let i = 0; i < tuples.length; i++) {
    const tuple = tuples[i]!;
    if (typeof tuple === 'string') {
      provenance[tuple] = Object.freeze({ basis: STANDARD, evidence: Object.freeze([]) });
      continue;
    }
    const evidence: number[] = [];
    let rest: Record<string, unknown> | undefined;
    for (let j = 2; j < tuple.length; j++) {
      const item = tuple[j]!;
      if (typeof item === 'number') evidence.push(item);
      else rest = item as Record<string, unknown>;
    }
    const entry: Record<string, unknown> = { basis: PROVENANCE_BASES[tuple[1]], evidence: Object.freeze(evidence) };
    if (rest !== undefined) for (const key in rest) entry[key] = deepFreeze(rest[key]);
    provenance[tuple[0]] = Object.freeze(entry);
  }
  return Object.freeze(provenance);
}
