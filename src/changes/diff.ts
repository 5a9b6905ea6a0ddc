/**
 * The data diff between two releases: which records were added and removed, and for each changed record every
 * changed field with its old value, its new value, the provenance of the new value (why it is what it is now)
 * and what the change means for the version number ({@link classify}).
 *
 * It reads records as plain JSON, so it diffs releases of different shapes: 0.1.0's `signatories` against
 * 0.2's `signedBy`, its `count: 1` against `{ value: 1, comparator: null }`. Plain objects are compared field
 * by field (`date.earliest`); lists and scalars as whole values. `npm run generate` writes the diff from every
 * release snapshot to the working tree into `src/generated/changes.ts`; the build ships it as
 * `dist/data/changes.json`; `critical-minerals changes` prints it.
 *
 * @module
 */
import { KIND_REGISTRY } from '../kinds.js';
import { expandProvenance, type Provenance, type ProvenanceRefs } from '../provenance.js';
import type { AnyIds, Evidence } from '../types.js';
import { classify, jsonType, maxLevel, type ChangeLevel, type JsonType } from './classify.js';
import type { Release, SnapshotRecord } from './snapshot.js';

/** One changed field of a record. */
export interface FieldChange {
  /** Dotted path from the record (`signedBy`, `date.earliest`); `provenance.<path>` for a change of provenance alone. */
  readonly path: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The value before; absent for an added field. */
  readonly old?: unknown;
  /** The value now; absent for a removed field. */
  readonly new?: unknown;
  readonly level: ChangeLevel;
  /** Why the change has its level, in a few words: `items removed: "ROK"`. */
  readonly reason: string;
  /**
   * Where the new value comes from, with its quotes: the new record's provenance entries for the path, the field
   * that holds it, and the fields inside it, keyed by provenance path; `null` for a removed field or a release
   * without provenance.
   */
  readonly provenance: Readonly<Record<string, Provenance<AnyIds>>> | null;
}

/** A record added, removed or changed between two releases. */
export interface RecordChange {
  readonly id: string;
  readonly kind: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The largest level among its changes; a record added is minor, a record removed major. */
  readonly level: ChangeLevel;
  /** Each changed field, in the record's field order; empty for a record added or removed. */
  readonly fields: readonly FieldChange[];
  /** For a record removed: the record that replaces it, if any (from its tombstone). */
  readonly replacedBy?: string | null;
  /** For a record removed: why, from its tombstone. */
  readonly removalReason?: string;
}

/** A field of a kind that appeared, disappeared or changed type between the releases, across all its records. */
export interface SchemaChange {
  readonly kind: string;
  readonly path: string;
  readonly change: 'added' | 'removed' | 'type';
  /** The non-null types the field took before and takes now. */
  readonly oldTypes: readonly JsonType[];
  readonly newTypes: readonly JsonType[];
}

/** The figures of a diff. */
export interface ChangeSummary {
  readonly recordsAdded: number;
  readonly recordsRemoved: number;
  readonly recordsChanged: number;
  /** Field changes across all changed records. */
  readonly fieldsChanged: number;
  /** How many changes (records added or removed, field changes) have each level. */
  readonly levels: Readonly<Record<ChangeLevel, number>>;
}

/** The diff between two releases. */
export interface DataChanges {
  readonly from: string;
  readonly to: string;
  /** The largest level of any change; `none` when the data did not change. */
  readonly level: ChangeLevel | 'none';
  readonly summary: ChangeSummary;
  readonly fields: readonly SchemaChange[];
  readonly records: readonly RecordChange[];
}

