import { describe, expect, it } from 'vitest';
import { dataset, DATASET_KEYS, DatasetError, RECORD_KINDS, type AnyRecord } from '../src/index.js';
import { REFERENCE_FIELDS, referencedIds } from '../src/references.js';
import { markedFields } from '../src/schema/id-fields.js';
import { RecordSchemas } from '../src/schema/index.js';
import { validateDataset } from '../src/validate-dataset.js';

const records: AnyRecord[] = RECORD_KINDS.flatMap((kind) => Object.values(dataset[DATASET_KEYS[kind]]) as AnyRecord[]);
const ids = new Set<string>(records.map((r) => r.id));

/** Every string in `value` with its dotted path; array items share their array's path. */
function strings(value: unknown, path: string[] = []): [path: string, value: string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, path));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

describe('reference fields come from the schema', () => {
  it('every field whose values in the embedded data are all record ids is marked in its kind’s schema', () => {
    const values = new Map<string, string[]>();
    for (const record of records) {
      for (const [path, value] of strings(record)) {
        if (path === 'id') continue;
        const key = `${record.kind}.${path}`;
        values.set(key, [...(values.get(key) ?? []), value]);
      }
    }
    const idFields = [...values].filter(([, list]) => list.every((v) => ids.has(v))).map(([key]) => key);
    expect(idFields.length).toBeGreaterThan(30);
    const unmarked = idFields.filter((key) => {
      const [kind, ...path] = key.split('.') as [keyof typeof RecordSchemas, ...string[]];
      return !markedFields(RecordSchemas[kind]).has(path.join('.'));
    });
    expect(unmarked).toEqual([]);
  });

  it('nested reference fields are found by their dotted path', () => {
    expect(REFERENCE_FIELDS.person).toEqual({ 'office.country': ['country'] });
    expect(REFERENCE_FIELDS.agreement['signedBy']).toEqual(['country', 'person', 'organization']);
    expect(REFERENCE_FIELDS.agreement['agreedBy']).toEqual(['country', 'person', 'organization']);
    expect(REFERENCE_FIELDS.agreement['reportedBy']).toEqual(['person']);
    expect(REFERENCE_FIELDS.figure['about']).toEqual(RECORD_KINDS);
  });

  it('ISO codes that are not references are marked as such, not as references', () => {
    expect(markedFields(RecordSchemas.region).get('m49Members')).toHaveProperty('notReference');
    expect(markedFields(RecordSchemas.country).get('alpha2')).toHaveProperty('notReference');
    expect(REFERENCE_FIELDS.region).toEqual({});
  });

  const cases = RECORD_KINDS.flatMap((kind) => Object.entries(REFERENCE_FIELDS[kind]).map(([path, kinds]) => [kind, path, kinds] as const));
  it.each(cases)('validateDataset rejects a %s whose %s names a missing record', (kind, path, kinds) => {
    const original = Object.values(dataset[DATASET_KEYS[kind]])[0] as AnyRecord;
    const missing = kinds.length === 1 && kinds[0] === 'country' ? 'XX' : 'no-such-record';
    const broken = structuredClone(original) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let holder = broken;
    for (const key of keys.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    const last = keys.at(-1)!;
    holder[last] = Array.isArray(holder[last]) ? [missing] : missing;
    const others = records.filter((r) => r.id !== original.id);
    let issues: unknown[] = [];
    try {
      validateDataset([...others, broken]);
    } catch (error) {
      issues = error instanceof DatasetError ? error.issues.map((i) => ({ record: i.record, path: i.path })) : [String(error)];
    }
    expect(issues).toContainEqual({ record: original.id, path });
  });
});

describe('referencedIds: the ids a reference field holds', () => {
  it('one for a string, each string of a list, none for anything else, down a dotted path or its keys', () => {
    expect(referencedIds({ a: { b: 'x' } }, 'a.b')).toEqual(['x']);
    expect(referencedIds({ a: { b: 'x' } }, ['a', 'b'])).toEqual(['x']);
    expect(referencedIds({ a: ['x', 1, null, { id: 'z' }, 'y'] }, 'a')).toEqual(['x', 'y']);
    expect(referencedIds({ a: 3 }, 'a')).toEqual([]);
    expect(referencedIds({ a: null }, 'a')).toEqual([]);
    expect(referencedIds({ a: null }, 'a.b')).toEqual([]);
    expect(referencedIds({ a: 'x' }, 'a.b')).toEqual([]);
    expect(referencedIds({ a: { b: { c: 'x' } } }, 'a.b')).toEqual([]);
    expect(referencedIds({}, 'a.b')).toEqual([]);
  });
});
