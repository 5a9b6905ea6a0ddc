/**
 * The CLI's small support modules, exactly: display widths and truncation (display-width), aligned tables and how
 * they give way to a terminal's width (table), when and how output is coloured (style), and the usage error.
 */
import { describe, expect, it } from 'vitest';
import { codePointWidth, truncate, widthOf } from '../src/cli/display-width.js';
import { createStyle, wantsColor } from '../src/cli/style.js';
import { formatTable, type Column } from '../src/cli/table.js';
import { UsageError } from '../src/cli/usage-error.js';

const plain = createStyle(false);
const coloured = createStyle(true);
const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
const cyan = (text: string) => `\u001B[36m${text}\u001B[39m`;

describe('codePointWidth', () => {
  it('is 0 for combining (Mn), enclosing (Me) and format (Cf) characters, 2 for wide ones, 1 for the rest', () => {
    expect(codePointWidth('\u0301')).toBe(0); // combining acute accent, Mn
    expect(codePointWidth('\u20DD')).toBe(0); // combining enclosing circle, Me
    expect(codePointWidth('\u200B')).toBe(0); // zero width space, Cf
    expect(codePointWidth('\u00AD')).toBe(0); // soft hyphen, Cf
    expect(codePointWidth('A')).toBe(1);
    expect(codePointWidth('é')).toBe(1);
    expect(codePointWidth('가')).toBe(2);
    expect(codePointWidth('😀')).toBe(2);
    expect(codePointWidth('Ａ')).toBe(2); // fullwidth A
  });

  it('adds up over a text', () => {
    expect(widthOf('')).toBe(0);
    expect(widthOf('a\u20DDb\u200Bc')).toBe(3);
    expect(widthOf('한국 Korea')).toBe(10);
  });
});

describe('truncate, exactly', () => {
  it('keeps a text that fits exactly, and cuts one column over to width - 1 columns and …', () => {
    expect(truncate('abcd', 4)).toBe('abcd');
    expect(truncate('abcde', 4)).toBe('abc…');
    expect(truncate('abcdefgh', 4)).toBe('abc…');
    expect(truncate('abc', 1)).toBe('…');
  });

  it('cuts to nothing at all in zero columns or fewer', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', -3)).toBe('');
    expect(truncate('', 0)).toBe('');
  });

  it('stops before a wide character that would overflow, even where one column is left', () => {
    expect(truncate('a카b', 2)).toBe('a…');
    expect(truncate('카b', 2)).toBe('…');
    expect(truncate('ab카', 3)).toBe('ab…');
    expect(truncate('a카bc', 4)).toBe('a카…');
  });
});

describe('formatTable without a width limit', () => {
  const columns: Column[] = [{ header: 'Id' }, { header: 'Name' }, { header: 'Note' }];

  it('pads every column but the last to its widest cell, two spaces apart, in display columns', () => {
    const rows = [
      ['a', '카자', 'x'],
      ['long-id', 'b'],
    ];
    expect(formatTable(columns, rows, { style: plain })).toBe(
      ['Id       Name  Note', 'a        카자  x', 'long-id  b     '].join('\n') + '\n',
    );
  });

  it('turns a line break inside a cell, and the blanks around it, into one space', () => {
    const rows = [['a\nb', 'c \r\n  d', 'e\n\nf']];
    expect(formatTable(columns, rows, { style: plain })).toBe('Id   Name  Note\na b  c d   e f\n');
  });

  it('makes the header bold and styles the cells after padding, so colour codes never count as width', () => {
    const styled: Column[] = [{ header: 'Id', style: coloured.cyan }, { header: 'Name' }];
    const out = formatTable(styled, [['abc', 'x'], ['', 'y']], { style: coloured });
    expect(out).toBe(`${bold('Id')} ` + `  ${bold('Name')}\n${cyan('abc')}  x\n     y\n`);
  });

  it('leaves the header plain where colour is off', () => {
    expect(formatTable([{ header: 'Id' }], [['1']], { style: plain })).toBe('Id\n1\n');
  });
});

