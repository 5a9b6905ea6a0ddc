/**
 * The fast walk (src/schema/fast-parse.ts) against zod, schema construct by construct: on every value it either
 * answers NOT_SURE or gives zod's own output (same keys, same order, same values), deep-frozen; it answers the
 * same on every call; it gives the valid values of the constructs it was written for (and those it hands to zod)
 * without being unsure of them; and it is unsure where its module TSDoc says it gives up.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileFastParse, NOT_SURE } from '../src/schema/fast-parse.js';

interface Case {
  readonly name: string;
  readonly schema: z.ZodType;
  /** Values zod accepts and the walk answers, with zod's output. */
  readonly valid: readonly unknown[];
  /** Values zod rejects. */
  readonly invalid: readonly unknown[];
  /** Values zod accepts that the walk gives up on, as its TSDoc says (a refinement that does not return `true`). */
  readonly unsure?: readonly unknown[];
  /** Values zod accepts that the walk may leave to zod: any copy it gives is zod's output. */
  readonly either?: readonly unknown[];
}

const sym = Symbol('field');
const withSymbolField = z.object({ a: z.string(), [sym]: z.string() } as unknown as { a: z.ZodString }).strict();
/** A shape with an own field named `__proto__` (which an object literal cannot write). */
const fieldNamedProto = (schema: z.ZodType): Record<string, z.ZodType> => Object.defineProperty({}, '__proto__', { value: schema, enumerable: true });
const nullPrototype = (fields: Record<string, unknown>): object => Object.assign(Object.create(null) as object, fields);

