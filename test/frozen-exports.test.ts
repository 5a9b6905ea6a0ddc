import { describe, expect, it } from 'vitest';
import * as catalogEntry from '../src/create-catalog.js';
import * as exportEntry from '../src/export/index.js';
import * as core from '../src/index.js';
import { deepFreeze } from '../src/freeze.js';

/** The path to the first value reachable from `value` that is not frozen, or `null`. */
function firstUnfrozen(value: unknown, path: string, seen = new Set<unknown>()): string | null {
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const key of Reflect.ownKeys(value)) {
    const found = firstUnfrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen);
    if (found) return found;
  }
  return null;
}

const entries = { 'critical-minerals': core, 'critical-minerals/catalog': catalogEntry, 'critical-minerals/export': exportEntry };

describe('every exported value is deep-frozen, so no caller can change a later answer', () => {
  for (const [entry, module] of Object.entries(entries)) {
    const values = Object.entries(module).filter(([, value]) => value !== null && typeof value === 'object');
    if (values.length === 0) continue;
    it.each(values)(`${entry}: %s`, (name, value) => expect(firstUnfrozen(value, name)).toBeNull());
  }

  it('the core exports the data, the catalog and the 18 vocabulary constants', () => {
    expect(Object.values(core).filter((value) => value !== null && typeof value === 'object').length).toBeGreaterThanOrEqual(16 + 18);
  });

  it('the vocabulary cannot be emptied or redirected', () => {
    expect(() => (core.RECORD_KINDS as unknown as string[]).splice(0)).toThrow(TypeError);
    expect(() => ((core.DATASET_KEYS as Record<string, string>)['agreement'] = 'countries')).toThrow(TypeError);
    expect(core.RECORD_KINDS).toContain('agreement');
    expect(core.DATASET_KEYS.agreement).toBe('agreements');
  });
});

describe('deepFreeze', () => {
  it('freezes every object and array reachable through own properties, and returns its argument', () => {
    const value = { a: [1, { b: { c: [] as unknown[] } }], d: 'text', e: null };
    expect(deepFreeze(value)).toBe(value);
    for (const part of [value, value.a, value.a[1], (value.a[1] as { b: object }).b, ((value.a[1] as { b: { c: object } }).b.c)]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });

  it('walks a nesting far deeper than the call stack allows (its own stack, no recursion)', () => {
    let deepest: Record<string, unknown> = {};
    const root = deepest;
    for (let i = 0; i < 200_000; i++) deepest = deepest['next'] = {};
    deepFreeze(root);
    expect(Object.isFrozen(deepest)).toBe(true);
  });

  it('takes an object frozen already as done: what is inside it is not walked', () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze({ outer });
    expect(Object.isFrozen(inner)).toBe(false);
  });

  it('leaves primitives and functions as they are', () => {
    const f = () => 1;
    expect(deepFreeze(f)).toBe(f);
    expect(Object.isFrozen(f)).toBe(false);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});

describe('deepFreeze reads own properties only', () => {
  it('leaves what an object inherits alone', () => {
    const shared = { x: 1 };
    const child = Object.create(Object.assign(Object.create(null) as object, { shared })) as Record<string, unknown>;
    child['own'] = { y: 2 };
    deepFreeze(child);
    expect(Object.isFrozen(child['own'])).toBe(true);
    expect(Object.isFrozen(shared)).toBe(false);
  });
});
