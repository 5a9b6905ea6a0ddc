/**
 * How caller input is echoed in a message: quoted, cut to a readable length, and with every character that
 * could steer a terminal or reorder the text shown as an escape. Input is data, so it never gets to draw.
 *
 * @module
 */

/** How many characters of an input a message repeats; the rest is counted, not shown. */
const ECHO_LIMIT = 80;

/**
 * Control characters (C0, DEL, C1), bidirectional formatting marks and line and paragraph separators. (In a JSON
 * string literal, C0 ones are escaped already; the rest `JSON.stringify` leaves as they are.)
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/** `text` with every control and bidi character (C0 ones included) written as a `\uXXXX` escape. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, hex);
}

function hex(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` as a JSON string literal safe to print: at most `limit` characters (never half a surrogate pair),
 * then `…` and the full length when cut, with control and bidi characters escaped.
 */
export function quote(text: string, limit = ECHO_LIMIT): string {
  if (text.length <= limit) return JSON.stringify(text).replace(UNSAFE, hex);
  let cut = limit;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${JSON.stringify(text.slice(0, cut)).replace(UNSAFE, hex)}… (${text.length.toLocaleString('en-US')} characters)`;
}
