/**
 * What a record author writes: the record without offsets. Each evidence item is the exact quote (with a
 * `prefix` or `suffix` where the quote alone occurs more than once); `scripts/generate-data.ts` finds the
 * offsets and fails on a quote that is missing or ambiguous.
 */
import type { AnyIds, AnyRecord, Cameo, PartialDate, Plover } from '../src/types.js';
import { dayRange } from '../src/dates.js';
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

/** A record as authored: evidence as quotes, offsets found at build time; provenance only where a value is not simply stated. */
export type Draft<R extends AnyRecord<AnyIds> = AnyRecord<AnyIds>> = R extends unknown
  ? Omit<R, 'evidence' | 'provenance'> & {
      readonly evidence: readonly (string | QuoteSpec)[];
      readonly provenance?: Readonly<Record<string, ProvenanceSpec>>;
    }
  : never;

/**
 * A date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with the days it may fall on (the span of `value` unless bounds narrow
 * it). Whether it is stated or derived is said in the record's provenance.
 */
export function date(value: string, bounds: { earliest?: string; latest?: string } = {}): PartialDate {
  const span = dayRange(value);
  if (span === null) throw new Error(`not a date: ${value}`);
  return { value, precision: precisionOf(value), earliest: bounds.earliest ?? span.first, latest: bounds.latest ?? span.last };
}

function precisionOf(value: string): PartialDate['precision'] {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The article's dateline: the quote that gives its publication date. */
export const DATELINE = 'June 12, 2024';
/** The article's publication date. */
export const PUBLISHED = '2024-06-12';

/** "Tuesday" in an article published Wednesday 2024-06-12: 2024-06-11. */
export const TUESDAY = date('2024-06-11');
/** The provenance of {@link TUESDAY}: the weekday read against the publication date. */
export const ON_TUESDAY = derivedBy('weekday-before-publication', ['agreed Tuesday', DATELINE]);

/** A state (an office, a status) as of the publication date. */
export const AS_OF_PUBLICATION = derivedBy('as-of-publication', [DATELINE]);

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
  | {
      readonly basis: 'derived';
      readonly rule: DerivationRule;
      readonly quotes: readonly (string | QuoteSpec)[];
      readonly note?: string;
      readonly comparator?: 'gte';
      readonly claims?: readonly ClaimSpec[];
    }
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

/** One source's claim about a value, as authored: the value, and the quotes (of any source) it rests on. */
export interface ClaimSpec {
  readonly value: unknown;
  readonly basis: 'stated' | 'derived' | 'inferred';
  readonly quotes: readonly (string | QuoteSpec)[];
  readonly rule?: DerivationRule;
  readonly note?: string;
  /** An English gloss of a quote in another language: ours. */
  readonly gloss?: string;
}

/**
 * A value more than one source gives, resolved by a named rule where they disagree (the build marks the
 * conflict); every claim stays visible in the provenance.
 */
export function resolvedBy(rule: DerivationRule, note: string, claims: readonly ClaimSpec[]): ProvenanceSpec {
  return { basis: 'derived', rule, quotes: [], note, claims };
}
