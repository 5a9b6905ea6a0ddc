/**
 * How caller input is echoed in messages (src/printable.ts): control and bidi characters escaped, long input cut
 * at a fixed length, never inside a surrogate pair, with its full length said.
 */
import { describe, expect, it } from 'vitest';
import { escapeControls, quote } from '../src/printable.js';

describe('escapeControls', () => {
  it('writes every C0, DEL, C1 and bidi character as a four-digit \\u escape, each occurrence', () => {
    expect(escapeControls('\u0001a\u0002\u001b[31m')).toBe('\\u0001a\\u0002\\u001b[31m');
    expect(escapeControls('\u007f\u0085\u202e\u2066\u2028\ufeff')).toBe('\\u007f\\u0085\\u202e\\u2066\\u2028\\ufeff');
    expect(escapeControls('Kazakhstan 카자흐스탄')).toBe('Kazakhstan 카자흐스탄');
  });
});

describe('quote', () => {
  it('quotes text as a JSON string, with controls and bidi marks escaped', () => {
    expect(quote('KZ')).toBe('"KZ"');
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote('\u202eZK\u2028')).toBe('"\\u202eZK\\u2028"');
  });
  it('keeps text of exactly the limit whole, and cuts one character longer, saying the length', () => {
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(quote('x'.repeat(81))).toBe(`"${'x'.repeat(80)}"… (81 characters)`);
    expect(quote('x'.repeat(1_000_000))).toBe(`"${'x'.repeat(80)}"… (1,000,000 characters)`);
    expect(quote('abcdef', 3)).toBe('"abc"… (6 characters)');
  });
  it('never cuts a surrogate pair in half: a pair across the limit is left out whole', () => {
    const emoji = '😀'; // U+1F600: two UTF-16 code units, high then low
    expect(quote(`${'x'.repeat(79)}${emoji}y`)).toBe(`"${'x'.repeat(79)}"… (82 characters)`);
    expect(quote(`${'x'.repeat(78)}${emoji}y`)).toBe(`"${'x'.repeat(78)}${emoji}"… (81 characters)`);
  });
  it('cuts before the high half at the bounds of the high-surrogate range, and not outside it', () => {
    for (const high of ['\ud800', '\udbff']) expect(quote(`ab${high}cd`, 3)).toBe('"ab"… (5 characters)');
    for (const other of ['\ud7ff', '\udc00']) expect(quote(`ab${other}cd`, 3)).toBe(`${JSON.stringify(`ab${other}`)}… (5 characters)`);
  });
  it('escapes what it shows after cutting, too', () => {
    expect(quote(`\u001b${'x'.repeat(100)}`)).toBe(`"\\u001b${'x'.repeat(79)}"… (101 characters)`);
  });
});
