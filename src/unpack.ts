/**
 * Unpacking the embedded data. `npm run generate` stores each kind's records packed (`scripts/pack-data.ts`):
 * one JSON string per kind, read with one `JSON.parse` at import, which costs a fraction of evaluating the same
 * data as object literals and bundles smaller. This module turns a packed kind back into exactly the records
 * the build produced, deep-frozen.
 *
 * The packed form of a kind is `[fields, columns]`: `fields` lists the record's keys in order, `columns` holds,
 * for each key but `kind` (the kind given), every record's value in record order (a field's values side by side
 * compress better than each record's), with three fields in a shorter form:
 * - `evidence`: each quote as `source, start, length` (one flat array of numbers for the record), `source` a
 *   position in the source list, since the quote is always `text.slice(start, start + length)` of that source's
 *   text (the build checks it);
 * - `provenance`: each entry as `path, basis, ...evidence, rest?` (one flat array for the record: a string starts
 *   the next entry), `basis` a position in `PROVENANCE_BASES` and `rest` the entry's other keys (rule, note, …),
 *   if any; an entry that is `standard` with no evidence and nothing else (an outside identifier) as its path
 *   alone;
 * - a source's `text`: its position in the source list.
 *
 * @module
 */
import { PROVENANCE_BASES } from './provenance.js';
import type { RecordKind } from './vocabulary.js';

/** Every source's id and text, in the order packed evidence refers to them. */
export type SourceTexts = readonly (readonly [id: string, text: string])[];

/** A packed record kind: the record's keys in order (with `kind`), then one column of values per key (without `kind`), a value per record. */
export type PackedKind = readonly [fields: readonly string[], columns: readonly (readonly unknown[])[]];

type Json = Record<string, unknown>;

const EMPTY: readonly number[] = Object.freeze([]);
/** An outside identifier's provenance: every such entry is this one frozen object. */
const PLAIN_STANDARD = Object.freeze({ basis: 'standard', evidence: EMPTY });

/**
 * The records of `packed` (a JSON {@link PackedKind} of `kind`), by id, deep-frozen.
 *
 * It runs once, cold, at import, where the interpreter pays for every step and every object, so it makes
 * little besides the records: index loops, no destructuring or spreading; few arrays in the packed form
 * (evidence and provenance flat, one array a record); arrays made at their final length; one frozen empty
 * array and one frozen outside-identifier entry shared by every record (frozen, so sharing shows nowhere). The
 * kind's map and each provenance (a key per record, a key per path: shapes no two objects share) start in V8's
 * dictionary mode, where a new key is a hash insert instead of a new hidden class (about 0.4 ms of the 2.4 the
 * unpacking took with fast-mode objects).
 */
export function unpack<T>(kind: RecordKind, sources: SourceTexts, packed: string): T {
  const parsed = JSON.parse(packed) as PackedKind;
  const fields = parsed[0];
  const columns = parsed[1];
  const records = dictionary();
  const count = columns.length > 0 ? columns[0]!.length : 0;
  for (let r = 0; r < count; r++) {
    const record: Json = {};
    let column = 0;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      if (field === 'kind') {
        record[field] = kind;
        continue;
      }
      const value = columns[column++]![r];
      if (field === 'evidence') record[field] = unpackEvidence(value as readonly number[], sources);
      else if (field === 'provenance') record[field] = unpackProvenance(value as readonly unknown[]);
      else if (field === 'text' && kind === 'source') record[field] = sources[value as number]![1];
      else record[field] = typeof value === 'object' && value !== null ? freezeJson(value) : value;
    }
    records[record['id'] as string] = Object.freeze(record);
  }
  return Object.freeze(records) as T;
}

/** An empty plain object in V8's dictionary mode (as `{ __proto__: null }` makes), with the usual prototype. */
function dictionary(): Json {
  return Object.setPrototypeOf({ __proto__: null }, Object.prototype) as Json;
}

/**
 * Freezes what `JSON.parse` made (plain objects and arrays, none frozen yet, nothing shared) and returns it.
 * Not `deepFreeze`: on such values its checks (frozen already? own property?) can never fire, and skipping them
 * saves 0.1–0.25 ms of the core's import (measured against `deepFreeze` here, medians of 21 fresh processes,
 * about 9.5 ms in all), which is a target at the edge of its limit.
 */
function freezeJson(value: object): object {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) freezeJson(item);
    }
  } else {
    for (const key in value) {
      const item = (value as Json)[key];
      if (typeof item === 'object' && item !== null) freezeJson(item);
    }
  }
  return Object.freeze(value);
}

function unpackEvidence(flat: readonly number[], sources: SourceTexts): readonly unknown[] {
  if (flat.length === 0) return EMPTY;
  const evidence = new Array<unknown>(flat.length / 3);
  for (let i = 0, j = 0; j < flat.length; i++, j += 3) {
    const source = sources[flat[j]!]!;
    const start = flat[j + 1]!;
    const end = start + flat[j + 2]!;
    evidence[i] = Object.freeze({ source: source[0], start, end, quote: source[1].slice(start, end) });
  }
  return Object.freeze(evidence);
}

function unpackProvenance(flat: readonly unknown[]): Readonly<Json> {
  const provenance = dictionary();
  for (let i = 0; i < flat.length; ) {
    const path = flat[i++] as string;
    if (i === flat.length || typeof flat[i] === 'string') {
      provenance[path] = PLAIN_STANDARD;
      continue;
    }
    const basis = PROVENANCE_BASES[flat[i++] as number];
    const first = i;
    while (i < flat.length && typeof flat[i] === 'number') i++;
    const entry: Json = { basis, evidence: i === first ? EMPTY : Object.freeze(flat.slice(first, i)) };
    if (i < flat.length && typeof flat[i] === 'object') {
      const rest = flat[i++] as Json;
      for (const key in rest) {
        const value = rest[key];
        entry[key] = typeof value === 'object' && value !== null ? freezeJson(value) : value;
      }
    }
    provenance[path] = Object.freeze(entry);
  }
  return Object.freeze(provenance);
}
