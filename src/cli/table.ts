/**
 * Aligned plain-text tables for the terminal.
 *
 * @module
 */
import { truncate, widthOf } from './display-width.js';
import type { Style } from './style.js';

/** A table column: its header and how its cells are styled. */
export interface Column {
  readonly header: string;
  /** Colour for the cells (applied after padding is worked out, so colour codes never skew alignment). */
  readonly style?: ((text: string) => string) | undefined;
}

/** The narrowest the last column is cut to before the others give way. */
const LAST_COLUMN_FLOOR = 12;

/**
 * Column widths that fit `maxWidth` with two spaces between columns: the last column gives way first, down to
 * {@link LAST_COLUMN_FLOOR}; then the widest column, one at a time, so no column ends up much narrower than another.
 */
function fitWidths(widths: readonly number[], maxWidth: number): number[] {
  const fitted = [...widths];
  const available = maxWidth - 2 * (fitted.length - 1);
  const total = () => fitted.reduce((sum, w) => sum + w, 0);
  const last = fitted.length - 1;
  fitted[last] = Math.max(Math.min(fitted[last]!, LAST_COLUMN_FLOOR), fitted[last]! - (total() - available));
  while (total() > available) {
    const widest = fitted.lastIndexOf(Math.max(...fitted));
    if (fitted[widest]! <= 1) break;
    fitted[widest]!--;
  }
  return fitted;
}

/**
 * A table: a bold header row, then one row per entry, columns two spaces apart and left-aligned, measured in
 * display columns (a Hangul or kana character takes two). The last column is not padded (no trailing spaces).
 * With `maxWidth` (the terminal's width) every line fits it: the last column is cut first, to no fewer than 12
 * columns, then the widest of the others; a cut cell ends in `…`. Line breaks inside a cell become spaces.
 */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { readonly style: Style; readonly maxWidth?: number | undefined },
): string {
  const cells = rows.map((row) => columns.map((_, i) => (row[i] ?? '').replace(/\s*[\r\n]+\s*/g, ' ')));
  const natural = columns.map((column, i) => Math.max(widthOf(column.header), ...cells.map((row) => widthOf(row[i]!))));
  const widths = options.maxWidth === undefined ? natural : fitWidths(natural, options.maxWidth);
  const last = columns.length - 1;
  const line = (row: readonly string[], styles: readonly (((text: string) => string) | undefined)[]) =>
    row
      .map((cell, i) => {
        const text = truncate(cell, widths[i]!);
        const padding = i === last ? '' : ' '.repeat(widths[i]! - widthOf(text));
        const style = styles[i];
        return (style ? style(text) : text) + padding;
      })
      .join('  ');
  const header = line(
    columns.map((c) => c.header),
    columns.map(() => options.style.bold),
  );
  const body = cells.map((row) => line(row, columns.map((c) => c.style)));
  return `${[header, ...body].join('\n')}\n`;
}
