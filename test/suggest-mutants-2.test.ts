/**
 * `nearest` against a brute-force reference, on candidate lists built to hit its rules (hyphenated and spaced
 * names, long names with higher thresholds, shared prefixes, inputs a few edits from a name or a word), and its work
 * against the bound its pruning documents: a branch goes as soon as its first characters are more than the radius
 * off every start of the input, or (at its first row) when every name below is shorter than the input by more than
 * the radius; each row is the band of at most 2 × radius + 1 cells; walks go to radius 1, 2, … only until the
 * radius reaches the best score (whole edits) or the input's own threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSuggester, nearest, type Candidate, type WorkCounter } from '../src/suggest.js';

/** Optimal string alignment distance by the full table; `rowsOf` also returns every row. */
function osaTable(a: string, b: string): number[][] {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d;
}
const osa = (a: string, b: string) => osaTable(a, b)[a.length]![b.length]!;

const threshold = (length: number, inputLength: number) => Math.max(1, Math.floor(Math.max(Math.min(length, inputLength), 2) / 3));
const wordsOf = (name: string) => name.split(/[\s-]+/).filter((w) => w.length >= 4);

/** The best score of each candidate within its thresholds, by the definition (no index, no pruning). */
function scores(needle: string, candidates: readonly Candidate[]): (number | undefined)[] {
  return candidates.map((candidate) => {
    let best: number | undefined;
    for (const name of candidate.names) {
      const lower = name.toLowerCase();
      const limit = threshold(lower.length, needle.length);
      const options = [
        lower.startsWith(needle) || needle.startsWith(lower) ? Math.abs(lower.length - needle.length) / 10 : osa(needle, lower),
        ...wordsOf(lower).map((word) => osa(needle, word) + 1),
      ];
      for (const score of options) if (score <= limit && (best === undefined || score < best)) best = score;
    }
    return best;
  });
}

function reference(input: string, candidates: readonly Candidate[], limit: number): Candidate[] {
  const needle = input.trim().toLowerCase();
  if (needle === '') return [];
  const scored = scores(needle, candidates)
    .map((score, i) => ({ score, candidate: candidates[i]! }))
    .filter((s): s is { score: number; candidate: Candidate } => s.score !== undefined);
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map((s) => s.score));
  const kept = best === 0 ? scored.filter((s) => s.score === 0) : scored.filter((s) => s.score <= Math.ceil(best));
  kept.sort((x, y) => x.score - y.score || (x.candidate.value < y.candidate.value ? -1 : x.candidate.value > y.candidate.value ? 1 : 0));
  return kept.slice(0, Math.max(0, limit)).map((s) => s.candidate);
}

/**
 * The most rows a walk at `radius` may compute on the path to `text` (its first `k` characters being row `k`):
 * it stops at the first row where every cell is more than `radius` (no start of the input is near the path), at the
 * first row if the text is shorter than the input by more than `radius`, and never goes past `input length +
 * radius` rows.
 */
function rowsAllowed(needle: string, text: string, radius: number): number {
  const m = needle.length;
  if (m - text.length > radius) return Math.min(1, text.length);
  const table = osaTable(text, needle);
  const last = Math.min(text.length, m + radius);
  for (let k = 1; k <= last; k++) if (Math.min(...table[k]!) > radius) return k;
  return last;
}

/** The most cells the documented search may compute for `input` over `candidates` (default budget). */
function workBound(input: string, candidates: readonly Candidate[]): number {
  const needle = input.trim().toLowerCase();
  const m = needle.length;
  const names = candidates.flatMap((c) => c.names.map((n) => n.toLowerCase()));
  const longestUseful = Math.max(0, ...names.map((n) => n.length + 10 * threshold(n.length, Infinity)));
  if (m === 0 || m > longestUseful) return 0;
  const words = names.flatMap(wordsOf);
  const found = scores(needle, candidates).filter((s) => s !== undefined);
  const best = Math.min(Infinity, ...found);
  const most = threshold(Infinity, m);
  const last = best === 0 ? 0 : Math.min(most, Math.ceil(best));
  let cells = 0;
  const walk = (texts: readonly string[], radius: number) => {
    for (const text of texts) cells += rowsAllowed(needle, text, radius) * Math.min(2 * radius + 1, m);
  };
  for (let radius = 1; radius <= last; radius++) {
    walk(names, radius);
    walk(words, radius - 1);
  }
  return cells;
}

