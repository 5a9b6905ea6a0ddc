import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  draftCatalog,
  QuoteAnchorError,
  reanchor,
  reanchorRecords,
  resolveDrafts,
  sha256Hex,
} from '../src/authoring/index.js';
import { closestPassage } from '../src/authoring/approximate-match.js';
import { catalog, DatasetError } from '../src/index.js';
import { SOURCE_ID, SOURCE_TEXT } from './helpers.js';
import { ATLANTIS_TEXT, cobaltPact, draftSource } from './fixtures/atlantis.js';

/** Every start of `needle` in `text`, by trying each position. */
function bruteForce(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = 0; i + needle.length <= text.length; i++) if (text.slice(i, i + needle.length) === needle) found.push(i);
  return found;
}

/** Text of random lower-case words: no two passages of a dozen characters alike by chance. */
const words = fc.array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 3, maxLength: 9 }), { minLength: 6, maxLength: 40 });
/** Text that cannot occur in `words`' text. */
const upper = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ .'), minLength: 1, maxLength: 30 });

/** A text and a quote of at least three of its words. */
const quoted = words.chain((ws) =>
  fc.integer({ min: 0, max: ws.length - 3 }).chain((from) =>
    fc.integer({ min: from + 3, max: ws.length }).map((to) => {
      const text = ws.join(' ');
      const start = ws.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
      const quote = ws.slice(from, to).join(' ');
      return { text, start, end: start + quote.length, quote };
    }),
  ),
);

describe('anchorQuote', () => {
  it('agrees with a brute-force search: the one match, or not found, or ambiguous with the count', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 40 });
    fc.assert(
      fc.property(small, fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 4 }), fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 2 }), (text, quote, prefix) => {
        const matches = bruteForce(text, prefix + quote);
        try {
          const found = anchorQuote(text, quote, { prefix });
          return matches.length === 1 && found.start === matches[0]! + prefix.length && found.end === found.start + quote.length;
        } catch (error) {
          if (!(error instanceof QuoteAnchorError)) return false;
          return matches.length === 0 ? error.reason === 'not-found' : error.reason === 'ambiguous' && error.matches.length === matches.length;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names the closest passage of a misspelt quote', () => {
    expect(() => anchorQuote(SOURCE_TEXT, 'critical minerls partnership')).toThrow(
      'Quote not found: "critical minerls partnership"; the closest passage is "critical minerals partnership" at 26–55 (1 edit away)',
    );
  });

  it('each prefix it proposes for an ambiguous quote singles out that match', () => {
    let error: unknown;
    try {
      anchorQuote(SOURCE_TEXT, 'Yoon said');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuoteAnchorError);
    const { matches, hints } = error as QuoteAnchorError;
    expect(matches).toEqual([839, 2683, 2695]);
    for (const hint of hints) expect(anchorQuote(SOURCE_TEXT, 'Yoon said', { prefix: hint.prefix! }).start).toBe(hint.start);
  });

  it('counts at most 1,000 matches and proposes at most 20 hints, however repetitive the text', () => {
    let error: unknown;
    try {
      anchorQuote('a'.repeat(200_000), 'aaa');
    } catch (e) {
      error = e;
    }
    expect((error as QuoteAnchorError).matches).toHaveLength(1_000);
    expect((error as QuoteAnchorError).hints).toHaveLength(20);
    expect((error as Error).message).toMatch(/^Quote is ambiguous: "aaa" occurs at least 1000 times; add a prefix or suffix$/);
  });

  it('rejects a quote that is not a non-empty string, naming the parameter', () => {
    expect(() => anchorQuote(SOURCE_TEXT, '')).toThrow(/non-empty quote/);
    expect(() => anchorQuote(SOURCE_TEXT, 'x', { prefix: 3 as never })).toThrow(/prefix to be a string/);
  });
});

