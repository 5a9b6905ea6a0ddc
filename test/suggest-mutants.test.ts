/**
 * The documented rules of `nearest` (src/suggest.ts), each pinned on a small hand-made candidate list whose answer
 * can be worked out by hand: scores are the optimal-string-alignment distance, a tenth per character for a prefix,
 * the distance plus one for a word (of four or more characters) of a longer name; a score counts only within the
 * threshold max(1, ⌊max(min(name length, input length), 2) / 3⌋); an exact (case-insensitive) match is the only
 * answer; otherwise names as near as the best in whole edits, by score, then value.
 */
import { describe, expect, it } from 'vitest';
import { createSuggester, nearest, type Candidate, type WorkCounter } from '../src/suggest.js';

const named = (value: string, ...names: string[]): Candidate => ({ value, label: value, names });
const values = (found: readonly Candidate[]) => found.map((c) => c.value);

describe('nearest: the documented ordering, on hand-made candidate lists', () => {
  const minerals = [
    named('REE', 'rare earth', 'rare earth elements'),
    named('EARTHY', 'earthy'),
    named('COAL', 'hard coal'),
    named('ORE', 'iron ore'),
    named('LIB', 'lithium-ion battery'),
    named('PGM', 'platinum group metals'),
    named('NI', 'nickel'),
    named('KZ', 'KZ', 'Kazakhstan'),
    named('KR', 'KR', 'South Korea'),
    named('ZNO', 'zincos'),
    named('ZNU', 'zincum'),
  ];

  it.each([
    // The word "earth" of "rare earth" scores 0 + 1; "earthy" starts with the input: a tenth. Both within one edit.
    ['earth', 3, ['EARTHY', 'REE']],
    ['earth', 1, ['EARTHY']],
    // A four-letter word counts ("coal" of "hard coal": 1 ≤ threshold(9, 4) = 1); a three-letter one does not
    // ("ore" of "iron ore": the whole name is 5 edits off).
    ['coal', 3, ['COAL']],
    ['ore', 3, []],
    // Words split at hyphens and spaces alike: "battery" of "lithium-ion battery" scores 1.
    ['battery', 3, ['LIB']],
    ['Battery', 3, ['LIB']],
    // A word one edit off scores 2, within threshold(21, 7) = 2 for a 21-character name.
    ['platnum', 3, ['PGM']],
    // "lithium" is a word (1) and a prefix of the whole name (1.2): the better counts.
    ['lithium', 3, ['LIB']],
    // A case-insensitive exact match is the only answer, though "KR" is one edit off.
    ['kz', 3, ['KZ']],
    ['  kz ', 3, ['KZ']],
    ['KR', 3, ['KR']],
    // One edit off both: ties go by value.
    ['KX', 3, ['KR', 'KZ']],
    // Names two characters longer than the input it starts (a fifth each): both, by value.
    ['zinc', 3, ['ZNO', 'ZNU']],
    ['ZINC', 1, ['ZNO']],
    // "nickel" plus 20 characters: a prefix 2.0 off, within threshold(6, 26) = 2; one character more is too far.
    [`nickel${'s'.repeat(20)}`, 3, ['NI']],
    [`nickel${'s'.repeat(21)}`, 3, []],
    // No limit: nothing.
    ['earth', 0, []],
  ])('%j (limit %i) → %j', (input, limit, expected) => {
    expect(values(nearest(input, minerals, limit))).toEqual(expected);
    expect(values(createSuggester(() => minerals).nearest(input, limit))).toEqual(expected);
  });

  it('a word scores one more than its distance, so a name that starts with the input ranks before an exact word', () => {
    expect(values(nearest('earth', [named('B', 'rare earth'), named('A', 'earthy')]))).toEqual(['A', 'B']);
    expect(values(nearest('earth', [named('A', 'rare earth'), named('B', 'earthy')]))).toEqual(['B', 'A']);
  });

  it('a negative limit, like a limit of 0, lists nothing (at most `limit` candidates)', () => {
    expect(values(nearest('cobal', [named('cobalt', 'cobalt'), named('cobalts', 'cobalts'), named('coba', 'coba')], -1))).toEqual([]);
    expect(values(nearest('cobal', [named('cobalt', 'cobalt'), named('cobalts', 'cobalts'), named('coba', 'coba')], 3))).toEqual(['coba', 'cobalt', 'cobalts']);
  });

  it('candidates with the same value and score keep their given order (the sorts are stable)', () => {
    const one = { value: 'X', label: 'one', names: ['cobalt'] };
    const two = { value: 'X', label: 'two', names: ['cobalt'] };
    const three = { value: 'X', label: 'three', names: ['cobalt'] };
    expect(nearest('cobalt', [one, two, three]).map((c) => c.label)).toEqual(['one', 'two', 'three']);
    expect(nearest('cobalt', [three, one, two]).map((c) => c.label)).toEqual(['three', 'one', 'two']);
    // Through the walk too: one edit off each.
    expect(nearest('cobalx', [one, two, three]).map((c) => c.label)).toEqual(['one', 'two', 'three']);
  });
});

