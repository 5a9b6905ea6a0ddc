/**
 * `reanchor` and `reanchorRecords` exactly: every error (message, parameter, input), which side of a quote decides
 * that it is anchored, the whole relocated result with its score, the search limits (how many exact matches are
 * looked at, the step budget shared by one call), and how `reanchorRecords` picks the changed source.
 */
import { describe, expect, it } from 'vitest';
import { reanchor, REANCHOR_LIMITS, reanchorRecords, sha256Hex } from '../src/authoring/index.js';
import { InvalidArgumentError } from '../src/errors.js';

/** The error `run` throws, as { name, message, parameter, input }. */
function thrown(run: () => unknown): { name: string; message: string; parameter: string; input: unknown } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    const { name, message, parameter, input } = error as InvalidArgumentError;
    return { name, message, parameter, input };
  }
  throw new Error('expected a throw');
}

describe('reanchor rejects what it cannot take, naming the parameter', () => {
  it('texts that are not strings, evidence that is not an array, too many items, items without offsets', () => {
    expect(thrown(() => reanchor(7 as never, 'b', []))).toEqual({
      name: 'InvalidArgumentError',
      message: 'reanchor expects oldText as a string, got number.',
      parameter: 'oldText',
      input: 7,
    });
    expect(thrown(() => reanchor('a', null as never, []))).toEqual({
      name: 'InvalidArgumentError',
      message: 'reanchor expects newText as a string, got object.',
      parameter: 'newText',
      input: null,
    });
    expect(thrown(() => reanchor('a', 'b', { start: 0, end: 1, quote: 'a' } as never))).toEqual({
      name: 'InvalidArgumentError',
      message: 'reanchor expects an array of { start, end, quote } items.',
      parameter: 'evidence',
      input: { start: 0, end: 1, quote: 'a' },
    });
    const many = Array.from({ length: REANCHOR_LIMITS.items + 1 }, () => ({ start: 0, end: 1, quote: 'a' }));
    expect(thrown(() => reanchor('a', 'a', many))).toEqual({
      name: 'InvalidArgumentError',
      message: 'reanchor takes up to 100000 items; got 100001.',
      parameter: 'evidence',
      input: 100001,
    });
    // The most items it takes are all answered.
    expect(reanchor('a', 'a', many.slice(1)).length).toBe(100000);
    expect(thrown(() => reanchor('ab', 'ab', [{ start: 0, end: 1, quote: 'a' }, { start: 0, quote: 'a' } as never]))).toEqual({
      name: 'InvalidArgumentError',
      message: 'reanchor expects evidence[1] as { start, end, quote }.',
      parameter: 'evidence[1]',
      input: { start: 0, quote: 'a' },
    });
  });

  it('orphans, with the offsets in the reason, a quote that does not stand where it says in the old text', () => {
    const oldText = 'Kazakhstan holds uranium.';
    const newText = 'Kazakhstan holds much uranium.';
    for (const old of [
      { start: 0, end: 10, quote: 'Kazakhstan ' },
      { start: 1, end: 11, quote: 'Kazakhstan' },
      { start: 3, end: 3, quote: '' },
    ]) {
      expect(reanchor(oldText, newText, [old])).toEqual([{ status: 'orphaned', old, reason: `the quote does not stand at ${old.start}–${old.end} of the old text` }]);
    }
  });
});

describe('reanchor anchors a quote only when one side of it settles where it is', () => {
  it('an unchanged text anchors every quote in place, even in text that repeats itself', () => {
    const text = 'ab'.repeat(100);
    expect(reanchor(text, text, [{ start: 100, end: 102, quote: 'ab' }])).toEqual([{ status: 'anchored', evidence: { start: 100, end: 102, quote: 'ab' } }]);
  });

  it('text appended to itself: the quote at the start keeps its place (the text before it is the whole short start)', () => {
    // The old text is "x" + "ab" + A; the new one repeats "ab" + A after it. Both copies of "ab" have A after
    // them, but only the first has the old text's "x" before it, and that is the whole of the old text before it.
    const A = 'cdefghijklmnopqrstuvwxyz0123456.';
    const oldText = `xab${A}`;
    expect(reanchor(oldText, `${oldText}ab${A}`, [{ start: 1, end: 3, quote: 'ab' }])).toEqual([{ status: 'anchored', evidence: { start: 1, end: 3, quote: 'ab' } }]);
  });

  it('text inserted before the quote copies it: the copy followed by the old end of the text is the one', () => {
    const P = 'The ministers met in the capital and talked.';
    const Q = ' signed';
    const old = { start: P.length, end: P.length + Q.length, quote: Q };
    expect(reanchor(`${P}${Q}y`, `${P}${Q}${P}${Q}y`, [old])).toEqual([{ status: 'anchored', evidence: { start: 95, end: 102, quote: Q } }]);
  });

  it('the text before the quote cut short and the text after it edited: the 32 characters before it decide', () => {
    const B = 'After a long day of talks in the';
    const oldText = `Preface. ${B} capital, it signed the pact with Korea on Monday.`;
    const newText = `${B} capital, it signed a pact with Korea on Monday.`;
    const start = oldText.indexOf(' capital');
    expect(reanchor(oldText, newText, [{ start, end: start + 8, quote: ' capital' }])).toEqual([
      { status: 'anchored', evidence: { start: 32, end: 40, quote: ' capital' } },
    ]);
  });

  it('the text just before the quote edited and the end of the text too: the 32 characters after it decide', () => {
    const oldText = 'Officials in Astana said that the ministers signed a cobalt pact with Seoul on Monday in the capital. Old end.';
    const newText = 'Officials in Astana said today that ministers signed a cobalt pact with Seoul on Monday in the capital. New end, longer.';
    const start = oldText.indexOf('signed');
    expect(reanchor(oldText, newText, [{ start, end: start + 6, quote: 'signed' }])).toEqual([
      { status: 'anchored', evidence: { start: start + 2, end: start + 8, quote: 'signed' } },
    ]);
  });
});

