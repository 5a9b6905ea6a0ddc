/**
 * Exact answers of quote anchoring (src/authoring/anchor-quote.ts) and of resolving authored provenance
 * (src/authoring/resolve-provenance.ts): whole locations with their hints, whole messages, whole errors, and the
 * stored provenance and issues a record's specs resolve to.
 */
import { describe, expect, it } from 'vitest';
import { locateQuote, locationProblem, type QuoteContext, type QuoteLocation } from '../src/authoring/anchor-quote.js';
import { anchorQuote, QuoteAnchorError } from '../src/authoring/index.js';
import { InvalidArgumentError } from '../src/errors.js';
import { resolveProvenance } from '../src/authoring/resolve-provenance.js';
import type { DatasetIssue } from '../src/errors.js';
import type { AnyIds, AnyRecord } from '../src/types.js';
import { surfaceContext } from '../src/validate-dataset.js';
import { ATLANTIS_TEXT } from './fixtures/atlantis.js';

/** What `fn` throws (fails the test when it returns). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const b = (n: number) => 'b'.repeat(n);

describe('locateQuote: the whole location, with the hint that singles out each match', () => {
  const cases: [text: string, quote: string, context: QuoteContext, location: QuoteLocation][] = [
    ['Lithium here. Lithium there.', 'Lithium', { prefix: 'here. ' }, { status: 'found', start: 14, end: 21 }],
    ['Lithium here. Lithium there.', 'there', { suffix: '.' }, { status: 'found', start: 22, end: 27 }],
    // Missing: the closest passage within a third of the needle's length in edits, or none.
    ['Lithium here.', 'Lithium hxxe.', {}, { status: 'not-found', closest: { start: 0, end: 13, text: 'Lithium here.', edits: 2 } }],
    ['Lithium here.', 'xyzw', {}, { status: 'not-found', closest: null }],
    // "e" is 3 edits from "xyze": more than a third of its length.
    ['Lithium here.', 'xyze', {}, { status: 'not-found', closest: null }],
    ['Lithium here.', 'ere', { prefix: 'X', suffix: 'Y' }, { status: 'not-found', closest: { start: 8, end: 12, text: 'here', edits: 2 } }],
    // Prefixes: the shortest context no other match shares, widened to whole words, plus the prefix given.
    ['ax bx', 'x', {}, { status: 'ambiguous', matches: [1, 4], hints: [{ start: 1, prefix: 'a' }, { start: 4, prefix: 'b' }] }],
    ['ab x cd x', 'x', {}, { status: 'ambiguous', matches: [3, 8], hints: [{ start: 3, prefix: 'ab ' }, { start: 8, prefix: 'cd ' }] }],
    ['. x, x', 'x', {}, { status: 'ambiguous', matches: [2, 5], hints: [{ start: 2, prefix: '. ' }, { start: 5, prefix: 'x, ' }] }],
    [
      'one: to go. two: to go.',
      'go',
      { prefix: 'to ' },
      { status: 'ambiguous', matches: [8, 20], hints: [{ start: 8, prefix: 'one: to ' }, { start: 20, prefix: 'two: to ' }] },
    ],
    [
      'x one to go. y one to go.',
      'go',
      { prefix: 'to ' },
      { status: 'ambiguous', matches: [9, 22], hints: [{ start: 9, prefix: 'x one to ' }, { start: 22, prefix: 'y one to ' }] },
    ],
    // Prefixes reach back 80 characters at most.
    [
      `a${b(79)}x c${b(79)}x`,
      'x',
      {},
      { status: 'ambiguous', matches: [80, 162], hints: [{ start: 80, prefix: `a${b(79)}` }, { start: 162, prefix: `c${b(79)}` }] },
    ],
    [`a${b(80)}x c${b(80)}x`, 'x', {}, { status: 'ambiguous', matches: [81, 164], hints: [{ start: 81, suffix: ` c${b(80)}x` }, { start: 164 }] }],
    // Suffixes, where no prefix singles a match out: widened to take in a word, then to the word's end.
    ['x. y x, z', 'x', {}, { status: 'ambiguous', matches: [0, 5], hints: [{ start: 0, suffix: '. y' }, { start: 5, prefix: 'y ' }] }],
    ['x, alpha. x, beta.', 'x', {}, { status: 'ambiguous', matches: [0, 10], hints: [{ start: 0, suffix: ', alpha' }, { start: 10, prefix: 'alpha. ' }] }],
    ['! !.', '!', {}, { status: 'ambiguous', matches: [0, 2], hints: [{ start: 0, suffix: ' !.' }, { start: 2, prefix: '! ' }] }],
    ['aaaa', 'aa', {}, { status: 'ambiguous', matches: [0, 1, 2], hints: [{ start: 0, suffix: 'aa' }, { start: 1 }, { start: 2, prefix: 'aa' }] }],
    // A suffix hint is the whole suffix to give: the one given, widened.
    ['ab c1 ab c2', 'ab', { suffix: ' c' }, { status: 'ambiguous', matches: [0, 6], hints: [{ start: 0, suffix: ' c1' }, { start: 6, prefix: 'c1 ' }] }],
    [
      'go: north, go: south, go: east, go: west',
      'go',
      { suffix: ': ' },
      {
        status: 'ambiguous',
        matches: [0, 11, 22, 32],
        hints: [{ start: 0, suffix: ': north' }, { start: 11, prefix: 'north, ' }, { start: 22, prefix: 'south, ' }, { start: 32, prefix: 'east, ' }],
      },
    ],
  ];

  it.each(cases)('%j, quote %j, context %j', (text, quote, context, location) => {
    expect(locateQuote(text, quote, context)).toEqual(location);
  });

  it('every hint, given in place of the context, anchors the quote at its match', () => {
    for (const [text, quote, context, location] of cases) {
      if (location.status !== 'ambiguous') continue;
      for (const hint of location.hints) {
        if (hint.prefix === undefined && hint.suffix === undefined) continue;
        const given = hint.prefix !== undefined ? { ...context, prefix: hint.prefix } : { ...context, suffix: hint.suffix };
        expect(anchorQuote(text, quote, given)).toEqual({ start: hint.start, end: hint.start + quote.length });
      }
    }
  });
});

describe('locationProblem: one sentence naming the quote, the source and the way out', () => {
  it.each<[Exclude<QuoteLocation, { status: 'found' }>, string, string | null, string]>([
    [{ status: 'not-found', closest: null }, 'xyzw', null, 'quote not found: "xyzw"'],
    [{ status: 'not-found', closest: null }, 'xyzw', 'news', 'quote not found in "news": "xyzw"'],
    [
      { status: 'not-found', closest: { start: 0, end: 13, text: 'Lithium here.', edits: 2 } },
      'Lithium hxxe.',
      null,
      'quote not found: "Lithium hxxe."; the closest passage is "Lithium here." at 0–13 (2 edits away)',
    ],
    [
      { status: 'not-found', closest: { start: 0, end: 13, text: 'Lithium here.', edits: 1 } },
      'Lithium hxre.',
      'news',
      'quote not found in "news": "Lithium hxre."; the closest passage is "Lithium here." at 0–13 (1 edit away)',
    ],
    [{ status: 'ambiguous', matches: [1, 3], hints: [{ start: 1 }, { start: 3 }] }, 'aa', null, 'quote is ambiguous: "aa" occurs 2 times; add a prefix or suffix'],
    [
      // At most three hints, suffixes named as suffixes, matches without a hint left out.
      {
        status: 'ambiguous',
        matches: [0, 5, 11, 22, 32],
        hints: [{ start: 0, suffix: ': north' }, { start: 5 }, { start: 11, prefix: 'north, ' }, { start: 22, prefix: 'south, ' }, { start: 32, prefix: 'east, ' }],
      },
      'go: ',
      'news',
      'quote is ambiguous: "go: " occurs 5 times in "news"; add a prefix or suffix, such as suffix ": north" (the match at 0), prefix "north, " (the match at 11), prefix "south, " (the match at 22)',
    ],
    [
      { status: 'ambiguous', matches: Array.from({ length: 1000 }, (_, i) => i), hints: [{ start: 0, suffix: 'b' }] },
      'a',
      null,
      'quote is ambiguous: "a" occurs at least 1000 times; add a prefix or suffix, such as suffix "b" (the match at 0)',
    ],
  ])('case %#', (location, needle, source, message) => {
    expect(locationProblem(location, needle, source)).toBe(message);
  });
});

describe('anchorQuote errors', () => {
  it('a missing quote: QuoteAnchorError with the closest passage, frozen, and no matches', () => {
    const error = thrown(() => anchorQuote('Lithium here.', 'hxxe.', { prefix: 'Lithium ' })) as QuoteAnchorError;
    expect(error).toBeInstanceOf(QuoteAnchorError);
    expect({ ...error, message: error.message }).toStrictEqual({
      name: 'QuoteAnchorError',
      message: 'Quote not found: "Lithium hxxe."; the closest passage is "Lithium here." at 0–13 (2 edits away)',
      reason: 'not-found',
      quote: 'hxxe.',
      closest: { start: 0, end: 13, text: 'Lithium here.', edits: 2 },
      matches: [],
      hints: [],
    });
    expect(error.name).toBe('QuoteAnchorError');
    expect(Object.isFrozen(error.closest)).toBe(true);
  });

  it('a repeated quote: QuoteAnchorError with every match and its hint', () => {
    const error = thrown(() => anchorQuote('ab c1 ab c2', 'ab', { suffix: ' c' })) as QuoteAnchorError;
    expect({ ...error, message: error.message }).toStrictEqual({
      name: 'QuoteAnchorError',
      message: 'Quote is ambiguous: "ab c" occurs 2 times; add a prefix or suffix, such as suffix " c1" (the match at 0), prefix "c1 " (the match at 6)',
      reason: 'ambiguous',
      quote: 'ab',
      closest: null,
      matches: [0, 6],
      hints: [
        { start: 0, suffix: ' c1' },
        { start: 6, prefix: 'c1 ' },
      ],
    });
    expect(String(error)).toBe(`QuoteAnchorError: ${error.message}`);
  });

  it.each<[string, () => unknown, string, string, unknown]>([
    ['text a number', () => anchorQuote(42 as never, 'x'), 'anchorQuote expects the source text as a string, got number.', 'text', 42],
    ['text missing', () => anchorQuote(undefined as never, 'x'), 'anchorQuote expects the source text as a string, got undefined.', 'text', undefined],
    ['quote a number', () => anchorQuote('x 3 y', 3 as never), 'anchorQuote expects a non-empty quote string.', 'quote', 3],
    ['quote empty', () => anchorQuote('x 3 y', ''), 'anchorQuote expects a non-empty quote string.', 'quote', ''],
    ['options null', () => anchorQuote('x 3 y', 'x', null as never), 'anchorQuote expects options { prefix?, suffix? }.', 'options', null],
    ['options a string', () => anchorQuote('x 3 y', 'x', 'prefix' as never), 'anchorQuote expects options { prefix?, suffix? }.', 'options', 'prefix'],
    ['prefix a number', () => anchorQuote('x 3 y', 'x', { prefix: 3 as never }), 'anchorQuote expects prefix to be a string.', 'prefix', 3],
    ['suffix null', () => anchorQuote('x 3 y', 'x', { suffix: null as never }), 'anchorQuote expects suffix to be a string.', 'suffix', null],
  ])('%s: InvalidArgumentError naming the parameter', (_, call, message, parameter, input) => {
    const error = thrown(call) as InvalidArgumentError;
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect([error.message, error.parameter, error.input]).toEqual([message, parameter, input]);
  });
});

describe('resolveProvenance: authored specs to stored provenance, problems to issues', () => {
  const text = ATLANTIS_TEXT;
  const at = (source: string, quote: string) => ({ source, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });
  const topic = { id: 'cobalt-pact', kind: 'topic', name: 'cobalt pact', evidence: [at('a', 'cobalt pact')], note: null, provenance: {} } as unknown as AnyRecord<AnyIds>;
  /** Finds a quote in `text`, in source `a` unless the spec names another. */
  const locate = (spec: string | { quote: string; source?: string }) => {
    const { quote, source = 'a' } = typeof spec === 'string' ? { quote: spec } : spec;
    return text.includes(quote) ? { evidence: at(source, quote) } : { problem: `quote not found in "${source}": "${quote}"` };
  };
  const resolve = (specs: Record<string, unknown>) => {
    const issues: DatasetIssue[] = [];
    const resolved = resolveProvenance(topic, specs as never, locate as never, surfaceContext(() => undefined), issues);
    return { ...resolved, issues };
  };

  it('reports a quote it cannot find and provenance for an empty field, each with record and path', () => {
    expect(
      resolve({
        name: { basis: 'inferred', note: 'n', quotes: ['cobolt pact', 'Atlantis mines'] },
        note: { basis: 'inferred', note: 'x', quotes: [] },
      }),
    ).toStrictEqual({
      evidence: [at('a', 'cobalt pact'), at('a', 'Atlantis mines')],
      provenance: { name: { basis: 'inferred', evidence: [1], note: 'n' } },
      issues: [
        { record: 'cobalt-pact', kind: 'topic', path: 'provenance.note', message: 'authored provenance for a field that is empty' },
        { record: 'cobalt-pact', kind: 'topic', path: 'provenance.name', message: 'quote not found in "a": "cobolt pact"' },
      ],
    });
  });

  it('reuses the evidence at the same source and offsets, and adds the same offsets in another source', () => {
    expect(resolve({ name: { basis: 'stated', quotes: [{ quote: 'cobalt pact', source: 'b' }, 'cobalt pact'] } })).toStrictEqual({
      evidence: [at('a', 'cobalt pact'), at('b', 'cobalt pact')],
      provenance: { name: { basis: 'stated', evidence: [1, 0] } },
      issues: [],
    });
  });

  it('keeps reportedBy when given, and writes no key for one left undefined', () => {
    expect(resolve({ name: { basis: 'stated', quotes: [], reportedBy: 'yoon' } }).provenance).toStrictEqual({ name: { basis: 'stated', evidence: [0], reportedBy: 'yoon' } });
    const { provenance } = resolve({ name: { basis: 'stated', quotes: [], reportedBy: undefined } });
    expect(provenance).toStrictEqual({ name: { basis: 'stated', evidence: [0] } });
    expect(Object.keys(provenance['name']!)).toEqual(['basis', 'evidence']);
  });

  it('claims that agree are no conflict, and a value with quotes of its own keeps them', () => {
    const claims = [
      { value: 'cobalt pact', basis: 'stated', quotes: ['cobalt pact'] },
      { value: 'cobalt pact', basis: 'stated', quotes: ['Lemuria signed'] },
    ];
    const resolved = resolve({ name: { basis: 'derived', rule: 'local-date-of-event', quotes: ['Atlantis mines'], note: 'n', claims } });
    expect(resolved).toStrictEqual({
      evidence: [at('a', 'cobalt pact'), at('a', 'Atlantis mines'), at('a', 'Lemuria signed')],
      provenance: {
        name: {
          basis: 'derived',
          evidence: [1],
          rule: 'local-date-of-event',
          note: 'n',
          claims: [
            { value: 'cobalt pact', basis: 'stated', evidence: [0] },
            { value: 'cobalt pact', basis: 'stated', evidence: [2] },
          ],
        },
      },
      issues: [],
    });
  });

  it('claims that disagree are a conflict, and a value without quotes points at the claims that give it', () => {
    const claims = [
      { value: 'cobalt pact', basis: 'stated', quotes: ['cobalt pact'] },
      { value: 'pact', basis: 'stated', quotes: ['Lemuria signed'] },
    ];
    expect(resolve({ name: { basis: 'derived', rule: 'local-date-of-event', quotes: [], note: 'n', claims } }).provenance).toStrictEqual({
      name: {
        basis: 'derived',
        evidence: [0],
        rule: 'local-date-of-event',
        note: 'n',
        claims: [
          { value: 'cobalt pact', basis: 'stated', evidence: [0] },
          { value: 'pact', basis: 'stated', evidence: [1] },
        ],
        conflict: true,
      },
    });
  });
});
