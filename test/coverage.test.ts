import { describe, expect, it } from 'vitest';
import { coverage, dataset, sources } from '../src/index.js';
import { KIND_REGISTRY } from '../src/kinds.js';

describe('coverage, the notice of what the data covers', () => {
  it('counts the records of every kind as the dataset holds them, and their total', () => {
    for (const { kind, key } of KIND_REGISTRY) expect([kind, coverage.records[kind]]).toEqual([kind, Object.keys(dataset[key]).length]);
    expect(coverage.total).toBe(Object.values(dataset).reduce((sum, map) => sum + Object.keys(map).length, 0));
    expect(coverage.records.agreement).toBe(7);
  });

  it('lists every source with its rights and whether it is an excerpt, without its text', () => {
    expect(coverage.sources.map((s) => s.id)).toEqual(Object.keys(sources).sort());
    for (const source of coverage.sources) {
      expect(source.rights).toBe(sources[source.id].rights);
      expect(source.excerpt).toBe(sources[source.id].excerpt);
      expect(source).not.toHaveProperty('text');
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(coverage.sources[0])).toBe(true);
    expect(Object.isFrozen(coverage.records)).toBe(true);
  });
});
