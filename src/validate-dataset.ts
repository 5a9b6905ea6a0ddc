/**
 * Whole-dataset validation: each record against its zod schema, then what a schema alone cannot see (unique
 * ids, references that resolve to a record of an allowed kind, quotes that stand at their offsets). Every
 * problem is collected, so one run reports them all.
 *
 * @module
 */
import { AnyRecordSchema, RecordSchemas } from './schema/index.js';
import { compileFastParse, NOT_SURE, type FastParse } from './schema/fast-parse.js';
import { DatasetError, type DatasetIssue } from './errors.js';
import { forEachReferencedId, REFERENCE_FIELDS } from './references.js';
import { DATASET_KEYS, RECORD_KINDS, type RecordKind } from './vocabulary.js';
import type { AnyIds, AnyRecord, Dataset, RecordTypes, Source } from './types.js';
import { deepFreeze } from './freeze.js';
import { provenanceIssues } from './provenance-check.js';
import type { SurfaceContext } from './surface-forms.js';

/**
 * What the surface-form check needs from a dataset: a lookup by id, the reference fields, and the cities each
 * country's government goes by in the text (a place's `standsFor`).
 */
export function surfaceContext(lookup: (id: string) => AnyRecord<AnyIds> | undefined, places: Iterable<AnyRecord<AnyIds>> = []): SurfaceContext {
  const standsFor = new Map<string, { id: string; name: string }[]>();
  for (const place of places) {
    if (place.kind !== 'place' || place.standsFor === null) continue;
    standsFor.set(place.standsFor, [...(standsFor.get(place.standsFor) ?? []), { id: place.id, name: place.name }]);
  }
  return {
    lookup,
    isReference: (kind, path) => Object.hasOwn(REFERENCE_FIELDS[kind as RecordKind] ?? {}, path),
    standsFor,
  };
}

import { quote } from './printable.js';
import { sha256Hex } from './sha256.js';

type ReferenceEntry = readonly [path: string, kinds: readonly RecordKind[], keys: readonly string[]];
/** Each kind's reference fields as `[path, kinds, keys of the path]`, listed once rather than once per record. */
const REFERENCE_ENTRIES = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, Object.entries(REFERENCE_FIELDS[kind]).map(([path, kinds]): ReferenceEntry => [path, kinds, path.split('.')])]),
) as unknown as Record<RecordKind, readonly ReferenceEntry[]>;

/** Whether `text.slice(from, to)` is `quote`, without cutting a string out of `text` when the offsets are in range. */
function standsAt(text: string, quote: string, from: number, to: number): boolean {
  if (from >= 0 && from <= to && to <= text.length) return to - from === quote.length && text.startsWith(quote, from);
  return text.slice(from, to) === quote;
}

function splitIssue(record: string, kind: RecordKind, i: number, name: 'start' | 'end', at: number): DatasetIssue {
  return { record, kind, path: `evidence.${i}.${name}`, message: `${at} falls inside a character (between the halves of a surrogate pair)` };
}

/** Whether offset `at` of `text` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * What a source's schema cannot see: a `sha256` that is the hash of its text, a web (http or https) `url`, and for an
 * excerpt source the address and day it was read.
 */
