/**
 * The families of single data mutations `npm run mutate:data` applies, one at a time, to a copy of the dataset.
 * Each is an edit a careless author could make and the schema would accept:
 *
 * - `drop-item`: drop one item from a list (`refining` from a MOU's stages).
 * - `add-item`: add one plausible wrong item to a list: another record of a kind the list holds, or another
 *   value the same field holds elsewhere (Tokayev added to an event's actors).
 * - `change-code`: set a coded value (CAMEO code, PLOVER category, type, status, precision…) to another value the
 *   same field holds elsewhere (CAMEO 040 → 042).
 * - `swap-reference`: point a reference at another record of the same kind (the summit's place to Hanoi).
 * - `set-value` / `drop-value`: fill a field that is `null` with a value the same field holds elsewhere, or empty
 *   one that is filled.
 * - `shift-date`: move a date (value, earliest or latest) one unit of its precision earlier or later.
 * - `flip-comparator`: change a comparator (`eq`, `gt`, `gte`) to another.
 * - `change-number`: add or subtract one; flip a boolean.
 *
 * Free text (names, labels, quotes, notes, aims, outcomes), ids, evidence and provenance are not mutated: the quote
 * checks guard the text against the article.
 */
import { COMPARATORS } from '../src/vocabulary.js';
import type { Dataset } from '../src/types.js';

export type Family =
  | 'drop-item'
  | 'add-item'
  | 'change-code'
  | 'swap-reference'
  | 'set-value'
  | 'drop-value'
  | 'shift-date'
  | 'flip-comparator'
  | 'change-number';

export interface DataMutation {
  readonly kind: string;
  readonly id: string;
  readonly family: Family;
  /** The mutated field, dotted (`stages`, `date.earliest`, `cameo.code`). */
  readonly path: string;
  /** What the mutation does, for the survivor list. */
  readonly description: string;
  /** The value at `path` after the mutation. */
  readonly value: unknown;
}

type Json = unknown;
type Row = Record<string, Json>;

const NOT_MUTATED = new Set(['id', 'kind', 'evidence', 'provenance', 'name', 'label', 'text', 'aim', 'outcome', 'note', 'officialName', 'quote']);
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const show = (v: Json) => JSON.stringify(v);

/** Every record id of the dataset, with the dataset key of its kind. */
function kindsOfIds(data: Dataset): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const [key, map] of Object.entries(data)) if (key !== 'sources') for (const id of Object.keys(map)) kinds.set(id, key);
  return kinds;
}

/** The values each field path (`cameo.code`, `topics`) holds across all records, keyed by path. */
function valuesByPath(data: Dataset): Map<string, Json[]> {
  const pools = new Map<string, Map<string, Json>>();
  const add = (path: string, value: Json) => {
    const pool = pools.get(path) ?? new Map<string, Json>();
    pool.set(show(value), value);
    pools.set(path, pool);
  };
  const walk = (path: string, value: Json) => {
    add(path, value);
    if (Array.isArray(value)) for (const item of value) add(`${path}[]`, item);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${path}.${k}`, v);
  };
  for (const [key, map] of Object.entries(data)) {
    if (key === 'sources') continue;
    for (const record of Object.values(map) as Row[]) for (const [field, value] of Object.entries(record)) if (!NOT_MUTATED.has(field)) walk(field, value);
  }
  return new Map([...pools].map(([path, pool]) => [path, [...pool.values()]]));
}

function shiftDate(value: string, by: 1 | -1): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y + by);
  if (d === undefined) {
    const date = new Date(Date.UTC(y, m - 1 + by, 1));
    return date.toISOString().slice(0, 7);
  }
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
}

/** Every single mutation of every family, for every record of every kind but the sources. */
export function dataMutations(data: Dataset): DataMutation[] {
  const idKinds = kindsOfIds(data);
  const pools = valuesByPath(data);
  const mutations: DataMutation[] = [];

  for (const [kind, map] of Object.entries(data)) {
    if (kind === 'sources') continue;
    for (const record of Object.values(map) as Row[]) {
      const id = String(record.id);
      const push = (family: Family, path: string, value: Json, description: string) =>
        mutations.push({ kind, id, family, path, value, description: `${kind} ${id} ${path}: ${description}` });

      const mutate = (path: string, poolPath: string, value: Json, key: string) => {
        const pool = pools.get(poolPath) ?? [];
        if (value === null) {
          for (const other of pool) if (other !== null) push('set-value', path, other, `null → ${show(other)}`);
          return;
        }
        if (pool.some((v) => v === null)) push('drop-value', path, null, `${show(value)} → null`);
        if (Array.isArray(value)) {
          value.forEach((item, i) => push('drop-item', path, value.filter((_, j) => j !== i), `drop ${show(item)}`));
          const itemKinds = new Set((pools.get(`${poolPath}[]`) ?? []).map((v) => idKinds.get(String(v))).filter((k) => k !== undefined));
          const candidates = itemKinds.size > 0
            ? [...idKinds].filter(([, k]) => itemKinds.has(k)).map(([other]) => other as Json)
            : (pools.get(`${poolPath}[]`) ?? []).filter((v) => typeof v !== 'object');
          const present = new Set(value.map(show));
          for (const other of candidates) if (!present.has(show(other))) push('add-item', path, [...value, other], `add ${show(other)}`);
          return;
        }
        if (typeof value === 'object') {
          for (const [k, v] of Object.entries(value as Row)) mutate(`${path}.${k}`, `${poolPath}.${k}`, v, k);
          return;
        }
        if (typeof value === 'number') {
          push('change-number', path, value + 1, `${value} → ${value + 1}`);
          push('change-number', path, value - 1, `${value} → ${value - 1}`);
          return;
        }
        if (typeof value === 'boolean') {
          push('change-number', path, !value, `${value} → ${!value}`);
          return;
        }
        if (typeof value !== 'string') return;
        if (key === 'comparator') {
          for (const other of COMPARATORS) if (other !== value) push('flip-comparator', path, other, `${value} → ${other}`);
          return;
        }
        if (PARTIAL_DATE.test(value)) {
          for (const by of [-1, 1] as const) push('shift-date', path, shiftDate(value, by), `${value} → ${shiftDate(value, by)}`);
          return;
        }
        const refKind = idKinds.get(value);
        if (refKind !== undefined) {
          for (const [other, k] of idKinds) if (k === refKind && other !== value) push('swap-reference', path, other, `${value} → ${other}`);
          return;
        }
        for (const other of pool) if (typeof other === 'string' && other !== value) push('change-code', path, other, `${value} → ${other}`);
      };

      for (const [field, value] of Object.entries(record)) if (!NOT_MUTATED.has(field)) mutate(field, field, value, field);
    }
  }
  return mutations;
}

/** A copy of `data` with `mutation` applied; only the mutated record is copied. */
export function applyMutation(data: Dataset, mutation: DataMutation): Dataset {
  const map = (data as unknown as Record<string, Record<string, Row>>)[mutation.kind]!;
  const record = structuredClone(map[mutation.id]!) as Row;
  const keys = mutation.path.split('.');
  let target: Row = record;
  for (const k of keys.slice(0, -1)) target = target[k] as Row;
  target[keys.at(-1)!] = mutation.value;
  return { ...data, [mutation.kind]: { ...map, [mutation.id]: record } } as Dataset;
}