describe('nearest: many names sharing one text or one prefix', () => {
  it('lists the first 4,096 of 5,000 candidates that share one name, in their given order', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => named(`c${String(i).padStart(4, '0')}`, 'cobalt'));
    const expected = many.slice(0, 4_096).map((c) => c.value);
    expect(values(nearest('cobalt', many, 5_000))).toEqual(expected);
    expect(values(nearest('COBALT', many, 5_000))).toEqual(expected);
  });

  it('finds a name the input starts, two characters longer, among 5,000 names that sort before it', () => {
    const many = [...Array.from({ length: 5_000 }, (_, i) => named(`a${i}`, `a${String(i).padStart(4, '0')}`)), named('ZN', 'zincos')];
    expect(values(nearest('zinc', many))).toEqual(['ZN']);
    expect(values(nearest('a0042', many))).toEqual(['a42']);
  });
});

describe('nearest: the limits on input length', () => {
  it('looks at an input of 1,000 characters, not at one of 1,001, even when a name equals it', () => {
    const thousand = 'a'.repeat(1_000);
    expect(values(nearest(thousand, [named('LONG', thousand)]))).toEqual(['LONG']);
    const longer = 'a'.repeat(1_001);
    const counter: WorkCounter = { cells: 0 };
    expect(values(nearest(longer, [named('LONGER', longer)], 3, counter))).toEqual([]);
    expect(counter.cells).toBe(0);
  });

  it('a name alone still finds an input that starts with it as far off as its threshold allows', () => {
    // "nickel" (threshold 2) plus 20 characters is 2.0 off; "cobalt" plus 21 is 2.1, past its threshold.
    expect(values(nearest(`nickel${'s'.repeat(20)}`, [named('NI', 'nickel')]))).toEqual(['NI']);
    expect(values(nearest(`Cobalt${'s'.repeat(20)}`, [named('CO', 'cobalt')]))).toEqual(['CO']);
    expect(values(nearest(`cobalt${'s'.repeat(21)}`, [named('CO', 'cobalt')]))).toEqual([]);
    // "gold" (threshold 1) plus 10.
    expect(values(nearest(`gold${'s'.repeat(10)}`, [named('AU', 'gold')]))).toEqual(['AU']);
  });

  it('answers an input far longer than every name at once: no table cell computed', () => {
    const list = [named('NI', 'nickel'), named('CO', 'cobalt')];
    for (const input of ['nickel'.repeat(7), 'x'.repeat(40), `${'nickel '.repeat(10)}`]) {
      const counter: WorkCounter = { cells: 0 };
      expect(values(nearest(input, list, 3, counter))).toEqual([]);
      expect(counter.cells).toBe(0);
    }
  });
});

describe('the work counter and the budget', () => {
  it('counts each table cell computed: one for two one-character texts, four for two two-character texts', () => {
    // So short that the band covers the whole table: 1 × 1 and 2 × 2 cells (no words: both are under 4 characters).
    const one: WorkCounter = { cells: 0 };
    expect(values(nearest('a', [named('B', 'b')], 3, one))).toEqual(['B']);
    expect(one.cells).toBe(1);
    const two: WorkCounter = { cells: 0 };
    expect(values(nearest('ab', [named('BA', 'ba')], 3, two))).toEqual(['BA']);
    expect(two.cells).toBe(4);
  });

  it('a search stops within one table row of its budget, however far the input is from every name', () => {
    const list = Array.from({ length: 2_000 }, (_, i) => named(`m${i}`, `mineral-${i.toString(36)}-${(i * 7919).toString(36)}`));
    for (const budget of [0, 10, 500, 5_000]) {
      const suggester = createSuggester(() => list, budget);
      for (const input of ['zzzzzzzzzzzzzzzz', 'mineral-qq-zz', 'xineral-ab-cd']) {
        const counter: WorkCounter = { cells: 0 };
        suggester.nearest(input, 3, counter);
        // The budget is checked before each row; a row has at most 2 × radius + 1 cells, radius ≤ ⌊16 / 3⌋.
        expect(counter.cells).toBeLessThanOrEqual(budget + 2 * 5 + 1);
      }
    }
  });

  it('a budget large enough for the whole search changes nothing', () => {
    const list = Array.from({ length: 200 }, (_, i) => named(`m${i}`, `mineral-${i}`));
    const open = createSuggester(() => list);
    const counter: WorkCounter = { cells: 0 };
    const found = values(open.nearest('minerla-42', 3, counter));
    expect(found).toEqual(['m42']);
    expect(values(createSuggester(() => list, counter.cells).nearest('minerla-42', 3))).toEqual(found);
  });

  it('a row starts while the count has not passed the budget: a budget of 0 still computes the first row', () => {
    // 'a' against 'b' is one row of one cell: started at 0 cells, not past a budget of 0, so 'b' is found.
    const counter: WorkCounter = { cells: 0 };
    expect(values(createSuggester(() => [named('b', 'b')], 0).nearest('a', 3, counter))).toEqual(['b']);
    expect(counter.cells).toBe(1);
  });
});
