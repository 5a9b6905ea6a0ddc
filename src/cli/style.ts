/**
 * Colour for terminal output: on only where it helps and nobody has asked for it off.
 *
 * @module
 */
import type { CliIo } from './io.js';

/** Text styles; each is the identity when colour is off. */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  cyan(text: string): string;
  yellow(text: string): string;
}

/**
 * Whether to colour stdout. `FORCE_COLOR` decides when set (`0` or `false` means off, anything else on), as
 * in Node itself; otherwise colour needs a terminal, `NO_COLOR` unset or empty (https://no-color.org), and a
 * `TERM` other than `dumb`.
 */
export function wantsColor(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  const env = io.env ?? {};
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return io.isTTY === true;
}

const sgr = (open: number, close: number) => (text: string) => (text === '' ? text : `\u001B[${open}m${text}\u001B[${close}m`);
const plain = (text: string) => text;

/**
 * The styles for output, coloured or plain.
 */
export function createStyle(enabled: boolean): Style {
  if (!enabled) return { enabled, bold: plain, dim: plain, cyan: plain, yellow: plain };
  return { enabled, bold: sgr(1, 22), dim: sgr(2, 22), cyan: sgr(36, 39), yellow: sgr(33, 39) };
}
