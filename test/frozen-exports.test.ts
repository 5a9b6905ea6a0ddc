import { describe, expect, it } from 'vitest';
import * as catalogEntry from '../src/create-catalog.js';
import * as exportEntry from '../src/export/index.js';
import * as core from '../src/index.js';

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
