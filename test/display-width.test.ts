/**
 * The CLI's display width: our own table of East Asian Wide and Fullwidth ranges, checked against the pinned
 * `get-east-asian-width` for every code point, and the width and truncation rules built on it.
 */
import fc from 'fast-check';
import { eastAsianWidthType } from 'get-east-asian-width';
import { describe, expect, it } from 'vitest';
import { isWide, truncate, widthOf } from '../src/cli/display-width.js';

describe('isWide', () => {
  it('agrees with get-east-asian-width on every code point: wide and fullwidth are wide, nothing else', () => {
    const disagreements: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const type = eastAsianWidthType(cp);
      if (isWide(cp) !== (type === 'wide' || type === 'fullwidth')) disagreements.push(`U+${cp.toString(16)} ${type}`);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('widthOf', () => {
  it('counts Hangul, kana and CJK ideographs as two, Latin as one, combining marks as none', () => {
    expect(widthOf('카자흐스탄')).toBe(10);
    expect(widthOf('カザフスタン')).toBe(12);
    expect(widthOf('哈萨克斯坦')).toBe(10);
    expect(widthOf('Kazakhstan')).toBe(10);
    expect(widthOf('e\u0301')).toBe(1);
  });

  it('is additive over concatenation', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => widthOf(a + b) === widthOf(a) + widthOf(b)));
  });
});

describe('truncate', () => {
  it('never exceeds the width, keeps text that fits, and ends a cut in …', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (text, width) => {
        const cut = truncate(text, width);
        expect(widthOf(cut)).toBeLessThanOrEqual(width);
        if (widthOf(text) <= width) expect(cut).toBe(text);
        else expect(cut.endsWith('…') && text.startsWith(cut.slice(0, -1))).toBe(true);
      }),
    );
  });

  it('does not split a wide character: 카자흐스탄 in five columns is two syllables and …', () => {
    expect(truncate('카자흐스탄', 5)).toBe('카자…');
    expect(truncate('카자흐스탄', 6)).toBe('카자…');
  });
});