/** What a removed id's tombstone tells the diff. */
export interface RemovalNote {
  readonly replacedBy: string | null;
  readonly reason: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Fields the record diff does not list: the identity, and provenance (compared per value, see {@link diffRecord}). */
const NOT_DIFFED = new Set(['id', 'kind', 'provenance']);

/** Each kind's fields (dotted through plain objects) with the non-null types their values take. */
function fieldTypes(records: readonly SnapshotRecord[]): Map<string, Map<string, Set<JsonType>>> {
  const kinds = new Map<string, Map<string, Set<JsonType>>>();
  const visit = (paths: Map<string, Set<JsonType>>, value: Json, prefix: string) => {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix + key;
      if (prefix === '' && NOT_DIFFED.has(key) && key !== 'provenance') continue;
      const set = paths.get(path) ?? new Set<JsonType>();
      paths.set(path, set);
      const type = jsonType(inner);
      if (type !== 'null') set.add(type);
      if (isObject(inner) && !(prefix === '' && key === 'provenance')) visit(paths, inner, `${path}.`);
    }
  };
  for (const record of records) {
    const paths = kinds.get(record.kind) ?? new Map<string, Set<JsonType>>();
    kinds.set(record.kind, paths);
    visit(paths, record, '');
  }
  return kinds;
}

const NO_TYPES: ReadonlySet<JsonType> = new Set();

/** The new record's provenance for `path`: its own entry, the entry of a field holding it, and those inside it. */
function provenanceFor(path: string, provenance: Readonly<Record<string, Provenance<AnyIds>>> | null) {
  if (provenance === null) return null;
  const entries = Object.entries(provenance).filter(
    ([key]) => key === path || path.startsWith(`${key}.`) || key.startsWith(`${path}.`),
  );
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

function expanded(record: SnapshotRecord): Readonly<Record<string, Provenance<AnyIds>>> | null {
  const refs = record['provenance'];
  if (!isObject(refs)) return null;
  return expandProvenance(refs as unknown as ProvenanceRefs<AnyIds>, (record['evidence'] ?? []) as Evidence<AnyIds>[]);
}

/**
 * The changed fields of one record. Plain objects present in both are compared field by field; provenance is not
 * a field of its own here: each change carries the new value's provenance, and where both releases record
 * provenance, a value whose provenance alone changed is listed as `provenance.<path>`.
 */
function diffRecord(
  before: SnapshotRecord,
  after: SnapshotRecord,
  oldTypes: Map<string, Set<JsonType>>,
  newTypes: Map<string, Set<JsonType>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const provenance = expanded(after);
  const push = (path: string, change: FieldChange['change'], old: unknown, now: unknown) => {
    const { level, reason } = classify({
      path,
      change,
      old,
      new: now,
      oldTypes: oldTypes.get(path) ?? NO_TYPES,
      newTypes: newTypes.get(path) ?? NO_TYPES,
    });
    changes.push({
      path,
      change,
      ...(change === 'added' ? {} : { old }),
      ...(change === 'removed' ? {} : { new: now }),
      level,
      reason,
      provenance: change === 'removed' ? null : provenanceFor(path, provenance),
    });
  };
  const walk = (a: Json, b: Json, prefix: string) => {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const key of keys) {
      if (prefix === '' && NOT_DIFFED.has(key)) continue;
      const path = prefix + key;
      if (!Object.hasOwn(a, key)) push(path, 'added', undefined, b[key]);
      else if (!Object.hasOwn(b, key)) push(path, 'removed', a[key], undefined);
      else if (isObject(a[key]) && isObject(b[key])) walk(a[key] as Json, b[key] as Json, `${path}.`);
      else if (!same(a[key], b[key])) push(path, 'changed', a[key], b[key]);
    }
  };
  walk(before, after, '');

  const previous = expanded(before);
  if (previous !== null && provenance !== null) {
    const valueChanged = (key: string) => changes.some((c) => c.path === key || key.startsWith(`${c.path}.`) || c.path.startsWith(`${key}.`));
    for (const key of new Set([...Object.keys(provenance), ...Object.keys(previous)])) {
      const old = previous[key];
      const now = provenance[key];
      if (same(old, now) || valueChanged(key)) continue;
      const path = `provenance.${key}`;
      changes.push({
        path,
        change: old === undefined ? 'added' : now === undefined ? 'removed' : 'changed',
        ...(old === undefined ? {} : { old }),
        ...(now === undefined ? {} : { new: now }),
        level: 'patch',
        reason: 'provenance revised',
        provenance: now === undefined ? null : { [key]: now },
      });
    }
  }
  return changes;
}

