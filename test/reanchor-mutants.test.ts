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

  it('several exact copies, none with the old surroundings: the copy most like them, the middle one', () => {
    const quote = 'cobalt pact';
    const oldText = 'In the spring the two ministers met and signed a cobalt pact that ended the long dispute over mines.';
    const newText =
      'Zebras run far and wide over the plains of the north. cobalt pact ... ' +
      'In the spring the two ministers met and signes a cobalt pact that ended the lung dispute over mines. ' +
      'Quiet rivers flow beneath old bridges in winter time here. cobalt pact, then nothing more.';
    const old = { start: 49, end: 60, quote };
    expect([newText.indexOf(quote), newText.indexOf(quote, 55), newText.lastIndexOf(quote)]).toEqual([54, 119, 230]);
    // quote 1; before and after 31 of 32 characters alike; position 119 where 128 was expected, of 261.
    expect(Math.round((0.5 + 0.2 * (31 / 32) + 0.2 * (31 / 32) + 0.1 * (1 - 9 / 261)) * 1000) / 1000).toBe(0.984);
    expect(reanchor(oldText, newText, [old])).toEqual([{ status: 'relocated', evidence: { start: 119, end: 130, quote }, old, score: 0.984, edits: 0 }]);
  });

  it('two copies alike in every way, as far from where the quote was expected: the first', () => {
    const S = 'Rivers and mountains of the far north are cold!!';
    const quote = 'lithium deal';
    const newText = S + quote + S + quote + S;
    // The quote stood at 78 of 168 characters, halfway between the two copies (48 and 108), among others.
    const oldText = `${'x'.repeat(78)}${quote}${'y'.repeat(78)}`;
    const old = { start: 78, end: 90, quote };
    expect(reanchor(oldText, newText, [old])).toEqual([{ status: 'relocated', evidence: { start: 48, end: 60, quote }, old, score: 0.582, edits: 0 }]);
  });
});

describe('reanchor bounds its work', () => {
  const Q = 'lithium';
  const before = 'The two governments agreed in May on a ';
  const after = ' supply deal covering the next ten years of mining.';
  const old = { start: before.length, end: before.length + Q.length, quote: Q };

  it('looks at the first 1,000 exact copies of a quote only', () => {
    // The quote with its old surroundings is the 1,000th copy, or the 1,001st: only the first is found.
    expect(reanchor(before + Q + after, `${'lithium '.repeat(999)}${before}${Q}${after} More.`, [old])).toEqual([
      { status: 'anchored', evidence: { start: 8031, end: 8038, quote: Q } },
    ]);
    expect(reanchor(before + Q + after, `${'lithium '.repeat(1000)}${before}${Q}${after} More.`, [old])).toEqual([
      { status: 'relocated', evidence: { start: 3256, end: 3263, quote: Q }, old, score: 0.637, edits: 0 },
    ]);
  });

  it('orphans a gone quote when the search runs out of steps, or when it is too long to search', () => {
    const oldText = `<${'Z'.repeat(1001)}>`;
    const newText = 'a'.repeat(100_000);
    // 251 steps per character of the new text for a quote of 1,000 (up to 250 edits): more than 20,000,000.
    const items = [
      { start: 1, end: 1001, quote: 'Z'.repeat(1000) },
      { start: 1, end: 1002, quote: 'Z'.repeat(1001) },
      { start: 1, end: 5, quote: 'ZZZZ' },
    ];
    expect(reanchor(oldText, newText, items)).toEqual([
      { status: 'orphaned', old: items[0], reason: 'the search budget ran out before a passage was found' },
      { status: 'orphaned', old: items[1], reason: 'the quote is gone, and at 1001 characters is too long for approximate search (up to 1000)' },
      { status: 'orphaned', old: items[2], reason: 'the search budget ran out before a passage was found' },
    ]);
    expect(reanchor(oldText, newText.slice(0, 1000), items.slice(2))).toEqual([
      { status: 'orphaned', old: items[2], reason: 'no passage of the new text is within 1 edits of the quote' },
    ]);
  });

  describe('scoring spends 2 × 32 × 32 steps per candidate of the same budget of 20,000,000', () => {
    // The old text: "<", 1,000 Z, "|", 1,100 a, ">". The new one: "(", a run of a, ")": no Z in it.
    const oldText = `<${'Z'.repeat(1000)}|${'a'.repeat(1100)}>`;
    const newText = (run: number) => `(${'a'.repeat(run)})`;
    /** Gone quotes of Z whose searches spend exactly `k × newText.length` steps: k = 1 + a quarter of each length. */
    const burn = (k: number) => {
      const items: { start: number; end: number; quote: string }[] = [];
      for (; k > 251; k -= 251) items.push({ start: 1, end: 1001, quote: 'Z'.repeat(1000) });
      items.push({ start: 1, end: 1 + 4 * (k - 1), quote: 'Z'.repeat(4 * (k - 1)) });
      return items;
    };
    const as = (length: number) => ({ start: 1002, end: 1002 + length, quote: 'a'.repeat(length) });
    const statuses = (results: { status: string }[]) => [...new Set(results.map((r) => r.status))];

    it('a quote too long to search, found 40 times: 40 × 2,048 steps left is enough, 41 copies are not', () => {
      // 17,784 × 1,120 = 19,918,080 steps of search, and 20,000,000 - 19,918,080 = 81,920 = 40 × 2,048.
      const burners = burn(17_784);
      expect(burners.length).toBe(71);
      const enough = reanchor(oldText, newText(1118), [...burners, as(1079)]);
      expect(statuses(enough.slice(0, -1))).toEqual(['orphaned']);
      expect(enough.at(-1)).toMatchObject({ status: 'relocated', evidence: { start: 19, end: 1098 }, edits: 0 });
      const short = reanchor(oldText, newText(1118), [...burners, as(1078)]);
      expect(short.at(-1)).toEqual({ status: 'orphaned', old: as(1078), reason: 'the search budget ran out before a passage was found' });
    });

    it('a quote found exactly by the search too is scored once: 958 candidates, not 959', () => {
      // 17,863 × 1,007 steps for the Z quotes, 49,975 for the search of 48 a, and 958 × 2,048 for the scoring: 20,000,000.
      const burners = burn(17_863);
      expect(reanchor(oldText, newText(1005), [...burners, as(48)]).at(-1)).toMatchObject({ status: 'relocated', evidence: { start: 480, end: 528 }, score: 0.8 });
      expect(reanchor(oldText, newText(1005), [...burn(17_864), as(48)]).at(-1)).toMatchObject({ status: 'orphaned' });
    });
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