describe('formatTable within maxWidth', () => {
  const columns: Column[] = [{ header: 'h1' }, { header: 'h2' }, { header: 'h3' }];
  const lines = (rows: string[][], maxWidth: number) => formatTable(columns, rows, { style: plain, maxWidth }).split('\n').slice(0, -1);

  it('cuts only the last column when that is enough', () => {
    const out = lines([['abcdefghij', 'klmnopqrst', '0123456789'.repeat(3)]], 50);
    expect(out).toEqual(['h1          h2          h3', 'abcdefghij  klmnopqrst  0123456789012345678901234…']);
    expect(out.map(widthOf)).toEqual([26, 50]);
  });

  it('keeps the last column at 12 columns, then cuts the widest of the others', () => {
    const out = lines([['abcdefghij', 'ABCDEFGHIJKLMNOPQRST', '0123456789'.repeat(3)]], 40);
    expect(out).toEqual(['h1          h2              h3', 'abcdefghij  ABCDEFGHIJKLM…  01234567890…']);
    expect(widthOf(out[1]!)).toBe(40);
  });

  it('does not widen a last column narrower than 12, and takes turns between columns equally wide, rightmost first', () => {
    const out = lines([['ABCDEFGHIJKLMNOPQRST', 'abcdefghijklmnopqrst', 'xyz12']], 40);
    expect(out).toEqual(['h1                h2               h3', 'ABCDEFGHIJKLMNO…  abcdefghijklmn…  xyz12']);
    expect(widthOf(out[1]!)).toBe(40);
  });

  it('leaves the table as it is where it fits', () => {
    expect(lines([['a', 'b', 'c']], 80)).toEqual(['h1  h2  h3', 'a   b   c']);
    expect(lines([['abcdefghij', 'ABCDEFGHIJ', '0123456789']], 38)).toEqual([
      'h1          h2          h3',
      'abcdefghij  ABCDEFGHIJ  0123456789',
    ]);
  });

  it('cuts a column to one column (…) at the narrowest, never to none', () => {
    const two: Column[] = [{ header: 'a' }, { header: 'b' }];
    expect(formatTable(two, [['abcde', 'vwxyz']], { style: plain, maxWidth: 3 })).toBe('a  b\n…  …\n');
  });
});

describe('wantsColor', () => {
  const tty = (env: Record<string, string | undefined> | undefined, isTTY: boolean | undefined = true) => wantsColor({ isTTY, env });

  it('follows FORCE_COLOR when set: 0 and false (any case) mean off, anything else on, terminal or not', () => {
    expect(tty({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(tty({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(tty({ FORCE_COLOR: '3', NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    expect(tty({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(tty({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(tty({ FORCE_COLOR: 'FALSE' }, true)).toBe(false);
  });

  it('otherwise colours a terminal only, unless NO_COLOR is set and not empty, or TERM is dumb', () => {
    expect(tty({}, true)).toBe(true);
    expect(tty({}, false)).toBe(false);
    expect(wantsColor({ env: {} })).toBe(false);
    expect(tty(undefined, true)).toBe(true);
    expect(tty(undefined, false)).toBe(false);
    expect(tty({ NO_COLOR: '1' }, true)).toBe(false);
    expect(tty({ NO_COLOR: '' }, true)).toBe(true);
    expect(tty({ NO_COLOR: undefined }, true)).toBe(true);
    expect(tty({ TERM: 'dumb' }, true)).toBe(false);
    expect(tty({ TERM: 'xterm-256color' }, true)).toBe(true);
  });
});

describe('createStyle', () => {
  it('wraps text in SGR codes when on, each closed by its own reset, and leaves the empty text empty', () => {
    expect(coloured.enabled).toBe(true);
    expect([coloured.bold('b'), coloured.dim('d'), coloured.cyan('c'), coloured.yellow('y')]).toEqual([
      '\u001B[1mb\u001B[22m',
      '\u001B[2md\u001B[22m',
      '\u001B[36mc\u001B[39m',
      '\u001B[33my\u001B[39m',
    ]);
    expect([coloured.bold(''), coloured.dim(''), coloured.cyan(''), coloured.yellow('')]).toEqual(['', '', '', '']);
  });

  it('is the identity when off', () => {
    expect(plain.enabled).toBe(false);
    expect([plain.bold('b'), plain.dim('d'), plain.cyan('c'), plain.yellow('y')]).toEqual(['b', 'd', 'c', 'y']);
  });
});

describe('UsageError', () => {
  it('carries its message, its name and the command whose usage to show (none by default)', () => {
    const global = new UsageError('Missing command.');
    expect(global).toBeInstanceOf(Error);
    expect(global.name).toBe('UsageError');
    expect(global.message).toBe('Missing command.');
    expect(global.command).toBeNull();
    expect(String(global)).toBe('UsageError: Missing command.');
    expect(new UsageError('Unknown option --x.', 'export').command).toBe('export');
  });
});
