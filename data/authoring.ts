/**
 * What a record author writes: the record without offsets. Each evidence item is the exact quote (with a
 * `prefix` or `suffix` where the quote alone occurs more than once); `scripts/generate-data.ts` finds the
 * offsets and fails on a quote that is missing or ambiguous.
 */
import type { AnyIds, AnyRecord, Cameo, PartialDate, Plover } from '../src/types.js';
import { CAMEO_LABELS, type CameoCode, type PloverCategory } from '../src/vocabulary.js';
import type { DerivationRule } from '../src/provenance.js';

/** The id of the one source this dataset has so far; evidence defaults to it. */
export const ARTICLE = '2024-06-12-kr-kz-critical-minerals';

/** A quote to locate in a source (W3C TextQuoteSelector: `exact` with optional `prefix`/`suffix`). */
export interface QuoteSpec {
  readonly quote: string;
  readonly prefix?: string;
  readonly suffix?: string;
  /** Defaults to {@link ARTICLE}. */
  readonly source?: string;
}

/** A record as authored: evidence as quotes, offsets found at build time. */
export type Draft<R extends AnyRecord<AnyIds> = AnyRecord<AnyIds>> = R extends unknown
  ? Omit<R, 'evidence'> & { readonly evidence: readonly (string | QuoteSpec)[] }
  : never;

/** A date the text states. */
export function stated(value: string): PartialDate {
  return { value, precision: precisionOf(value), basis: 'stated', note: null };
}

/** A date worked out from the text; `note` says how. */
export function derived(value: string, note: string): PartialDate {
  return { value, precision: precisionOf(value), basis: 'derived', note };
}

function precisionOf(value: string): PartialDate['precision'] {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** "Tuesday", read against the publication date (Wednesday 2024-06-12). */
export const TUESDAY = derived(
  '2024-06-11',
  '"Tuesday" in an article published Wednesday 2024-06-12 is 2024-06-11.',
);

/** A CAMEO code with its label. */
export function cameo(code: CameoCode): Cameo {
  return { code, label: CAMEO_LABELS[code] };
}

/** A PLOVER category with an optional mode. */
export function plover(category: PloverCategory, mode: string | null = null): Plover {
  return { category, mode };
}

/** Where an authored value comes from, when it is not simply stated by the record's quotes. */
export type ProvenanceSpec =
  | { readonly basis: 'stated'; readonly quotes: readonly (string | QuoteSpec)[]; readonly comparator?: 'gte'; readonly reportedBy?: string; readonly note?: string }
  | { readonly basis: 'derived'; readonly rule: DerivationRule; readonly quotes: readonly (string | QuoteSpec)[]; readonly note?: string; readonly comparator?: 'gte' }
  | { readonly basis: 'standard'; readonly note?: string }
  | { readonly basis: 'inferred'; readonly note: string; readonly quotes: readonly (string | QuoteSpec)[]; readonly comparator?: 'gte'; readonly reportedBy?: string };

/**
 * Stated by these quotes (or, with none given, by whichever of the record's quotes hold the value), with the
 * options a plain "stated" cannot express: an open list (`comparator: 'gte'`), who reports it.
 */
export function statedBy(
  quotes: readonly (string | QuoteSpec)[],
  options: { comparator?: 'gte'; reportedBy?: string; note?: string } = {},
): ProvenanceSpec {
  return { basis: 'stated', quotes, ...options };
}

/** Derived by a named rule from these quotes. */
export function derivedBy(rule: DerivationRule, quotes: readonly (string | QuoteSpec)[], note?: string): ProvenanceSpec {
  return note === undefined ? { basis: 'derived', rule, quotes } : { basis: 'derived', rule, quotes, note };
}

/** An editorial reading, with the note that says why, and the quotes it reads (if any). */
export function inferred(note: string, ...quotes: (string | QuoteSpec)[]): ProvenanceSpec {
  return { basis: 'inferred', note, quotes };
}

/** An outside identifier from the reference list. */
export const STANDARD: ProvenanceSpec = { basis: 'standard' };
