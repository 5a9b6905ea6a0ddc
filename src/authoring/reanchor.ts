/**
 * Re-anchoring: after a source text is corrected (a typo fixed, a paragraph added), find each quote again.
 *
 * Each quote gets one of three answers, and only the first is ever applied without being asked:
 * - `anchored`: the very same quote, with its surroundings, at new offsets (found without doubt: the edit is
 *   elsewhere, or the quote occurs once in the new text with the same words on at least one side of it);
 * - `relocated`: a passage that looks like it (an edited quote, or the same words in another place), with a score;
 *   it enters a dataset only when the caller accepts it;
 * - `orphaned`: nothing close enough.
 * Like the Hypothesis client, it tries an exact match first and an approximate one (bounded edit distance, scoring
 * the quote, the text before and after it, and its position) second; unlike it, an approximate match is never
 * attached silently.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import {
  closestPassage,
  DEFAULT_BUDGET_CELLS,
  levenshtein,
  MAX_APPROXIMATE_PATTERN,
  type SearchBudget,
} from './approximate-match.js';

/**
 * A quote at its offsets: the evidence items of a record, or anything with these fields.
 *
 * @group Re-anchoring
 */
export interface QuotedSpan {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/**
 * What {@link reanchor} says about one quote.
 *
 * @group Re-anchoring
 */
export type ReanchorResult<E extends QuotedSpan = QuotedSpan> =
  | { readonly status: 'anchored'; readonly evidence: E }
  | {
      readonly status: 'relocated';
      /** The item at the passage found, with that passage as its quote: apply it only once accepted. */
      readonly evidence: E;
      readonly old: E;
      /** 0–1: how alike the passage, the text around it and its position are to the old ones. */
      readonly score: number;
      /** Edits between the old quote and the passage found. */
      readonly edits: number;
    }
  | { readonly status: 'orphaned'; readonly old: E; readonly reason: string };

/** Characters on each side of a quote compared as its context. */
const CONTEXT = 32;
/** The share of a quote's length that an approximate match may differ by. */
const MAX_EDIT_SHARE = 0.25;
/**
 * The longest text {@link reanchor} takes (characters), and the most quotes.
 *
 * @group Re-anchoring
 */
export const REANCHOR_LIMITS: { readonly textLength: number; readonly items: number } = Object.freeze({ textLength: 5_000_000, items: 100_000 });
/** Exact matches of one quote looked at, at most. */
const MAX_CANDIDATES = 1_000;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const similarity = (a: string, b: string) => (a.length + b.length === 0 ? 1 : 1 - levenshtein(a, b) / Math.max(a.length, b.length));

/**
 * Finds each quote of `evidence` (offsets into `oldText`) again in `newText`: one result per item, in order.
 * Work is bounded: texts up to {@link REANCHOR_LIMITS}, approximate search only for quotes up to 1,000 characters,
 * within a quarter of the quote's length in edits, and within a fixed budget of steps per call.
 *
 * @throws `InvalidArgumentError` for texts that are not strings, longer than the limits, or items without offsets.
 * @example
 * ```ts
 * import { reanchor } from 'critical-minerals/authoring';
 * const before = 'Kazakstan holds uranium, chromium and titanium. Korea buys it.';
 * const after = 'Kazakhstan holds uranium, chromium and titanium. Korea buys it.';
 * const results = reanchor(before, after, [
 *   { start: 0, end: 23, quote: 'Kazakstan holds uranium' },
 *   { start: 48, end: 61, quote: 'Korea buys it' },
 * ]);
 * console.log(results.map((r) => r.status)); // [ 'relocated', 'anchored' ]
 * console.log(results[0]?.status === 'relocated' && results[0].evidence.quote); // Kazakhstan holds uranium
 * console.log(results[1]?.status === 'anchored' && results[1].evidence.start); // 49
 * ```
 * @group Re-anchoring
 */
export function reanchor<E extends QuotedSpan>(oldText: string, newText: string, evidence: readonly E[]): ReanchorResult<E>[] {
  for (const [name, text] of [['oldText', oldText], ['newText', newText]] as const) {
    if (typeof text !== 'string') throw new InvalidArgumentError(`reanchor expects ${name} as a string, got ${typeof text}.`, name, text);
    if (text.length > REANCHOR_LIMITS.textLength) {
      throw new InvalidArgumentError(`reanchor takes texts of up to ${REANCHOR_LIMITS.textLength} characters; ${name} has ${text.length}.`, name, text.length);
    }
  }
  if (!Array.isArray(evidence)) throw new InvalidArgumentError('reanchor expects an array of { start, end, quote } items.', 'evidence', evidence);
  if (evidence.length > REANCHOR_LIMITS.items) {
    throw new InvalidArgumentError(`reanchor takes up to ${REANCHOR_LIMITS.items} items; got ${evidence.length}.`, 'evidence', evidence.length);
  }
  const prefix = commonPrefix(oldText, newText);
  const suffix = commonSuffix(oldText, newText);
  const shift = newText.length - oldText.length;
  const budget: SearchBudget = { cells: DEFAULT_BUDGET_CELLS };
  return evidence.map((item, i) => {
    const ok = item !== null && typeof item === 'object' && Number.isInteger(item.start) && Number.isInteger(item.end) && typeof item.quote === 'string';
    if (!ok) throw new InvalidArgumentError(`reanchor expects evidence[${i}] as { start, end, quote }.`, `evidence[${i}]`, item);
    if (item.quote === '' || oldText.slice(item.start, item.end) !== item.quote) {
      return { status: 'orphaned', old: item, reason: `the quote does not stand at ${item.start}–${item.end} of the old text` };
    }
    // The edit lies wholly after the quote, or wholly before it: the same passage, without a doubt.
    const unchangedBefore = item.end <= prefix;
    const unchangedAfter = item.start >= oldText.length - suffix;
    if (unchangedBefore && (!unchangedAfter || shift === 0)) return { status: 'anchored', evidence: item };
    if (unchangedAfter && !unchangedBefore) return { status: 'anchored', evidence: { ...item, start: item.start + shift, end: item.end + shift } };
    return relocate(oldText, newText, item, budget);
  });
}

/** The general case: the edits surround or touch the quote. */
function relocate<E extends QuotedSpan>(oldText: string, newText: string, item: E, budget: SearchBudget): ReanchorResult<E> {
  const { quote } = item;
  const before = oldText.slice(Math.max(0, item.start - CONTEXT), item.start);
  const after = oldText.slice(item.end, item.end + CONTEXT);
  const sameBefore = (at: number) => at >= before.length && newText.slice(at - before.length, at) === before && (before.length === CONTEXT || at === before.length);
  const sameAfter = (end: number) => newText.slice(end, end + after.length) === after && (after.length === CONTEXT || end + after.length === newText.length);

  const exact: number[] = [];
  for (let at = newText.indexOf(quote); at !== -1 && exact.length < MAX_CANDIDATES; at = newText.indexOf(quote, at + 1)) exact.push(at);
  const both = exact.filter((at) => sameBefore(at) && sameAfter(at + quote.length));
  const either = exact.filter((at) => sameBefore(at) || sameAfter(at + quote.length));
  const sure = both.length === 1 ? both[0] : both.length === 0 && either.length === 1 ? either[0] : undefined;
  if (sure !== undefined) return { status: 'anchored', evidence: { ...item, start: sure, end: sure + quote.length } };

  const near = Math.round((item.start * newText.length) / Math.max(oldText.length, 1));
  const candidates = exact.map((start) => ({ start, end: start + quote.length, distance: 0 }));
  let exhausted = false;
  if (quote.length <= MAX_APPROXIMATE_PATTERN) {
    const found = closestPassage(newText, quote, Math.floor(quote.length * MAX_EDIT_SHARE), budget, near);
    if (found === 'budget') exhausted = true;
    else if (found !== null && found.distance > 0) candidates.push(found);
  }
  if (candidates.length === 0) {
    const reason = exhausted
      ? 'the search budget ran out before a passage was found'
      : quote.length > MAX_APPROXIMATE_PATTERN
        ? `the quote is gone, and at ${quote.length} characters is too long for approximate search (up to ${MAX_APPROXIMATE_PATTERN})`
        : `no passage of the new text is within ${Math.floor(quote.length * MAX_EDIT_SHARE)} edits of the quote`;
    return { status: 'orphaned', old: item, reason };
  }
  // Scoring compares two context windows per candidate: it spends the same budget as the search.
  budget.cells -= candidates.length * 2 * CONTEXT * CONTEXT;
  if (budget.cells < 0) return { status: 'orphaned', old: item, reason: 'the search budget ran out before a passage was found' };
  const scored = candidates.map((c) => {
    const quoteScore = 1 - c.distance / quote.length;
    const beforeScore = similarity(before, newText.slice(Math.max(0, c.start - before.length), c.start));
    const afterScore = similarity(after, newText.slice(c.end, c.end + after.length));
    const positionScore = 1 - Math.abs(c.start - near) / Math.max(newText.length, 1);
    return { ...c, score: 0.5 * quoteScore + 0.2 * beforeScore + 0.2 * afterScore + 0.1 * positionScore };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  return {
    status: 'relocated',
    evidence: { ...item, start: best.start, end: best.end, quote: newText.slice(best.start, best.end) },
    old: item,
    score: Math.round(best.score * 1000) / 1000,
    edits: best.distance,
  };
}