const CASES: readonly Case[] = [
  { name: 'a string', schema: z.string(), valid: ['', 'a'], invalid: [1, null, undefined, true, {}, ['a']] },
  { name: 'a pattern', schema: z.string().regex(/^[a-z]+$/), valid: ['abc'], invalid: ['ABC', '', 5, null] },
  { name: 'a global pattern', schema: z.string().regex(/a/g), valid: ['a', 'a', 'ba', 'a'], invalid: ['b', 'b'] },
  { name: 'a sticky pattern', schema: z.string().regex(/a/y), valid: ['a', 'a', 'ab', 'a'], invalid: ['ba', 'b'] },
  { name: 'an ISO date', schema: z.iso.date(), valid: ['2024-02-29', '2024-06-12'], invalid: ['2023-02-29', '2024-13-01', 'x', 20240612] },
  {
    name: 'an ISO date with a global pattern of its own',
    schema: z.iso.date({ pattern: /^\d{4}-\d\d-\d\d$/g } as never),
    valid: ['2024-06-12', '2024-06-12', '2024-06-12'],
    invalid: ['2024-6-12'],
  },
  {
    name: 'an ISO date with a sticky pattern of its own',
    schema: z.iso.date({ pattern: /\d{4}-\d\d-\d\d$/y } as never),
    valid: ['2024-06-12', '2024-06-12', '2024-06-12'],
    invalid: ['x2024-06-12'],
  },
  { name: 'base64 (a format whose check is more than its pattern)', schema: z.base64(), valid: ['YWJj', ''], invalid: ['abc', 'a', '*'] },
  { name: 'a URL', schema: z.url(), valid: ['https://example.org/'], invalid: ['not a url', ''] },
  { name: 'an email', schema: z.email(), valid: ['a@example.org'], invalid: ['a@', 'example.org'] },
  { name: 'a minimum length', schema: z.string().min(2), valid: ['ab', 'abc'], invalid: ['a', ''] },
  { name: 'a maximum length', schema: z.string().max(2), valid: ['', 'ab'], invalid: ['abc'] },
  { name: 'an exact length', schema: z.string().length(2), valid: ['ab'], invalid: ['a', 'abc'] },
  { name: 'a substring', schema: z.string().includes('x'), valid: ['axb'], invalid: ['ab'] },
  { name: 'a rewriting check that leaves the value as it is', schema: z.string().trim(), valid: ['a b', ''], invalid: [1], either: [' a ', 'a\n'] },
  { name: 'a lower-casing check', schema: z.string().toLowerCase(), valid: ['ab'], invalid: [null], either: ['AB'] },
  { name: 'a number', schema: z.number(), valid: [0, -0, 1.5, -3], invalid: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1', true, null, undefined, {}] },
  { name: 'a whole number', schema: z.int(), valid: [0, -3, 3, Number.MAX_SAFE_INTEGER], invalid: [0.5, 2 ** 53, Number.NaN, '1'] },
  { name: 'a 32-bit whole number', schema: z.int32(), valid: [5, -(2 ** 31), 2 ** 31 - 1], invalid: [2 ** 31, 2 ** 40, 0.5] },
  { name: 'a 32-bit float', schema: z.float32(), valid: [0.5, 5, -1e38], invalid: [1e39, -1e39] },
  { name: 'greater than', schema: z.number().gt(2), valid: [2.5, 3], invalid: [2, 1, -5] },
  { name: 'at least', schema: z.number().gte(2), valid: [2, 3], invalid: [1.5, -2] },
  { name: 'less than', schema: z.number().lt(5), valid: [4, 4.5, -5], invalid: [5, 6] },
  { name: 'at most', schema: z.number().lte(5), valid: [5, 4, -6], invalid: [5.5, 6] },
  { name: 'a whole number in a range', schema: z.int().min(1).max(118), valid: [1, 3, 118], invalid: [0, 119, -3, 2.5] },
  { name: 'a multiple', schema: z.number().multipleOf(2), valid: [4, 0], invalid: [3] },
  { name: 'a refinement', schema: z.string().refine((v) => v !== 'x'), valid: ['y'], invalid: ['x', 1] },
  { name: 'a refinement that answers a truthy non-boolean', schema: z.string().refine((v) => (v.length as unknown as boolean)), valid: [], invalid: [''], unsure: ['ab'] },
  {
    name: 'a refinement with a condition of its own (zod skips it where the condition says no)',
    schema: z
      .object({ a: z.string().optional() })
      .strict()
      .refine((o) => o.a!.length > 0, { when: (payload) => (payload.value as { a?: unknown }).a !== undefined }),
    valid: [{}, { a: 'x' }],
    invalid: [{ a: '' }, { a: 1 }],
  },
  {
    // The walk runs a refinement only on a value with no issue so far, so the condition must see none.
    name: 'a refinement whose condition reads the issues so far',
    schema: z.string().refine((v) => v.startsWith('a'), { when: (payload) => payload.issues.length === 0 }),
    valid: ['a', 'ab'],
    invalid: ['b', '', 1],
  },
  { name: 'anything of a minimum length (zod skips the check on a value without one)', schema: z.unknown().check(z.minLength(1)), valid: [null, 5, 'a', [1]], invalid: ['', []] },
  { name: 'a string of a minimum size (zod skips the check: a string has none)', schema: z.string().check(z.minSize(1) as never), valid: ['ab', ''], invalid: [1] },
  {
    name: 'an object of a minimum size',
    schema: z.object({ size: z.number(), length: z.number() }).check(z.minSize(1)),
    valid: [{ size: 2, length: 0 }],
    invalid: [{ size: 0, length: 5 }],
  },
  { name: 'a coerced number', schema: z.coerce.number(), valid: ['5', 5, ''], invalid: ['x'] },
  { name: 'a coerced string', schema: z.coerce.string(), valid: [5, 'a', null], invalid: [] },
  { name: 'a boolean', schema: z.boolean(), valid: [true, false], invalid: ['true', 0, 1, null] },
  { name: 'a literal', schema: z.literal('gte'), valid: ['gte'], invalid: ['gt', 1, null] },
  { name: 'a vocabulary', schema: z.enum(['a', 'b']), valid: ['a', 'b'], invalid: ['c', '', 1] },
  { name: 'anything (unknown)', schema: z.unknown(), valid: [null, 1, 'x', { a: [1, { b: 2 }] }, []], invalid: [], either: [undefined] },
  { name: 'anything (any)', schema: z.any(), valid: [null, { a: 1 }], invalid: [] },
  { name: 'a nullable string', schema: z.string().min(1).nullable(), valid: [null, 'a'], invalid: ['', undefined, 5] },
  { name: 'a list', schema: z.array(z.int()), valid: [[], [3], [0], [40], [-1], [1, 2, 3]], invalid: [[0.5], [1, 'x'], 'x', { length: 0 }, null] },
  { name: 'a non-empty list', schema: z.array(z.string()).min(1), valid: [['a'], ['a', 'b']], invalid: [[], [1]] },
  { name: 'a list of unknown', schema: z.array(z.unknown()), valid: [[1, null]], invalid: [null], either: [[undefined]] },
  {
    name: 'a strict object',
    schema: z.object({ a: z.string(), b: z.string().optional(), c: z.int().nullable() }).strict(),
    valid: [{ a: 'x', c: null }, { a: 'x', b: 'y', c: 1 }, { c: 2, b: 'y', a: 'x' }, nullPrototype({ a: 'x', c: 1 })],
    invalid: [{ a: 'x', c: 1, d: 1 }, { b: 'y', c: 1 }, { a: 1, c: 1 }, { a: 'x' }, { a: 'x', b: 1, c: 1 }, null, [], 'x'],
    either: [{ a: 'x', b: undefined, c: 1 }],
  },
  {
    name: 'a stripping object',
    schema: z.object({ a: z.string(), b: z.array(z.string()).optional() }),
    valid: [{ a: 'x' }, { a: 'x', extra: 1 }, { extra: [], b: [], a: 'x' }, nullPrototype({ a: 'x', z: 1 })],
    invalid: [{ b: [] }, { a: 1 }, { a: 'x', b: 'y' }],
  },
  { name: 'an object passing unknown keys through', schema: z.object({ a: z.string() }).passthrough(), valid: [{ a: 'x', e: 1 }, { a: 'x' }], invalid: [{ e: 1 }] },
  { name: 'an object with a catchall', schema: z.object({ a: z.string() }).catchall(z.int()), valid: [{ a: 'x', e: 1 }], invalid: [{ a: 'x', e: 'y' }] },
  {
    name: 'an object with a field named __proto__',
    schema: z.object({ ...fieldNamedProto(z.object({ x: z.string() })), a: z.string() }),
    valid: [JSON.parse('{"__proto__": {"x": "y"}, "a": "b"}')],
    invalid: [{ a: 1 }],
  },
  { name: 'an object with a symbol-keyed field', schema: withSymbolField, valid: [], invalid: [{ a: 'x' }] },
  {
    name: 'an object with a refinement',
    schema: z.object({ start: z.int(), end: z.int() }).strict().refine((o) => o.start <= o.end),
    valid: [{ start: 1, end: 2 }],
    invalid: [{ start: 3, end: 2 }],
  },
  {
    name: 'a record of string keys',
    schema: z.record(z.string(), z.array(z.int())),
    valid: [{}, { b: [1], a: [] }, { '': [0] }, nullPrototype({ k: [2] })],
    invalid: [{ a: 'x' }, { a: [0.5] }, [], null, new Date(0), new (class Entry {
      a = [1];
    })()],
    either: [{ constructor: [1] }, { a: [1], b: [2], c: [3] }],
  },
  { name: 'a record whose keys have a pattern', schema: z.record(z.string().regex(/^[a-z]+$/), z.int()), valid: [{ ab: 1 }], invalid: [{ A: 1 }, { '': 1 }] },
  { name: 'a record whose keys are a vocabulary', schema: z.record(z.enum(['a', 'b']), z.int()), valid: [{ a: 1, b: 2 }], invalid: [{ a: 1 }, { a: 1, b: 2, c: 3 }] },
  { name: 'a record whose keys are numbers', schema: z.record(z.number(), z.string()), valid: [{ 1: 'a' }], invalid: [{ x: 'a' }] },
  { name: 'a record whose keys are coerced', schema: z.record(z.coerce.string().min(2), z.int()), valid: [{ ab: 1 }], invalid: [{ a: 1 }] },
  { name: 'a union of patterns', schema: z.union([z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[a-z]+$/)]), valid: ['KZ', 'astana'], invalid: ['Kz', '', 1] },
  { name: 'a union of a list and a string', schema: z.union([z.array(z.int()), z.string()]), valid: [[], [1, 2]], invalid: [null, [0.5]] },
  {
    // Zod takes the first option that accepts: where the walk is unsure of an earlier option, a later one's copy
    // may not be zod's output.
    name: 'a union of objects whose outputs differ',
    schema: z.union([z.object({ a: z.string().refine((v) => (v.length as unknown as boolean)) }).strict(), z.object({})]),
    valid: [],
    invalid: [null],
    either: [{ a: 'x' }, {}],
  },
  { name: 'a union of rewritten strings', schema: z.union([z.string().trim(), z.string()]), valid: ['x'], invalid: [1], either: [' x ', '  '] },
  {
    name: 'a union of nullable strings and vocabularies',
    schema: z.union([z.string().regex(/^[A-Z]+$/).nullable(), z.enum(['a']), z.literal('b'), z.string().min(3)]),
    valid: [null, 'AB', 'a', 'b', 'abc'],
    invalid: ['c', 1],
  },
  // Options whose checks the walk runs itself reject exactly what zod rejects: a later option then stands.
  { name: 'a union after ISO dates', schema: z.union([z.iso.date().nullable(), z.literal('open')]), valid: ['2024-06-12', null, 'open'], invalid: ['2024-02-30', 'shut'] },
  { name: 'a union after a minimum length', schema: z.union([z.string().min(2), z.literal('x')]), valid: ['ab', 'x'], invalid: ['y', ''] },
  { name: 'a union after whole numbers between bounds', schema: z.union([z.int().gt(0).lt(10), z.literal('none')]), valid: [1, 9, 'none'], invalid: [0, 10, 0.5, 'some'] },
  { name: 'a union after whole numbers within bounds', schema: z.union([z.int().gte(0).lte(9), z.literal('none')]), valid: [0, 9, 'none'], invalid: [-1, 10, 'some'] },
  {
    // zod's own parse of the coerced option rejects exactly what zod rejects, refinement and all: the walk goes on to
    // the next option, sure of its answer.
    name: 'a union after a coerced number with a refinement',
    schema: z.union([z.coerce.number().refine((n) => n > 0), z.string()]),
    valid: ['5', 5, '-1', 'x'],
    invalid: [-1, null],
  },
  {
    // A vocabulary that is not all strings: the walk is unsure of its numbers, and must not hand them to a later
    // option, whose output differs from zod's.
    name: 'a union after a vocabulary of a string and a number',
    schema: z.union([z.literal(['a', 1]), z.number().transform((n) => n * 2)]),
    valid: ['a'],
    invalid: ['b', true],
    either: [1, 2],
  },
  { name: 'a union after a boolean', schema: z.union([z.boolean(), z.literal('maybe')]), valid: [true, 'maybe'], invalid: ['yes'] },
  { name: 'a union after a coerced number (zod parses it)', schema: z.union([z.coerce.number(), z.literal('x')]), valid: ['5', 'x'], invalid: [] },
  // A literal number's walk is unsure of the number: the coerced string after it must not give '5' for 5.
  { name: 'a union after a literal number', schema: z.union([z.literal(5), z.coerce.string()]), valid: [], invalid: [], either: [5, 'a'] },
  {
    name: 'a discriminated union',
    schema: z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), x: z.int() }).strict(), z.object({ kind: z.literal('b'), y: z.string() }).strict()]),
    valid: [{ kind: 'a', x: 1 }, { kind: 'b', y: 'z' }],
    invalid: [{ kind: 'c' }, { kind: 'b', x: 1 }],
  },
  { name: 'a big integer (zod parses it)', schema: z.bigint().gt(1n), valid: [2n], invalid: [1n, 2] },
  { name: 'a transform (zod parses it)', schema: z.string().transform((s) => s.length), valid: ['abc'], invalid: [1] },
  { name: 'a default (zod parses it)', schema: z.object({ a: z.string().default('d') }), valid: [{ a: 'x' }], invalid: [{ a: 1 }], either: [{}] },
];