/** Words over a small alphabet, so that shared prefixes, near misses and equal words are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'A', 'B'), minLength: 1, maxLength: 8 });
const separator = fc.constantFrom(' ', '-', '  ', ' - ', '--');
const name = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(separator, { minLength: 2, maxLength: 2 }))
  .map(([parts, seps]) => parts.map((p, i) => (i === 0 ? p : seps[(i - 1) % 2]! + p)).join(''));
const candidateList = fc
  .uniqueArray(fc.record({ value: fc.string({ unit: fc.constantFrom('P', 'Q', 'R', 'S'), minLength: 1, maxLength: 3 }), names: fc.array(name, { minLength: 1, maxLength: 2 }) }), {
    minLength: 1,
    maxLength: 10,
    selector: (c) => c.value,
  })
  .map((list) => list.map((c): Candidate => ({ value: c.value, label: `label ${c.value}`, names: c.names })));

/** One edit: a substitution, an insertion, a deletion or a swap of neighbours, at `at` (taken modulo the length). */
type Edit = [kind: 0 | 1 | 2 | 3, at: number, char: string];
const edit = fc.tuple(fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3), fc.nat(40), fc.constantFrom('a', 'b', 'c', 'd', 'x'));
function applyEdit(text: string, [kind, at, char]: Edit): string {
  if (text.length === 0) return char;
  const i = at % text.length;
  if (kind === 0) return text.slice(0, i) + char + text.slice(i + 1);
  if (kind === 1) return text.slice(0, i) + char + text.slice(i);
  if (kind === 2) return text.slice(0, i) + text.slice(i + 1);
  return i + 1 < text.length ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2) : text;
}

/** An input made from one of the list's names (or one of its words), a few edits, a cut or a tail, and padding. */
const caseWithInput = candidateList.chain((list) => {
  const texts = list.flatMap((c) => c.names.flatMap((n) => [n, ...n.split(/[\s-]+/)]));
  const derived = fc
    .record({
      base: fc.constantFrom(...texts),
      edits: fc.array(edit, { maxLength: 3 }),
      cut: fc.option(fc.nat(12), { nil: undefined }),
      tail: fc.constantFrom('', '', 'x', 'ab', 'dddd', 'abcdabcd'),
      upper: fc.boolean(),
      pad: fc.constantFrom('', ' ', '  '),
    })
    .map(({ base, edits, cut, tail, upper, pad }) => {
      let text = edits.reduce(applyEdit, base);
      if (cut !== undefined) text = text.slice(0, Math.max(1, text.length - cut));
      text += tail;
      return pad + (upper ? text.toUpperCase() : text) + pad;
    });
  const random = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '-', ' '), minLength: 1, maxLength: 16 });
  return fc.tuple(fc.constant(list), fc.oneof({ arbitrary: derived, weight: 4 }, { arbitrary: random, weight: 1 }), fc.integer({ min: 1, max: 4 }));
});

describe('nearest agrees with the definition on names with words, hyphens, spaces and shared prefixes', () => {
  it('suggests what a brute-force search over every name and word suggests, in the same order', () => {
    fc.assert(
      fc.property(caseWithInput, ([list, input, limit]) => {
        const expected = reference(input, list, limit);
        expect(nearest(input, list, limit)).toEqual(expected);
        expect(createSuggester(() => list).nearest(input, limit)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('one suggester reusing its table across inputs answers each as the definition does', () => {
    fc.assert(
      fc.property(candidateList, fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '-', ' '), minLength: 1, maxLength: 20 }), { minLength: 2, maxLength: 6 }), (list, inputs) => {
        const suggester = createSuggester(() => list);
        for (const input of inputs) expect(suggester.nearest(input, 3)).toEqual(reference(input, list, 3));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the work of a search stays within the bound its pruning documents', () => {
  it('computes no more cells than the band rows a walk may reach, on the walks the search may make', () => {
    fc.assert(
      fc.property(caseWithInput, ([list, input]) => {
        const counter: WorkCounter = { cells: 0 };
        createSuggester(() => list).nearest(input, 3, counter);
        expect(counter.cells).toBeLessThanOrEqual(workBound(input, list));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    // A name shorter than the input by more than any radius: each walk drops it at its first row.
    ['abcdefghij', ['abcxyz']],
    // A name whose first characters are already far off: dropped a row past the radius.
    ['abcdef', ['zzzzzzzzzzzz']],
    // One edit off a name: one walk, at radius 1.
    ['kazakstan', ['kazakhstan', 'south korea']],
    // A typo in a long name: walks up to radius 1 only, though its threshold is 5.
    ['critical minerls partnership', ['critical minerals partnership', 'critical minerals dialogue']],
    // Nothing near: walks to the input's threshold.
    ['qqqqqqqqqqqq', ['critical minerals partnership', 'critical minerals dialogue', 'rare earth elements']],
  ])('%j among %j', (input, names) => {
    const list = names.map((n, i) => ({ value: `v${i}`, label: n, names: [n] }));
    const counter: WorkCounter = { cells: 0 };
    createSuggester(() => list).nearest(input, 3, counter);
    expect(counter.cells).toBeGreaterThan(0);
    expect(counter.cells).toBeLessThanOrEqual(workBound(input, list));
  });
});
