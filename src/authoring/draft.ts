/**
 * What an author writes: records without offsets and, for most values, without provenance. Each evidence item is
 * the exact quote (with a `prefix` or `suffix` where the quote alone occurs more than once); provenance is written
 * only for values the record's quotes do not simply state. {@link draftCatalog} and `npm run generate` resolve the
 * rest.
 *
 * @module
 */
import type { DerivationRule } from '../provenance.js';
import type { AnyIds, AnyRecord } from '../types.js';

/**
 * A quote to find in a source (W3C TextQuoteSelector: `exact` with optional `prefix`/`suffix`).
 *
 * @group Drafts
 */
export interface QuoteSpec {
  /** The exact words, as the source has them. */
  readonly quote: string;
  /** Text just before the quote, when the quote alone occurs more than once. */
  readonly prefix?: string;
  /** Text just after the quote, when the quote alone occurs more than once. */
  readonly suffix?: string;
  /** The source's id; by default the only source (or the `defaultSource` given). */
  readonly source?: string;
}

/**
 * Where an authored value comes from, when it is not simply stated by the record's quotes.
 *
 * @group Drafts
 */
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
 * A record as authored: evidence as quotes, offsets found when it is resolved; provenance only where a value is not simply stated.
 *
 * @group Drafts
 */
export type Draft<R extends AnyRecord<AnyIds> = AnyRecord<AnyIds>> = R extends unknown
  ? Omit<R, 'evidence' | 'provenance'> & {
      readonly evidence: readonly (string | QuoteSpec)[];
      readonly provenance?: Readonly<Record<string, ProvenanceSpec>>;
    }
  : never;

/**
 * Stated by these quotes (or, with none given, by whichever of the record's quotes hold the value), with the
 * options a plain "stated" cannot express: an open list (`comparator: 'gte'`), who reports it.
 *
 * @example
 * ```ts
 * import { statedBy } from 'critical-minerals/authoring';
 * console.log(statedBy(['including lithium'], { comparator: 'gte' }));
 * // { basis: 'stated', quotes: [ 'including lithium' ], comparator: 'gte' }
 * ```
 * @group Drafts
 */
export function statedBy(
  quotes: readonly (string | QuoteSpec)[],
  options: { comparator?: 'gte'; reportedBy?: string; note?: string } = {},
): ProvenanceSpec {
  return { basis: 'stated', quotes, ...options };
}

/**
 * Derived by a named rule (one of `DERIVATION_RULES`) from these quotes.
 *
 * @example
 * ```ts
 * import { derivedBy } from 'critical-minerals/authoring';
 * console.log(derivedBy('as-of-publication', ['June 12, 2024']).basis); // derived
 * ```
 * @group Drafts
 */
export function derivedBy(rule: DerivationRule, quotes: readonly (string | QuoteSpec)[], note?: string): ProvenanceSpec {
  return note === undefined ? { basis: 'derived', rule, quotes } : { basis: 'derived', rule, quotes, note };
}

/**
 * An editorial reading, with the note that says why, and the quotes it reads (if any).
 *
 * @example
 * ```ts
 * import { inferred } from 'critical-minerals/authoring';
 * console.log(inferred('The text is written in English.')); // { basis: 'inferred', note: 'The text is written in English.', quotes: [] }
 * ```
 * @group Drafts
 */
export function inferred(note: string, ...quotes: (string | QuoteSpec)[]): ProvenanceSpec {
  return { basis: 'inferred', note, quotes };
}

/**
 * An outside identifier from the reference list (ISO 3166, UN M49, element symbols, Wikidata, CAMEO, PLOVER).
 *
 * @group Drafts
 */
export const STANDARD: ProvenanceSpec = Object.freeze({ basis: 'standard' });

/**
 * One source's claim about a value, as authored: the value, and the quotes (of any source) it rests on.
 *
 * @group Drafts
 */
export interface ClaimSpec {
  /** The value this source gives, in the field's own shape. */
  readonly value: unknown;
  /** How the source gives it. */
  readonly basis: 'stated' | 'derived' | 'inferred';
  /** The quotes the claim rests on; name their `source` where it is not the default one. */
  readonly quotes: readonly (string | QuoteSpec)[];
  /** For `derived`: the rule that reads the value from the quotes. */
  readonly rule?: DerivationRule;
  /** Why, or what the claim assumes (a time zone, a schedule). */
  readonly note?: string;
  /** An English gloss of a quote in another language: ours, not the source's. */
  readonly gloss?: string;
}

/**
 * A value more than one source gives, resolved by a named rule where they disagree (the conflict is marked when
 * the drafts are resolved); every claim stays visible in the provenance and in `claimsOf`.
 *
 * @example
 * ```ts
 * import { resolvedBy } from 'critical-minerals/authoring';
 * const spec = resolvedBy('local-date-of-event', 'The day in Astana wins.', [
 *   { value: 1, basis: 'stated', quotes: ['one'] },
 *   { value: 2, basis: 'stated', quotes: ['two'] },
 * ]);
 * console.log(spec.basis, 'claims' in spec && spec.claims?.length); // derived 2
 * ```
 * @group Drafts
 */
export function resolvedBy(rule: DerivationRule, note: string, claims: readonly ClaimSpec[]): ProvenanceSpec {
  return { basis: 'derived', rule, quotes: [], note, claims };
}
