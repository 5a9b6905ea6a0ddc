/**
 * Aligned plain-text tables for the terminal.
 *
 * @module
 */
import type { Style } from './style.js';

/** A table column: its header and how its cells are styled. */
export interface Column {
  readonly header: string;
  /** Colour for the cells (applied after padding is worked out, so colour codes never skew alignment). */
  readonly style?: ((text: string) => string) | undefined;
}

/** The width of `text` in terminal columns: one per code point (the data holds no wide characters). */
export function widthOf(text: string): number {
  let width = 0;
  for (const _ of text) width++;
  return width;
}

/** `text` cut to `width` columns, ending in `…` where it was cut. */
export function truncate(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  return `${[...text].slice(0, Math.max(0, width - 1)).join('')}…`;
}

/**
 * A table: a bold header row, then one row per entry, columns two spaces apart and left-aligned. The last
 * column is not padded (no trailing spaces); with `maxWidth` (a terminal's width) it is cut to fit, never
 * narrower than 12 columns. Line breaks inside a cell become spaces.
 */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { readonly style: Style; readonly maxWidth?: number | undefined },
): string {
  const cells = rows.map((row) => columns.map((_, i) => (row[i] ?? '').replace(/\s*[\r\n]+\s*/g, ' ')));
  const widths = columns.map((column, i) => Math.max(widthOf(column.header), ...cells.map((row) => widthOf(row[i]!))));
  const last = columns.length - 1;
  const lead = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const lastWidth = options.maxWidth === undefined ? Infinity : Math.max(12, options.maxWidth - lead);
  const line = (row: readonly string[], styles: readonly (((text: string) => string) | undefined)[]) =>
    row
      .map((cell, i) => {
        const text = i === last ? truncate(cell, lastWidth) : cell + ' '.repeat(widths[i]! - widthOf(cell));
        const style = styles[i];
        return style ? (i === last ? style(text) : style(cell) + text.slice(cell.length)) : text;
      })
      .join('  ');
  const header = line(
    columns.map((c) => c.header),
    columns.map(() => options.style.bold),
  );
  const body = cells.map((row) => line(row, columns.map((c) => c.style)));
  return `${[header, ...body].join('\n')}\n`;
}
