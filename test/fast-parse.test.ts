import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/index.js';
import { createCatalog } from '../src/create-catalog.js';
import { ProvenanceRefSchema, RecordSchemas } from '../src/schema/index.js';
import { compileFastParse, NOT_SURE } from '../src/schema/fast-parse.js';
import type { AnyIds, AnyRecord } from '../src/types.js';
import type { RecordKind } from '../src/vocabulary.js';
import { syntheticRecords } from './fixtures/synthetic.js';

type Walks = Record<RecordKind, (v: unknown) => unknown>;
const compileAll = (generate: boolean) => Object.fromEntries(Object.entries(RecordSchemas).map(([kind, schema]) => [kind, compileFastParse(schema, generate)])) as Walks;
const embedded = Object.values(dataset).flatMap((map) => Object.values(map)) as AnyRecord<AnyIds>[];
const synthetic = syntheticRecords({ agreements: 40 }).records as AnyRecord<AnyIds>[];
/** A plain, unfrozen copy, as a caller's JSON would be. */
const plain = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const records = plain([...embedded, ...synthetic]);

function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** What zod makes of `value` as a record of `kind`: its data (as JSON, keys in order), or null if invalid. */
function byZod(kind: RecordKind, value: unknown): string | null {
  const result = RecordSchemas[kind].safeParse(value);
  return result.success ? JSON.stringify(result.data) : null;
}