describe('reanchor', () => {
  it('anchors every quote of an unchanged text at its own offsets', () => {
    fc.assert(
      fc.property(quoted, ({ text, ...span }) => {
        const [result] = reanchor(text, text, [span]);
        return result?.status === 'anchored' && result.evidence.start === span.start && result.evidence.end === span.end;
      }),
    );
  });

  it('moves a quote by exactly the length of text inserted before it', () => {
    fc.assert(
      fc.property(quoted, upper, fc.double({ min: 0, max: 1, noNaN: true }), ({ text, ...span }, inserted, where) => {
        const at = Math.floor(where * span.start);
        const [result] = reanchor(text, text.slice(0, at) + inserted + text.slice(at), [span]);
        return result?.status === 'anchored' && result.evidence.start === span.start + inserted.length && result.evidence.quote === span.quote;
      }),
    );
  });

  it('orphans a quote whose span was deleted', () => {
    fc.assert(
      fc.property(quoted.filter(({ quote }) => quote.length >= 12), ({ text, ...span }) => {
        const [result] = reanchor(text, text.slice(0, span.start) + text.slice(span.end), [span]);
        return result?.status === 'orphaned';
      }),
    );
  });

  it('reports a lookalike passage elsewhere as relocated, never anchored', () => {
    fc.assert(
      fc.property(
        quoted.filter(({ quote, text }) => quote.length >= 12 && text.length - quote.length >= 40),
        fc.nat(),
        fc.boolean(),
        ({ text, ...span }, seed, edited) => {
          // The quote leaves its place; a copy of it (one letter changed, or not) appears in another.
          const rest = text.slice(0, span.start) + text.slice(span.end);
          const copy = edited ? span.quote.slice(0, seed % span.quote.length) + 'Q' + span.quote.slice((seed % span.quote.length) + 1) : span.quote;
          const far = span.start > rest.length / 2 ? 0 : rest.length;
          const newText = `${rest.slice(0, far)} ZZ ${copy} ZZ ${rest.slice(far)}`;
          const [result] = reanchor(text, newText, [span]);
          return result?.status === 'relocated' && result.edits === (edited ? 1 : 0) && result.score < 1;
        },
      ),
    );
  });

  it('finds a quote again after a typo in it is fixed, as a relocation with the new words', () => {
    const oldText = SOURCE_TEXT.replace('Kazakhstan, a major oil', 'Kazakstan, a major oil');
    const start = oldText.indexOf('Kazakstan, a major oil');
    const [result] = reanchor(oldText, SOURCE_TEXT, [{ start, end: start + 22, quote: 'Kazakstan, a major oil' }]);
    expect(result).toMatchObject({ status: 'relocated', edits: 1, evidence: { start, end: start + 23, quote: 'Kazakhstan, a major oil' } });
  });

  it('gives up on an approximate search that would exceed its budget, instead of running on', () => {
    expect(closestPassage('ab'.repeat(50_000), 'ba'.repeat(400) + 'x', 200, { cells: 1_000_000 })).toBe('budget');
  });

  it('rejects texts beyond its limits and items without offsets, naming them', () => {
    expect(() => reanchor('a', 'b', [{ quote: 'a' } as never])).toThrow(/evidence\[0\] as \{ start, end, quote \}/);
    expect(() => reanchor('a'.repeat(5_000_001), 'b', [])).toThrow(/oldText has 5000001/);
  });
});

describe('reanchorRecords', () => {
  const oldText = 'Kazakstan holds uranium. After a long day of talks in the capital, it signed. Gone passage here.';
  const newText = 'Kazakhstan holds uranium. After a long day of talks in the capital, it signed.';
  const signed = oldText.indexOf('it signed');
  const records = [
    { id: 'note', kind: 'source', text: oldText, sha256: sha256Hex(oldText), evidence: [{ source: 'note', start: signed, end: signed + 9, quote: 'it signed' }] },
    {
      id: 'uranium',
      kind: 'mineral',
      evidence: [
        { source: 'note', start: 0, end: 23, quote: 'Kazakstan holds uranium' },
        { source: 'note', start: signed + 11, end: signed + 28, quote: 'Gone passage here' },
      ],
    },
  ];

  it('moves what is certain, leaves relocations unapplied until accepted, and keeps orphans as they were', () => {
    const report = reanchorRecords(records, oldText, newText);
    expect(report.counts).toEqual({ anchored: 1, relocated: 1, orphaned: 1 });
    expect(report.complete).toBe(false);
    const [source, mineral] = report.records as (typeof records)[number][];
    expect(source).toMatchObject({ text: newText, sha256: sha256Hex(newText), evidence: [{ start: signed + 1, end: signed + 10 }] });
    expect(mineral!.evidence).toEqual(records[1]!.evidence);
    const accepted = reanchorRecords(records, oldText, newText, { accept: true }).records as (typeof records)[number][];
    expect(accepted[1]!.evidence).toEqual([{ source: 'note', start: 0, end: 24, quote: 'Kazakhstan holds uranium' }, records[1]!.evidence[1]]);
  });

  it('says which sources there are when none has the old text', () => {
    expect(() => reanchorRecords(records, 'other', newText)).toThrow(/no source has the old text .*sources: "note"/);
  });
});

