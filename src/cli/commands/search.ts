/**
 * `critical-minerals search <text>`: which records name or quote some text.
 *
 * @module
 */
import { dataset, type AnyRecord, type Evidence, type RecordId, type RecordKind } from '../../index.js';
import { JSON_OPTION, plural, type Command } from '../command.js';
import { UsageError } from '../usage-error.js';
import { quote } from '../../printable.js';

/** Where a search found its text: the field, the field's text, and where in it the match starts. */
export interface SearchMatch {
  /** `id`, `name`, `label`, `title`, `officialName`, `familyName`, `aliases`, `symbol`, `text` or `evidence`. */
  readonly field: string;
  readonly text: string;
  /** Where the match starts in `text` (a JavaScript string index). */
  readonly at: number;
  /** For an evidence match, where the quote stands in its source. */
  readonly evidence?: Evidence;
}

/** A record that matched, with every place it matched. */
export interface SearchHit {
  readonly id: RecordId;
  readonly kind: RecordKind;
  readonly matches: readonly SearchMatch[];
}

const NAME_FIELDS = ['name', 'label', 'title', 'officialName', 'familyName', 'symbol'] as const;

/** Lower case, with curly quotes and apostrophes made straight, one character for one (so indices hold). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const lower = char.toLowerCase();
    const one = lower.length === 1 ? lower : char;
    out += one === '’' || one === '‘' ? "'" : one === '“' || one === '”' ? '"' : one;
  }
  return out;
}

/**
 * Every record whose id, name (or label, title, alias, symbol), a statement's words, or an evidence quote
 * holds `query`, ignoring case and curly quotes. Records in kind order, then dataset order.
 */
export function searchRecords(query: string): readonly SearchHit[] {
  const needle = fold(query.trim());
  const hits: SearchHit[] = [];
  for (const map of Object.values(dataset)) {
    for (const record of Object.values(map) as AnyRecord[]) {
      const matches: SearchMatch[] = [];
      const test = (field: string, text: string, evidence?: Evidence) => {
        const at = fold(text).indexOf(needle);
        if (at >= 0) matches.push(evidence === undefined ? { field, text, at } : { field, text, at, evidence });
      };
      const fields = record as unknown as Readonly<Record<string, unknown>>;
      test('id', record.id);
      for (const field of NAME_FIELDS) {
        const value = fields[field];
        if (typeof value === 'string') test(field, value);
      }
      const aliases = fields['aliases'];
      if (Array.isArray(aliases)) for (const alias of aliases as string[]) test('aliases', alias);
      if (record.kind === 'statement') test('text', record.text);
      for (const e of record.evidence) test('evidence', e.quote, e);
      if (matches.length > 0) hits.push({ id: record.id, kind: record.kind, matches });
    }
  }
  return hits;
}

/** Up to `around` characters either side of the match, with `…` where the text was cut. */
export function snippet(match: SearchMatch, length: number, around = 24): string {
  const start = Math.max(0, match.at - around);
  const end = Math.min(match.text.length, match.at + length + around);
  return `${start > 0 ? '…' : ''}${match.text.slice(start, end)}${end < match.text.length ? '…' : ''}`;
}

/** Wraps each occurrence of `query` in `text` (ignoring case) in `mark`. */
export function highlight(text: string, query: string, mark: (text: string) => string): string {
  const needle = fold(query);
  if (needle === '') return text;
  const folded = fold(text);
  let out = '';
  let from = 0;
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    out += text.slice(from, at) + mark(text.slice(at, at + needle.length));
    from = at + needle.length;
  }
  return out + text.slice(from);
}

/** Records whose ids, names or quotes hold some text. */
export const searchCommand: Command = {
  name: 'search',
  args: '<text>',
  min: 1,
  max: 1,
  summary: 'records whose id, name or quotes contain text',
  description:
    'The records whose id, name, label, title, aliases, element symbol, words (for a statement) or evidence quotes ' +
    'contain the text, ignoring case and curly quotes. Each row shows where it matched first, and how many more places.',
  argHelp: [['<text>', 'the text to look for; quote it if it has spaces ("rare earth")']],
  options: [JSON_OPTION],
  examples: ['critical-minerals search lithium', 'critical-minerals search "700 Korean" --json'],
  run(context) {
    const query = context.args[0]!;
    if (query.trim() === '') throw new UsageError('search needs some text to look for.', 'search');
    const hits = searchRecords(query);
    if (context.options['json']) return context.printJson(hits);
    if (hits.length === 0) return context.print(`No records match ${quote(query)}.\n`);
    const length = query.trim().length;
    context.print(`${context.style.bold(`${plural(hits.length, 'record')} match ${quote(query)}`)}\n\n`);
    context.printTable(
      [
        { header: 'ID', style: context.style.cyan },
        { header: 'KIND' },
        { header: 'FIELD' },
        { header: 'MATCHED', style: (text) => highlight(text, query.trim(), context.style.yellow) },
      ],
      hits.map((hit) => {
        const [first] = hit.matches;
        const field = first!.evidence ? `quote [${first!.evidence.start}–${first!.evidence.end}]` : first!.field;
        const more = hit.matches.length > 1 ? ` (+${hit.matches.length - 1})` : '';
        return [hit.id, hit.kind, field + more, snippet(first!, length)];
      }),
    );
  },
};