describe.each([
  ['generated code', true],
  ['a loop over the fields (where code cannot be generated)', false],
])('the fast walk through a record schema, objects walked by %s', (_, generate) => {
  const fast = compileAll(generate);
  it('accepts every valid record (embedded and synthetic) with zod’s output: same keys, same order, same values', () => {
    for (const record of records) {
      const out = fast[record.kind](record);
      expect(out, record.id).not.toBe(NOT_SURE);
      expect(JSON.stringify(out)).toBe(byZod(record.kind, record));
    }
  });
  it('returns a deep-frozen copy, sharing no object with its input', () => {
    const record = records.find((r) => r.kind === 'agreement')!;
    const out = fast.agreement(record) as Record<string, unknown>;
    expect(deeplyFrozen(out)).toBe(true);
    expect(out).not.toBe(record);
    expect(out['evidence']).not.toBe(record.evidence);
    expect(out['provenance']).not.toBe(record.provenance);
    expect(Object.isFrozen(record)).toBe(false);
  });
  it('shares the frozen empty list and the one-item lists of small whole numbers between copies', () => {
    const [a, b] = records.filter((r) => r.kind === 'event').map((r) => fast.event(r) as Record<string, unknown>);
    expect(a!['after']).toEqual([]);
    expect(a!['after']).toBe(b!['before']);
    const entry = (out: Record<string, unknown>) => (out['provenance'] as Record<string, { evidence: readonly number[] }>)['name']!.evidence;
    const first = records.filter((r) => r.kind === 'agreement').map((r) => fast.agreement(r) as Record<string, unknown>);
    const zeros = first.map(entry).filter((e) => e.length === 1 && e[0] === 0);
    expect(zeros.length).toBeGreaterThan(1);
    expect(new Set(zeros).size).toBe(1);
    expect(Object.isFrozen(zeros[0])).toBe(true);
    // Not for other items, nor for -0 (which zod keeps, and which is not the same value as 0).
    const positions = compileFastParse(ProvenanceRefSchema.shape.evidence, generate);
    expect(positions([3])).toBe(positions([3]));
    expect(Object.is((positions([-0]) as number[])[0], -0)).toBe(true);
    expect(positions([32])).not.toBe(positions([32]));
    const parties = compileFastParse(RecordSchemas.agreement.shape.parties, generate);
    expect(parties(['KZ'])).toEqual(['KZ']);
    expect(parties(['KZ'])).not.toBe(parties(['KZ']));
  });
  it('is never surer than zod: whatever it accepts, zod accepts with the same output (random damage to valid records)', () => {
    const damage = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constantFrom('', 'x', 'KZ', 'kz', 'Not Kebab', '2024-02-30', '2024-06-12', 'day', 'mou', '__proto__', 'https://example.org/'),
      fc.integer({ min: -3, max: 5000 }),
      fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, -0),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.array(fc.constantFrom('KZ', 'x', 'mineral-1', 1)),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(), damage, fc.boolean()), { minLength: 1, maxLength: 3 }), (at, hits) => {
        const record = plain(records[at]!) as unknown as Record<string, unknown>;
        for (const [i, j, value, deeper] of hits) {
          const keys = Object.keys(record);
          const key = keys[i % keys.length]!;
          const inner = record[key];
          // Damage a field, or something inside it (a list's item, an object's field, a new key).
          if (deeper && inner !== null && typeof inner === 'object') {
            const innerKeys = Object.keys(inner);
            const innerKey = innerKeys.length > 0 && j % 4 !== 0 ? innerKeys[j % innerKeys.length]! : 'extra';
            (inner as Record<string, unknown>)[innerKey] = value;
          } else if (j % 5 === 0) {
            delete record[key];
          } else {
            record[j % 7 === 0 ? 'extra' : key] = value;
          }
        }
        const kind = records[at]!.kind;
        const out = fast[kind](record);
        if (out === NOT_SURE) return true;
        accepted++;
        return JSON.stringify(out) === byZod(kind, record);
      }),
      { numRuns: 3000 },
    );
    // Some damage leaves a record valid (a new name, a null note): the law was tested on accepted records too.
    expect(accepted).toBeGreaterThan(0);
  });
  it('leaves to zod what it cannot be sure of: another prototype, symbol or __proto__ keys, a sparse list', () => {
    const record = plain(records.find((r) => r.kind === 'topic')!) as unknown as Record<string, unknown>;
    expect(fast.topic(record)).not.toBe(NOT_SURE);
    expect(fast.topic(Object.assign(Object.create({ inherited: 1 }), record))).toBe(NOT_SURE);
    expect(fast.topic({ ...record, provenance: { ...(record['provenance'] as object), [Symbol('s')]: 1 } })).toBe(NOT_SURE);
    expect(fast.topic({ ...record, provenance: JSON.parse('{"__proto__": {"basis": "inferred", "evidence": [], "note": "x"}}') })).toBe(NOT_SURE);
    const sparse = [...(record['evidence'] as unknown[])];
    sparse.length += 1;
    expect(fast.topic({ ...record, evidence: sparse })).toBe(NOT_SURE);
  });
  it('reads a getter once, so the copy holds the value that was checked', () => {
    const record = plain(records.find((r) => r.kind === 'topic')!) as unknown as Record<string, unknown>;
    let reads = 0;
    const name = record['name'];
    Object.defineProperty(record, 'name', { enumerable: true, get: () => (reads++ === 0 ? name : 42) });
    const out = fast.topic(record) as Record<string, unknown>;
    expect(out['name']).toBe(name);
    expect(Object.getOwnPropertyDescriptor(out, 'name')).toMatchObject({ value: name, writable: false });
  });
});

describe('createCatalog holds copies: changing its input afterwards changes no answer', () => {
  it('a record’s fields, evidence and provenance stay as validated', () => {
    const input = plain(synthetic);
    const mine = createCatalog({ records: input });
    const agreement = input.find((r) => r.kind === 'agreement')! as unknown as {
      id: string;
      name: string;
      parties: string[];
      evidence: { quote: string }[];
      provenance: Record<string, { note?: string }>;
    };
    const before = JSON.stringify(mine.get(agreement.id));
    const partners = JSON.stringify(mine.partnersOf(agreement.parties[0] as never));
    agreement.name = 'changed';
    agreement.parties.push('ZZ');
    agreement.evidence[0]!.quote = 'changed';
    agreement.provenance['name']!.note = 'changed';
    expect(JSON.stringify(mine.get(agreement.id))).toBe(before);
    expect(JSON.stringify(mine.partnersOf(agreement.parties[0] as never))).toBe(partners);
  });
});
