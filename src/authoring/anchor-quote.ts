/**
 * Finding a quote in its source: the W3C TextQuoteSelector (`exact` with optional `prefix` and `suffix`) turned
 * into a TextPositionSelector (`start`, `end`). A quote must occur exactly once; otherwise the answer says why,
 * with the closest passage when it is missing and the prefixes that would single out each match when it occurs
 * more than once. `npm run generate` finds every quote of the embedded dataset with the same function.
 *
 * @module
 */
import { CriticalMineralsError, InvalidArgumentError } from '../errors.js';
import { closestPassage, DEFAULT_BUDGET_CELLS, type SearchBudget } from './approximate-match.js';

/**
 * Context around a quote that makes it unique: what comes just before (`prefix`) or just after (`suffix`).
 *
 * @group Anchoring
 */
export interface QuoteContext {
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/**
 * Where a quote stands in its source: 0-based UTF-16 offsets, `end` excluded (W3C TextPositionSelector).
 *
 * @group Anchoring
 */
export interface TextPosition {
  readonly start: number;
  readonly end: number;
}

/**
 * The passage nearest to a quote that is not in the text, and how many edits away it is.
 *
 * @group Anchoring
 */
export interface ClosestPassage extends TextPosition {
  readonly text: string;
  readonly edits: number;
}

/**
 * Context that singles out one match of an ambiguous quote.
 *
 * @group Anchoring
 */
export interface Disambiguation {
  /** Where that match starts. */
  readonly start: number;
  /**
   * The shortest context (whole words) before it, or after it, that no other match shares: the whole prefix or
   * suffix to give, the one already given included.
   */
  readonly prefix?: string;
  readonly suffix?: string;
}

/** What {@link locateQuote} finds. */
export type QuoteLocation =
  | ({ readonly status: 'found' } & TextPosition)
  | { readonly status: 'not-found'; readonly closest: ClosestPassage | null }
  | { readonly status: 'ambiguous'; readonly matches: readonly number[]; readonly hints: readonly Disambiguation[] };

/** Longest context a disambiguation hint proposes. */
const MAX_HINT = 80;
/** Matches of an ambiguous quote counted, at most (a hostile text could hold millions). */
const MAX_MATCHES = 1_000;
/** Matches given a disambiguation hint, at most: the first ones. */
const MAX_HINTED = 20;
const WORD = /[\p{L}\p{N}]/u;

/**
 * A quote that does not occur exactly once: `reason` says whether it is missing (`closest` then holds the nearest
 * passage, if any is near) or occurs several times (`matches` holds where, `hints` the context that picks each).
 *
 * @example
 * ```ts
 * import { anchorQuote, QuoteAnchorError } from 'critical-minerals/authoring';
 * try {
 *   anchorQuote('Lithium here. Lithium there.', 'Lithium');
 * } catch (error) {
 *   if (error instanceof QuoteAnchorError) console.log(error.reason, error.matches, error.hints[1]?.prefix);
 *   // ambiguous [ 0, 14 ] here.
 * }
 * ```
 * @group Anchoring
 */
export class QuoteAnchorError extends CriticalMineralsError {
  override name = 'QuoteAnchorError';
  /** `not-found` or `ambiguous`. */
  readonly reason: 'not-found' | 'ambiguous';
  /** The quote as given. */
  readonly quote: string;
  /** For `not-found`: the nearest passage within about a third of the quote's length in edits, or `null`. */
  readonly closest: ClosestPassage | null;
  /** For `ambiguous`: where each match starts (the first 1,000). */
  readonly matches: readonly number[];
  /** For `ambiguous`: for each of the first 20 matches, context that singles it out (when some does). */
  readonly hints: readonly Disambiguation[];
  constructor(message: string, quote: string, location: Exclude<QuoteLocation, { status: 'found' }>) {
    super(message);
    this.reason = location.status;
    this.quote = quote;
    this.closest = location.status === 'not-found' ? location.closest : null;
    this.matches = Object.freeze(location.status === 'ambiguous' ? [...location.matches] : []);
    this.hints = Object.freeze(location.status === 'ambiguous' ? location.hints.map((hint) => Object.freeze({ ...hint })) : []);
    if (this.closest !== null) this.closest = Object.freeze({ ...this.closest });
  }
}

/**
 * Finds `quote` in `text`, with the context that precedes and follows it when given. Never throws on a missing or
 * repeated quote: it says which (see {@link anchorQuote} for the throwing form).
 */
export function locateQuote(text: string, quote: string, context: QuoteContext = {}, budget?: SearchBudget): QuoteLocation {
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const needle = prefix + quote + suffix;
  const matches: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && matches.length < MAX_MATCHES; at = text.indexOf(needle, at + 1)) matches.push(at + prefix.length);
  if (matches.length === 1) return { status: 'found', start: matches[0]!, end: matches[0]! + quote.length };
  if (matches.length > 1) return { status: 'ambiguous', matches, hints: disambiguate(text, matches, quote.length + suffix.length, prefix, suffix) };
  const cells = budget ?? { cells: DEFAULT_BUDGET_CELLS };
  const found = closestPassage(text, needle, Math.ceil(needle.length / 3), cells);
  if (found === null || found === 'budget') return { status: 'not-found', closest: null };
  return {
    status: 'not-found',
    closest: { start: found.start, end: found.end, text: text.slice(found.start, found.end), edits: found.distance },
  };
}

