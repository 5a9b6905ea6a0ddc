import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cm from '../src/index.js';
import { DatasetError, UnknownIdError } from '../src/index.js';
import { validateDataset } from '../src/validate-dataset.js';
import { createSuggester, describeCandidates, nearest, SEARCH_BUDGET, type Candidate, type WorkCounter } from '../src/suggest.js';
import { thrown } from './helpers.js';

/** The plain definition: every name of every candidate, a full edit-distance table each. */
function osa(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function bruteForce(input: string, candidates: readonly Candidate[], limit = 3): string[] {
  const needle = input.trim().toLowerCase();
  if (needle === '') return [];
  const scored: { value: string; score: number }[] = [];
  for (const candidate of candidates) {
    let score = Infinity;
    for (const name of candidate.names) {
      const lower = name.toLowerCase();
      const words = lower.split(/[\s-]+/).filter((w) => w.length > 3);
      const distance = Math.min(
        lower.startsWith(needle) || needle.startsWith(lower) ? Math.abs(lower.length - needle.length) / 10 : osa(needle, lower),
        ...words.map((word) => osa(needle, word) + 1),
      );
      if (distance <= Math.max(1, Math.floor(Math.max(Math.min(lower.length, needle.length), 2) / 3))) score = Math.min(score, distance);
    }
    if (score < Infinity) scored.push({ value: candidate.value, score });
  }
  const exact = scored.filter((s) => s.score === 0);
  const best = Math.min(...scored.map((s) => s.score));
  const ranked = exact.length > 0 ? exact : scored.filter((s) => s.score <= Math.ceil(best));
  ranked.sort((x, y) => x.score - y.score || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  return ranked.slice(0, limit).map((s) => s.value);
}

/** Short strings over a small alphabet, so near misses, prefixes, shared words and ties are common. */
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'K', 'z', '-', ' '), minLength: 1, maxLength: 12 });
const candidates = fc.uniqueArray(
  fc.record({ value: fc.string({ unit: fc.constantFrom('A', 'B', 'C', 'D'), minLength: 1, maxLength: 4 }), names: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  { minLength: 0, maxLength: 40, selector: (c) => c.value },
).map((list) => list.map((c): Candidate => ({ value: c.value, label: c.value, names: c.names })));

describe('suggestions are the nearest by the plain definition, at a bounded cost', () => {
  it('the indexed search suggests what a brute-force search over every candidate suggests', () => {
    fc.assert(
      fc.property(candidates, text, fc.integer({ min: 1, max: 4 }), (list, input, limit) => {
        const values = (found: readonly Candidate[]) => found.map((c) => c.value);
        expect(values(createSuggester(() => list).nearest(input, limit))).toEqual(bruteForce(input, list, limit));
        expect(values(nearest(input, list, limit))).toEqual(bruteForce(input, list, limit));
      }),
      { numRuns: 1000 },
    );
  });

  it('one suggester asked many inputs in turn (its table reused, each of another length) answers each as brute force does', () => {
    fc.assert(
      fc.property(candidates, fc.array(text, { minLength: 2, maxLength: 8 }), (list, inputs) => {
        const suggester = createSuggester(() => list);
        for (const input of inputs) expect(suggester.nearest(input, 3).map((c) => c.value)).toEqual(bruteForce(input, list, 3));
      }),
      { numRuns: 300 },
    );
  });

  it('offers only names as near as the best in whole edits: a prefix ranks with one edit off, two edits off do not come along', () => {
    const list: Candidate[] = ['lithium', 'lithiums', 'lithuania', 'cobalt', 'cobalts', 'coba'].map((name) => ({ value: name, label: name, names: [name] }));
    const values = (input: string) => nearest(input, list, 3).map((c) => c.value);
    // "lithum": lithium is one edit off (an insertion), lithiums two: only lithium.
    expect(values('lithum')).toEqual(['lithium']);
    // "cobal": cobalt is a prefix match (a tenth), coba one the input starts with (a tenth), cobalts two tenths: all
    // within one whole edit, nearest first.
    expect(values('cobal')).toEqual(['coba', 'cobalt', 'cobalts']);
    // "lithiu": lithium a prefix (0.1), lithiums (0.2); lithuania is two edits off: left out.
    expect(values('lithiu')).toEqual(['lithium', 'lithiums']);
  });

  it('lists two suggestions with "or", three with commas and a final ", or", whatever commas the labels hold', () => {
    const korea = { value: 'KR', label: 'Korea, Republic of', names: ['Korea'] };
    const kz = { value: 'KZ', label: 'Kazakhstan', names: ['Kazakhstan'] };
    const same = { value: 'x', label: 'x', names: ['x'] };
    expect(describeCandidates([kz])).toBe('"KZ" (Kazakhstan)');
    expect(describeCandidates([korea, kz])).toBe('"KR" (Korea, Republic of) or "KZ" (Kazakhstan)');
    expect(describeCandidates([kz, same, korea])).toBe('"KZ" (Kazakhstan), "x", or "KR" (Korea, Republic of)');
  });

  const many: Candidate[] = Array.from({ length: 100_000 }, (_, i) => {
    const id = `agreement-${String(i).padStart(6, '0')}`;
    return { value: id, label: `Synthetic agreement ${i}`, names: [id, `Synthetic agreement ${i}`] };
  });
  const suggester = createSuggester(() => many);

  it('a typo among 100,000 candidates is found with a small fraction of a full search’s work', () => {
    const counter: WorkCounter = { cells: 0 };
    const found = suggester.nearest('agreemnet-012345', 3, counter);
    expect(found[0]?.value).toBe('agreement-012345');
    // A full search computes a 17 × 17 table per name: about 58 million cells for 200,000 names.
    expect(counter.cells).toBeGreaterThan(0);
    expect(counter.cells).toBeLessThan(SEARCH_BUDGET / 10);
  });

  it('no search among 100,000 candidates goes past the budget, however far the input is from every name', () => {
    for (const input of ['zzzzzzzzzzzzzzzz', 'a-0-1-2-3-4-5-6-7', 'agreement', '000000000000', 'synthetic agr 12']) {
      const counter: WorkCounter = { cells: 0 };
      suggester.nearest(input, 3, counter);
      expect(counter.cells).toBeLessThanOrEqual(SEARCH_BUDGET + 64);
    }
  });

  it('an input of 1,000,000 characters computes no table at all', () => {
    const counter: WorkCounter = { cells: 0 };
    expect(suggester.nearest('agreement-'.repeat(100_000), 3, counter)).toEqual([]);
    expect(counter.cells).toBe(0);
  });
});

describe('hostile input gets a short, printable message', () => {
  const long = 'K'.repeat(1_000_000);

  it.each([
    ['get', () => cm.get(long as never)],
    ['mineralsOf', () => cm.mineralsOf(long as never)],
    ['evidenceOf', () => cm.evidenceOf(long as never)],
    ['agreementsOn', () => cm.agreementsOn(long as never)],
    ['resolveCountry', () => cm.resolveCountry(long)],
  ])('%s with a 1,000,000-character id fails with a message that shows 80 characters and the length', (_name, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error.message).toContain('(1,000,000 characters)');
    expect(error.message.length).toBeLessThan(400);
    expect((error as UnknownIdError).input).toBe(long);
  });

  it('control, escape and bidi characters in an id reach the message only as escapes', () => {
    const hostile = 'KZ\u001b[2J\u0007\r\n\u009b31m\u202eevil\u2066\u2028';
    const error = thrown(() => cm.mineralsOf(hostile as never));
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(error.message).toContain('\\u001b[2J');
    expect(error.message).toContain('\\u202e');
  });

  it('a dataset error lists 50 problems and counts the rest, and an id cannot forge a line', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: `bad\n  - forged ${i}`, kind: 'topic' }));
    const error = thrown(() => createBad(records)) as DatasetError;
    expect(error).toBeInstanceOf(DatasetError);
    const lines = error.message.split('\n');
    expect(lines.length).toBe(1 + 50 + 1);
    expect(lines.at(-1)).toMatch(/^ {2}… and \d+ more \(see issues\)$/);
    expect(lines.filter((line) => line.startsWith('  - forged'))).toEqual([]);
    expect(error.issues.length).toBeGreaterThan(1000);
  });
});

function createBad(records: readonly unknown[]): never {
  validateDataset(records);
  throw new Error('expected the dataset to fail');
}