/** A value for a failure message. */
function label(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}

function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Reflect.ownKeys(value).every((key) => deeplyFrozen((value as Record<PropertyKey, unknown>)[key]));
}

/** Key order and values, -0 and undefined-valued keys included. */
function shapeOf(value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (Object.is(value, -0)) return '-0';
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(shapeOf);
  const prototype = Object.getPrototypeOf(value) === Object.prototype ? 'Object.prototype' : shapeOf(Object.getPrototypeOf(value));
  return [prototype, Object.keys(value).map((key) => [key, shapeOf((value as Record<string, unknown>)[key])])];
}

describe.each([
  ['generated code', true],
  ['a loop over the fields', false],
])('the fast walk against zod, construct by construct (objects walked by %s)', (_, generate) => {
  describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, { schema, valid, invalid, unsure = [], either = [] }) => {
    const fast = compileFastParse(schema, generate);
    it('gives each valid value zod’s output, deep-frozen, the same on every call', () => {
      for (const value of valid) {
        const expected = schema.parse(value);
        for (let call = 0; call < 3; call++) {
          const out = fast(value);
          expect(out, `${label(value)}, call ${call}`).not.toBe(NOT_SURE);
          expect(shapeOf(out)).toEqual(shapeOf(expected));
          expect(deeplyFrozen(out)).toBe(true);
        }
      }
    });
    it('is unsure of every value zod rejects, on every call', () => {
      for (const value of invalid) {
        expect(schema.safeParse(value).success).toBe(false);
        for (let call = 0; call < 3; call++) expect(fast(value), `${label(value)}, call ${call}`).toBe(NOT_SURE);
      }
    });
    it('leaves to zod the valid values it gives up on', () => {
      for (const value of unsure) {
        expect(schema.safeParse(value).success).toBe(true);
        expect(fast(value)).toBe(NOT_SURE);
      }
    });
    it('gives no copy but zod’s output of the valid values it may leave to zod', () => {
      for (const value of either) {
        const expected = schema.parse(value);
        const out = fast(value);
        if (out !== NOT_SURE) expect(shapeOf(out), label(value)).toEqual(shapeOf(expected));
      }
    });
  });

  it('shares the frozen empty list and the lists of one small whole number, wherever they stand', () => {
    const list = z.array(z.int());
    const places: readonly [string, z.ZodType, (list: unknown) => unknown, (out: unknown) => unknown][] = [
      ['a list', list, (l) => l, (o) => o],
      ['a nullable list', list.nullable(), (l) => l, (o) => o],
      ['a union', z.union([list, z.string()]), (l) => l, (o) => o],
      ['an object', z.object({ l: list }).strict(), (l) => ({ l }), (o) => (o as { l: unknown }).l],
      ['a stripping object', z.object({ l: list }), (l) => ({ l, x: 1 }), (o) => (o as { l: unknown }).l],
      ['a record', z.record(z.string(), list), (l) => ({ k: l }), (o) => (o as { k: unknown }).k],
      ['a list of lists', z.array(list), (l) => [l, l], (o) => (o as unknown[])[1]],
    ];
    for (const [where, schema, wrap, unwrap] of places) {
      const fast = compileFastParse(schema, generate);
      for (const items of [[], [0], [3], [31]]) {
        const a = unwrap(fast(wrap([...items])));
        expect(a, where).toEqual(items);
        expect(unwrap(fast(wrap([...items]))), `${where}: ${JSON.stringify(items)}`).toBe(a);
      }
      for (const items of [[32], [-1], [0.5], [1, 2]].filter((i) => i.every(Number.isInteger))) {
        const a = unwrap(fast(wrap([...items])));
        expect(a, where).toEqual(items);
        expect(unwrap(fast(wrap([...items]))), `${where}: ${JSON.stringify(items)}`).not.toBe(a);
      }
    }
  });

  it('copies an object field by field into a new frozen object of the shape’s keys in shape order', () => {
    const schema = z.object({ b: z.string(), a: z.array(z.string()), c: z.string().optional() }).strict();
    const fast = compileFastParse(schema, generate);
    const input = { a: ['x', 'y'], b: 'z' };
    const out = fast(input) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['b', 'a']);
    expect(out).not.toBe(input);
    expect(out['a']).not.toBe(input.a);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});