/**
 * For each match, the shortest whole-word context before it (else after it) that no other match has, as the whole
 * prefix (or suffix) to give: the one given, widened.
 */
function disambiguate(text: string, matches: readonly number[], after: number, prefix: string, suffix: string): Disambiguation[] {
  return matches.slice(0, MAX_HINTED).map((start) => {
    const from = start - prefix.length;
    for (let length = 1; length <= Math.min(from, MAX_HINT); length++) {
      const before = text.slice(from - length, from);
      if (matches.every((other) => other === start || text.slice(other - prefix.length - length, other - prefix.length) !== before)) {
        let widened = length;
        while (widened < from && !WORD.test(text.slice(from - widened, from))) widened++;
        while (widened < from && WORD.test(text[from - widened - 1]!)) widened++;
        return { start, prefix: text.slice(from - widened, from) + prefix };
      }
    }
    const end = start + after;
    for (let length = 1; length <= Math.min(text.length - end, MAX_HINT); length++) {
      const next = text.slice(end, end + length);
      if (matches.every((other) => other === start || text.slice(other + after, other + after + length) !== next)) {
        let widened = length;
        while (end + widened < text.length && !WORD.test(text.slice(end, end + widened))) widened++;
        while (end + widened < text.length && WORD.test(text[end + widened]!)) widened++;
        return { start, suffix: suffix + text.slice(end, end + widened) };
      }
    }
    return { start };
  });
}

/** The problem with a quote that is not found exactly once, in a sentence naming the quote and the source. */
export function locationProblem(location: Exclude<QuoteLocation, { status: 'found' }>, needle: string, source: string | null): string {
  const where = source === null ? '' : ` in "${source}"`;
  if (location.status === 'not-found') {
    const near = location.closest;
    return `quote not found${where}: "${needle}"${near ? `; the closest passage is "${near.text}" at ${near.start}–${near.end} (${near.edits} edit${near.edits === 1 ? '' : 's'} away)` : ''}`;
  }
  const hints = location.hints.filter((h) => h.prefix !== undefined || h.suffix !== undefined).slice(0, 3);
  const advice =
    hints.length === 0
      ? 'add a prefix or suffix'
      : `add a prefix or suffix, such as ${hints.map((h) => (h.prefix !== undefined ? `prefix "${h.prefix}"` : `suffix "${h.suffix}"`) + ` (the match at ${h.start})`).join(', ')}`;
  const times = location.matches.length >= MAX_MATCHES ? `at least ${MAX_MATCHES}` : String(location.matches.length);
  return `quote is ambiguous: "${needle}" occurs ${times} times${where}; ${advice}`;
}

/**
 * The offsets of `quote` in `text`: it must occur exactly once (with `prefix` before it and `suffix` after it, when
 * given); the offsets cover the quote alone.
 *
 * @throws {@link QuoteAnchorError} when the quote is missing (naming the closest passage) or occurs more than once
 *   (saying how often, and which prefix would single out each match).
 * @example
 * ```ts
 * import { anchorQuote } from 'critical-minerals/authoring';
 * const text = 'Lithium here. Lithium there.';
 * console.log(anchorQuote(text, 'Lithium', { prefix: 'here. ' })); // { start: 14, end: 21 }
 * try {
 *   anchorQuote(text, 'Lithum there');
 * } catch (error) {
 *   console.log((error as Error).message);
 *   // Quote not found: "Lithum there"; the closest passage is "Lithium there" at 14–27 (1 edit away)
 * }
 * ```
 * @group Anchoring
 */
export function anchorQuote(text: string, quote: string, context: QuoteContext = {}): TextPosition {
  if (typeof text !== 'string') throw new InvalidArgumentError(`anchorQuote expects the source text as a string, got ${typeof text}.`, 'text', text);
  if (typeof quote !== 'string' || quote === '') throw new InvalidArgumentError('anchorQuote expects a non-empty quote string.', 'quote', quote);
  if (context === null || typeof context !== 'object') throw new InvalidArgumentError('anchorQuote expects options { prefix?, suffix? }.', 'options', context);
  for (const key of ['prefix', 'suffix'] as const) {
    const value = Object.hasOwn(context, key) ? context[key] : undefined;
    if (value !== undefined && typeof value !== 'string') throw new InvalidArgumentError(`anchorQuote expects ${key} to be a string.`, key, value);
  }
  const location = locateQuote(text, quote, context);
  if (location.status === 'found') return { start: location.start, end: location.end };
  const needle = (context.prefix ?? '') + quote + (context.suffix ?? '');
  const message = locationProblem(location, needle, null);
  throw new QuoteAnchorError(message[0]!.toUpperCase() + message.slice(1), quote, location);
}
