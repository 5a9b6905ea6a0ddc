import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestPassage, levenshtein, MAX_APPROXIMATE_PATTERN, type SearchBudget } from '../src/authoring/approximate-match.js';

/** Edit distance by the textbook full table, written independently of the code under test. */
function editDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = Math.min(table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), table[i - 1]![j]! + 1, table[i]![j - 1]! + 1);
    }
  }
  return table[a.length]![b.length]!;
}

/**
 * What closestPassage promises, by trying every passage: the end with the fewest edits (at most the bound, and
 * under the pattern's length), ties to the end whose start-if-unedited is nearest `near` (the first such end);
 * then, of the passages ending there with that many edits, the one whose length is nearest the pattern's (the
 * shortest of those).
 */
function oracle(text: string, pattern: string, maxEdits: number, near: number) {
  const m = pattern.length;
  if (m === 0 || m > MAX_APPROXIMATE_PATTERN) return null;
  const k = Math.min(Math.max(0, Math.floor(maxEdits)), m - 1);
  let best: { end: number; distance: number } | null = null;
  for (let end = 1; end <= text.length; end++) {
    let distance = Infinity;
    for (let start = 0; start <= end; start++) distance = Math.min(distance, editDistance(pattern, text.slice(start, end)));
    if (distance > k) continue;
    if (best === null || distance < best.distance || (distance === best.distance && Math.abs(end - m - near) < Math.abs(best.end - m - near))) {
      best = { end, distance };
    }
  }
  if (best === null) return null;
  let length = -1;
  for (let w = 0; w <= best.end; w++) {
    if (editDistance(pattern, text.slice(best.end - w, best.end)) === best.distance && (length === -1 || Math.abs(w - m) < Math.abs(length - m))) length = w;
  }
  return { start: best.end - length, end: best.end, distance: best.distance };
}

const budget = (): SearchBudget => ({ cells: 1_000_000 });

describe('closestPassage', () => {
  it('agrees with a search of every passage on small texts (distance, end, start and ties)', () => {
    const unit = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 14 }),
        fc.string({ unit, minLength: 1, maxLength: 6 }),
        fc.integer({ min: -1, max: 7 }),
        fc.integer({ min: -3, max: 16 }),
        (text, pattern, maxEdits, near) => {
          expect(closestPassage(text, pattern, maxEdits, budget(), near)).toEqual(oracle(text, pattern, maxEdits, near));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('finds an exact passage with no edits, and a misspelt one with its edit count', () => {
    expect(closestPassage('the critical minerals partnership', 'minerals', 2, budget())).toEqual({ start: 13, end: 21, distance: 0 });
    expect(closestPassage('the critical minerals partnership', 'minerls', 2, budget())).toEqual({ start: 13, end: 21, distance: 1 });
    expect(closestPassage('the critical minerals partnership', 'mineralz partnership', 2, budget())).toEqual({ start: 13, end: 33, distance: 1 });
  });

  it('returns null when no passage is within the bound', () => {
    expect(closestPassage('the critical minerals partnership', 'lithium', 2, budget())).toBeNull();
    expect(closestPassage('abc', 'abd', 0, budget())).toBeNull();
    expect(closestPassage('', 'abc', 2, budget())).toBeNull();
  });

  it('takes no empty pattern and no pattern over MAX_APPROXIMATE_PATTERN characters, and spends nothing on them', () => {
    const b = budget();
    expect(closestPassage('abc', '', 3, b)).toBeNull();
    expect(closestPassage('a'.repeat(2000), 'a'.repeat(MAX_APPROXIMATE_PATTERN + 1), 3, b)).toBeNull();
    expect(b.cells).toBe(1_000_000);
    expect(closestPassage('a'.repeat(2000), 'a'.repeat(MAX_APPROXIMATE_PATTERN), 3, { cells: 5_000_000 })).toEqual({ start: 0, end: MAX_APPROXIMATE_PATTERN, distance: 0 });
  });

  it('never matches by deleting the whole pattern: the bound is at most the pattern length less one', () => {
    expect(closestPassage('xyz', 'ab', 5, budget())).toBeNull();
    expect(closestPassage('xbz', 'ab', 5, budget())).toEqual({ start: 0, end: 2, distance: 1 });
  });

  it('breaks ties between equally near passages by the position `near`', () => {
    const text = 'abcd xxxx abcd xxxx abcd';
    expect(closestPassage(text, 'abce', 1, budget())).toEqual({ start: 0, end: 4, distance: 1 });
    expect(closestPassage(text, 'abce', 1, budget(), 10)).toEqual({ start: 10, end: 14, distance: 1 });
    expect(closestPassage(text, 'abce', 1, budget(), 19)).toEqual({ start: 20, end: 23, distance: 1 });
    expect(closestPassage(text, 'abce', 1, budget(), 13)).toEqual({ start: 10, end: 14, distance: 1 });
    expect(closestPassage(text, 'abce', 1, budget(), 15)).toEqual({ start: 20, end: 23, distance: 1 });
  });

  it('counts every cell it computes against the budget: columns of the search, then the start alignment', () => {
    // 'abc' in 'abc' with no edits: the search computes 1 + 2 + 3 cells (the cut-off grows one row a column),
    // the start alignment 3 rows of 3 columns.
    const b = { cells: 15 };
    expect(closestPassage('abc', 'abc', 0, b)).toEqual({ start: 0, end: 3, distance: 0 });
    expect(b.cells).toBe(0);
    const short = { cells: 14 };
    expect(closestPassage('abc', 'abc', 0, short)).toBe('budget');
    expect(short.cells).toBe(-1);
  });

  it('stops at the first column the budget cannot pay for', () => {
    const b = { cells: 2 };
    expect(closestPassage('abc', 'abc', 0, b)).toBe('budget');
    expect(b.cells).toBe(-1);
  });

  it('shares one budget between calls', () => {
    const b = { cells: 20 };
    expect(closestPassage('abc', 'abc', 0, b)).toEqual({ start: 0, end: 3, distance: 0 });
    expect(closestPassage('abc', 'abc', 0, b)).toBe('budget');
  });
});

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('', '')).toBe(0);
    expect(levenshtein('kitten', 'kitten')).toBe(0);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });

  it('agrees with the full-table edit distance', () => {
    const unit = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), fc.string({ unit, maxLength: 8 }), (a, b) => {
        expect(levenshtein(a, b)).toBe(editDistance(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