/** Kind order of the registry, then id. */
function order(a: { kind: string; id: string }, b: { kind: string; id: string }): number {
  const rank = (kind: string) => {
    const i = KIND_REGISTRY.findIndex((entry) => entry.kind === kind);
    return i === -1 ? KIND_REGISTRY.length : i;
  };
  return rank(a.kind) - rank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The diff from release `from` to release `to`. `removals` gives, for ids that are gone, what their tombstones
 * say (what replaced them, and why).
 */
export function diffReleases(
  from: Release,
  to: Release,
  removals: Readonly<Record<string, RemovalNote>> = {},
): DataChanges {
  const oldById = new Map(from.records.map((r) => [r.id, r]));
  const newById = new Map(to.records.map((r) => [r.id, r]));
  const oldTypes = fieldTypes(from.records);
  const newTypes = fieldTypes(to.records);
  const records: RecordChange[] = [];
  for (const record of to.records) {
    const before = oldById.get(record.id);
    if (before === undefined) {
      records.push({ id: record.id, kind: record.kind, change: 'added', level: 'minor', fields: [] });
      continue;
    }
    const fields = diffRecord(before, record, oldTypes.get(before.kind) ?? new Map(), newTypes.get(record.kind) ?? new Map());
    if (fields.length > 0) {
      const level = fields.reduce<ChangeLevel | 'none'>((max, f) => maxLevel(max, f.level), 'none') as ChangeLevel;
      records.push({ id: record.id, kind: record.kind, change: 'changed', level, fields });
    }
  }
  for (const record of from.records) {
    if (newById.has(record.id)) continue;
    const note = Object.hasOwn(removals, record.id) ? removals[record.id] : undefined;
    records.push({
      id: record.id,
      kind: record.kind,
      change: 'removed',
      level: 'major',
      fields: [],
      replacedBy: note?.replacedBy ?? null,
      ...(note ? { removalReason: note.reason } : {}),
    });
  }
  records.sort(order);

  const fields: SchemaChange[] = [];
  for (const { kind } of KIND_REGISTRY) {
    const before = oldTypes.get(kind);
    const after = newTypes.get(kind);
    if (before === undefined || after === undefined) continue;
    for (const path of new Set([...after.keys(), ...before.keys()])) {
      const oldSet = before.get(path);
      const newSet = after.get(path);
      const change = oldSet === undefined ? 'added' : newSet === undefined ? 'removed' : null;
      const typeChanged = oldSet && newSet && oldSet.size > 0 && newSet.size > 0 && !same([...oldSet].sort(), [...newSet].sort());
      if (change === null && !typeChanged) continue;
      fields.push({ kind, path, change: change ?? 'type', oldTypes: [...(oldSet ?? [])].sort(), newTypes: [...(newSet ?? [])].sort() });
    }
  }

  const levels: Record<ChangeLevel, number> = { patch: 0, minor: 0, major: 0 };
  let fieldsChanged = 0;
  for (const record of records) {
    if (record.change !== 'changed') levels[record.level]++;
    for (const field of record.fields) {
      levels[field.level]++;
      fieldsChanged++;
    }
  }
  const level = records.reduce<ChangeLevel | 'none'>((max, r) => maxLevel(max, r.level), 'none');
  return {
    from: from.version,
    to: to.version,
    level,
    summary: {
      recordsAdded: records.filter((r) => r.change === 'added').length,
      recordsRemoved: records.filter((r) => r.change === 'removed').length,
      recordsChanged: records.filter((r) => r.change === 'changed').length,
      fieldsChanged,
      levels,
    },
    fields,
    records,
  };
}