describe('reanchor scores a relocation from the quote, the text around it and its position', () => {
  it('a fixed typo moved to the start of the text: every part of the score, exactly', () => {
    const oldText = 'Some introduction text here, long enough to matter. Kazakstan holds uranium and chromium, as the survey says.';
    const newText = 'Kazakhstan holds uranium and titanium. Some introduction text here, long enough to matter. The survey says more.';
    const old = { start: 52, end: 75, quote: 'Kazakstan holds uranium' };
    // quote: 1 edit of 23; before: nothing where 32 characters were (0); after: " and titanium. Some introduction" is 22
    // edits from " and chromium, as the survey say" (1 - 22/32); position: 0 where 53 was expected, of 112.
    const score = 0.5 * (1 - 1 / 23) + 0.2 * 0 + 0.2 * (1 - 22 / 32) + 0.1 * (1 - 53 / 112);
    expect(Math.round(score * 1000) / 1000).toBe(0.593);
    expect(reanchor(oldText, newText, [old])).toEqual([
      { status: 'relocated', evidence: { start: 0, end: 24, quote: 'Kazakhstan holds uranium' }, old, score: 0.593, edits: 1 },
    ]);
  });
});

describe('reanchorRecords picks the changed source', () => {
  const oldText = 'Kazakstan holds uranium. It signed.';
  const newText = 'Kazakhstan holds uranium. It signed.';
  const quote = { source: 'note', start: 25, end: 34, quote: 'It signed' };
  const moved = { source: 'note', start: 26, end: 35, quote: 'It signed' };

  it('rejects records that are not an array', () => {
    expect(thrown(() => reanchorRecords('x' as never, oldText, newText))).toEqual({
      name: 'InvalidArgumentError',
      message: 'reanchorRecords expects an array of records.',
      parameter: 'records',
      input: 'x',
    });
  });

  it('by the sha256 of the old text when the source keeps no text', () => {
    const records = [{ id: 'note', kind: 'source', sha256: sha256Hex(oldText), evidence: [quote] }];
    const report = reanchorRecords(records, oldText, newText);
    expect(report.source).toBe('note');
    expect(report.records).toEqual([{ id: 'note', kind: 'source', sha256: sha256Hex(newText), evidence: [moved] }]);
    expect(report.complete).toBe(true);
  });

  it('by the id given, among several', () => {
    const records = [
      { id: 'other', kind: 'source', text: 'Other text.', evidence: [] },
      { id: 'note', kind: 'source', text: oldText, evidence: [quote] },
      { id: 'third', kind: 'source', text: oldText, evidence: [] },
    ];
    const report = reanchorRecords(records, oldText, newText, { source: 'note' });
    expect(report.source).toBe('note');
    expect(report.records).toEqual([records[0], { id: 'note', kind: 'source', text: newText, evidence: [moved] }, records[2]]);
    expect(report.counts).toEqual({ anchored: 1, relocated: 0, orphaned: 0 });
  });

  it('says why none could be picked, and which sources there are', () => {
    const note = { id: 'note', kind: 'source', text: oldText };
    const copy = { id: 'copy', kind: 'source', text: oldText };
    const other = { id: 'other', kind: 'source', text: 'Other text.' };
    const cases: [unknown[], { source?: string }, string, unknown][] = [
      [[{ id: 'uranium', kind: 'mineral' }], {}, 'no source has the old text (or its sha256); sources: none.', undefined],
      [[note, copy, other], {}, 'several sources have the old text; sources: "note", "copy", "other".', undefined],
      [[note, other], { source: 'gone' }, 'no source "gone"; sources: "note", "other".', 'gone'],
      [[note, { ...other, id: 'note' }], { source: 'note' }, 'several sources are named "note"; sources: "note", "note".', 'note'],
    ];
    for (const [records, options, why, input] of cases) {
      expect(thrown(() => reanchorRecords(records, oldText, newText, options))).toEqual({
        name: 'InvalidArgumentError',
        message: `reanchorRecords: ${why} Name one with { source }.`,
        parameter: 'source',
        input,
      });
    }
  });
});