function checkSource(source: Source<AnyIds>, issues: DatasetIssue[]): void {
  if (sha256Hex(source.text) !== source.sha256) {
    issues.push({ record: source.id, kind: 'source', path: 'sha256', message: 'is not the SHA-256 of text (as UTF-8)' });
  }
  if (source.excerpt && (source.url === null || source.retrieved === null)) {
    issues.push({
      record: source.id,
      kind: 'source',
      path: source.url === null ? 'url' : 'retrieved',
      message: 'an excerpt source needs the address it was read at and the day it was read (url and retrieved)',
    });
  }
  if (source.url !== null && !/^https?:$/.test(safeProtocol(source.url))) {
    issues.push({ record: source.id, kind: 'source', path: 'url', message: `must be an http: or https: URL, not ${quote(source.url)}` });
  }
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** An empty dataset of the right shape. */
export function emptyDataset(): { -readonly [K in keyof Dataset<AnyIds>]: Record<string, AnyRecord<AnyIds>> } {
  const dataset = {} as Record<string, Record<string, AnyRecord<AnyIds>>>;
  for (const kind of RECORD_KINDS) dataset[DATASET_KEYS[kind]] = {};
  return dataset as ReturnType<typeof emptyDataset>;
}

/** Each kind's schema compiled into a fast walk, on first use (see `src/schema/fast-parse.ts`). */
const FAST_PARSE = new Map<RecordKind, FastParse>();
function fastParseOf(kind: RecordKind): FastParse {
  let parse = FAST_PARSE.get(kind);
  if (parse === undefined) FAST_PARSE.set(kind, (parse = compileFastParse(RecordSchemas[kind])));
  return parse;
}

function isKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

/**
 * Validates `records` (any kinds, sources included), on top of an already valid `base` dataset if given, and
 * returns the combined dataset, deep-frozen. Throws {@link DatasetError} listing every problem.
 *
 * @example
 * ```ts
 * import { validateDataset } from 'critical-minerals/catalog';
 * import { dataset } from 'critical-minerals';
 * try {
 *   validateDataset([{ id: 'Lithium', kind: 'topic', name: 'lithium', evidence: [], provenance: {}, note: null }], dataset);
 * } catch (error) {
 *   console.log((error as Error).message);
 *   // Invalid dataset: 2 problems
 *   //   - topic "Lithium" at id: must be lower-case words joined by hyphens, like "astana"
 *   //   - topic "Lithium" at evidence: every record needs at least one evidence quote
 * }
 * ```
 *
 * @group Your own data
 */
export function validateDataset(records: readonly unknown[], base?: Dataset<AnyIds>): Dataset<AnyIds> {
  return validateRecords(records, base).data;
}

/**
 * {@link validateDataset}, also giving what it builds on the way, for the catalog: the map of every record by id,
 * and each kind's records as a list.
 */
export function validateRecords(
  records: readonly unknown[],
  base?: Dataset<AnyIds>,
): { data: Dataset<AnyIds>; byId: Map<string, AnyRecord<AnyIds>>; byKind: { [K in RecordKind]: RecordTypes<AnyIds>[K][] } } {
  const issues: DatasetIssue[] = [];
  const dataset = emptyDataset();
  const byId = new Map<string, AnyRecord<AnyIds>>();
  const lists = {} as Record<RecordKind, AnyRecord<AnyIds>[]>;
  for (const kind of RECORD_KINDS) lists[kind] = [];
  if (base) {
    for (const kind of RECORD_KINDS) {
      for (const [id, record] of Object.entries(base[DATASET_KEYS[kind]])) {
        // Frozen here (at once, where it is frozen already: a catalog's data), like every record the dataset takes.
        deepFreeze(record);
        dataset[DATASET_KEYS[kind]][id] = record as AnyRecord<AnyIds>;
        byId.set(id, record as AnyRecord<AnyIds>);
        lists[kind].push(record as AnyRecord<AnyIds>);
      }
    }
  }
  if (!Array.isArray(records)) {
    throw new DatasetError([{ record: 'records', kind: null, path: '', message: `expected an array of records, got ${typeof records}` }]);
  }

  const valid: AnyRecord<AnyIds>[] = [];
  /** Ids of records that failed their schema: references to them are not reported again. */
  const invalid = new Set<string>();
  /** Records that failed their schema but have a kind: their references and quotes are still checked. */
  const failed: { raw: Record<string, unknown>; label: string; kind: RecordKind }[] = [];
  records.forEach((raw, index) => {
    const obj = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const label = typeof obj['id'] === 'string' && obj['id'] !== '' ? obj['id'] : `records[${index}]`;
    const kind = isKind(obj['kind']) ? obj['kind'] : null;
    // A valid record takes the fast walk, which copies and freezes it as it checks; zod has the last word on
    // anything else, so every problem is reported in zod's words.
    const fast = kind === null ? NOT_SURE : fastParseOf(kind)(raw);
    let record: AnyRecord<AnyIds>;
    if (fast !== NOT_SURE) record = fast as AnyRecord<AnyIds>;
    else {
      const parsed = AnyRecordSchema.safeParse(raw);
      if (!parsed.success) {
        invalid.add(label);
        if (kind !== null) failed.push({ raw: obj, label, kind });
        for (const issue of parsed.error.issues) {
          issues.push({ record: label, kind, path: issue.path.join('.'), message: issue.message });
        }
        return;
      }
      // Frozen now, while it is in the cache, rather than in a second walk over every record at the end.
      record = deepFreeze(parsed.data as AnyRecord<AnyIds>);
    }
    const existing = byId.get(record.id);
    if (existing !== undefined) {
      issues.push({ record: record.id, kind: record.kind, path: 'id', message: `duplicate id: a ${existing.kind} already has it` });
      return;
    }
    byId.set(record.id, record);
    dataset[DATASET_KEYS[record.kind]][record.id] = record;
    lists[record.kind].push(record);
    valid.push(record);
  });

  // Every check runs on every record: one that failed its schema still has its references and quotes checked
  // (as far as their shape allows), so one run reports every problem.
  // The record and field whose references are being checked, set before each field's walk: one visitor serves
  // every field of every record, with no closure made per field per record.
  let refRecord = '';
  let refKind: RecordKind = 'source';
  let refPath = '';
  let refKinds: readonly RecordKind[] = [];
  const checkRef = (ref: string) => {
    const target = byId.get(ref)?.kind;
    if (target === undefined) {
      if (invalid.has(ref)) return;
      issues.push({ record: refRecord, kind: refKind, path: refPath, message: `refers to ${quote(ref)}, which is not in the dataset (expected a ${refKinds.join(' or ')})` });
    } else if (!refKinds.includes(target)) {
      issues.push({ record: refRecord, kind: refKind, path: refPath, message: `refers to ${quote(ref)}, a ${target}; expected a ${refKinds.join(' or ')}` });
    }
  };
  const checkLinks = (record: Record<string, unknown>, id: string, kind: RecordKind) => {
    refRecord = id;
    refKind = kind;
    // Each id read in place: no list per field per record.
    for (const [path, kinds, keys] of REFERENCE_ENTRIES[kind]) {
      refPath = path;
      refKinds = kinds;
      forEachReferencedId(record, keys, checkRef);
    }
    const evidence = Array.isArray(record['evidence']) ? (record['evidence'] as unknown[]) : [];
    for (let i = 0; i < evidence.length; i++) {
      const item = evidence[i];
      if (item === null || typeof item !== 'object') continue;
      const { source: sourceId, start, end, quote: text } = item as Record<string, unknown>;
      if (typeof sourceId !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string') continue;
      // The map by id, whose hash of each id string is already made, rather than a property lookup by that string.
      const found = byId.get(sourceId);
      const source = found !== undefined && found.kind === 'source' ? found : undefined;
      if (source === undefined) {
        if (invalid.has(sourceId)) continue;
        issues.push({ record: id, kind, path: `evidence.${i}.source`, message: `unknown source ${quote(sourceId)}` });
        continue;
      }
      const from = start as number;
      const to = end as number;
      if (!standsAt(source.text, text, from, to)) {
        issues.push({
          record: id,
          kind,
          path: `evidence.${i}.quote`,
          message: `quote does not stand at ${from}–${to} of "${source.id}": the text there is ${quote(source.text.slice(from, to))}`,
        });
      }
      if (splitsSurrogatePair(source.text, from)) issues.push(splitIssue(id, kind, i, 'start', from));
      if (splitsSurrogatePair(source.text, to)) issues.push(splitIssue(id, kind, i, 'end', to));
    }
  };

  const lookup = (id: string): AnyRecord<AnyIds> | undefined => byId.get(id);
  const context = surfaceContext(lookup, Object.values(dataset.places));
  // One pass over the valid records for their links and their provenance (each record is read once, while it is in
  // the cache); the provenance problems are listed after every link problem, as before.
  const provenanceProblems: DatasetIssue[] = [];
  for (const record of valid) {
    checkLinks(record as unknown as Record<string, unknown>, record.id, record.kind);
    if (record.kind === 'source') checkSource(record, issues);
    provenanceIssues(record, context, provenanceProblems);
  }
  for (const { raw, label, kind } of failed) checkLinks(raw, label, kind);
  for (const issue of provenanceProblems) issues.push(issue);

  if (issues.length > 0) throw new DatasetError(issues);
  // Every record is deep-frozen already (the fast walk freezes its copy, zod's output and the base's records are
  // frozen as they are taken): only the maps that hold them are left, not a second walk over every record.
  for (const kind of RECORD_KINDS) Object.freeze(dataset[DATASET_KEYS[kind]]);
  return { data: Object.freeze(dataset) as unknown as Dataset<AnyIds>, byId, byKind: lists as { [K in RecordKind]: RecordTypes<AnyIds>[K][] } };
}