describe('resolveDrafts and draftCatalog', () => {
  const text = ATLANTIS_TEXT;
  const source = draftSource();
  const topic = cobaltPact();

  it('computes the SHA-256 of a source given without one, as Node does', () => {
    const [resolved] = resolveDrafts([source, topic]);
    expect(resolved).toMatchObject({ sha256: createHash('sha256').update(text).digest('hex'), provenance: { sha256: { basis: 'derived', rule: 'sha256-of-text' } } });
  });

  it('SHA-256 in plain JavaScript agrees with node:crypto on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => sha256Hex(s) === createHash('sha256').update(s, 'utf8').digest('hex')));
  });

  it('resolves quotes to offsets and fills in stated provenance', () => {
    const records = resolveDrafts([source, topic]);
    expect(records[1]).toMatchObject({ evidence: [{ source: 'atlantis-news', start: 30, end: 41, quote: 'cobalt pact' }], provenance: { name: { basis: 'stated', evidence: [0] } } });
  });

  it('reports every problem at once, each with the record and the field', () => {
    let error: unknown;
    try {
      resolveDrafts([
        { ...source, sha256: '0'.repeat(64) },
        { ...topic, evidence: ['cobalt'] },
        { id: 'pact-2', kind: 'topic', name: 'a pact', evidence: ['cobolt pact'], note: null },
        { id: 'Pact-3', kind: 'topic', name: 'Lemuria', evidence: ['Lemuria'], note: null },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues.map((i) => `${i.record} ${i.path}`)).toEqual([
      'atlantis-news sha256',
      'cobalt-pact evidence.0',
      'pact-2 evidence.0',
      'Pact-3 id',
    ]);
    expect((error as DatasetError).message).toContain('topic "cobalt-pact" at evidence.0: quote is ambiguous: "cobalt" occurs 2 times in "atlantis-news"');
    expect((error as DatasetError).message).toContain('topic "pact-2" at evidence.0: quote not found in "atlantis-news": "cobolt pact"; the closest passage is "cobalt pact"');
  });

  it('asks for the provenance of a value the quotes do not state, naming the field', () => {
    expect(() => resolveDrafts([source, { ...topic, evidence: ['Atlantis mines'] }])).toThrow(
      /topic "cobalt-pact" at provenance\.name: not stated by the record's quotes \(no quote holds "cobalt pact"\)/,
    );
  });

  it('finds a quote in the drafts’ own source by default, and asks which when they have several', () => {
    expect(draftCatalog({ extends: catalog, records: [source, topic] }).get('cobalt-pact')).toMatchObject({ name: 'cobalt pact' });
    const second = { ...source, id: 'atlantis-news-2' };
    expect(() => draftCatalog({ extends: catalog, records: [source, second, topic] })).toThrow(/which source\? There is more than one/);
    expect(draftCatalog({ records: [source, second, topic], defaultSource: 'atlantis-news-2' }).evidenceOf('cobalt-pact')[0]?.source).toBe('atlantis-news-2');
  });

  it('quotes the embedded source from a draft that extends the catalog', () => {
    const mine = draftCatalog({ extends: catalog, records: [{ ...topic, id: 'yoon-said', name: 'Yoon', evidence: [{ quote: 'Yoon said', prefix: 'funding,” ', source: SOURCE_ID }] }] });
    expect(mine.provenanceOf('yoon-said').name?.evidence[0]).toEqual({ source: SOURCE_ID, start: 2683, end: 2692, quote: 'Yoon said' });
  });
});
