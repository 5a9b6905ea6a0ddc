/**
 * Value-level provenance: for every populated field of a record, where its value comes from.
 *
 * A record keeps its values inline and its quotes once, in `evidence`; its `provenance` maps each field to a
 * {@link ProvenanceRef} whose `evidence` holds positions in that list. `expandProvenance` turns the
 * positions back into quotes, which is what `provenanceOf` answers.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';
import type { Evidence, IdSpace, Ids } from './types.js';

/**
 * Where a value comes from:
 * - `stated`: an evidence quote says it (the build checks that the quote holds a surface form of the value);
 * - `derived`: worked out from stated values by a named rule ({@link DERIVATION_RULES});
 * - `standard`: an outside identifier from the project's reference list (ISO 3166, UN M49, element symbols,
 *   checked Wikidata ids, CAMEO and PLOVER codes);
 * - `inferred`: an editorial reading the text supports but does not state, with a note saying why.
 *
 * @group Provenance and evidence
 */
export const PROVENANCE_BASES = /* @__PURE__ */ deepFreeze(['stated', 'derived', 'standard', 'inferred'] as const);
/**
 * One of {@link PROVENANCE_BASES}.
 *
 * @group Provenance and evidence
 */
export type ProvenanceBasis = (typeof PROVENANCE_BASES)[number];

/**
 * The closed vocabulary of derivation rules, each with what it does. A `derived` value names one of these and
 * points at the quotes the rule reads.
 *
 * @group Provenance and evidence
 */
export const DERIVATION_RULES = /* @__PURE__ */ deepFreeze({
  'weekday-before-publication':
    'A weekday the text names ("Tuesday") is the last such day before the source’s publication date, in the source’s time zone.',
  'weekday-on-or-before-publication':
    'A weekday a report names ("on Wednesday") is the last such day on or before its publication date, in the source’s time zone.',
  'day-of-publication-month':
    'A day of the month given alone ("12일", the 12th) is that day in the month of the source’s publication date.',
  'local-date-of-event':
    'Where sources give different days, the date is the calendar day where the event took place: each claim is read in its source’s time zone, and the day the claims of the event’s own time zone give wins; the others stay as claims.',
  'date-of-occasion': 'A value the text reports as reached at an event takes that event’s date.',
  'as-of-publication': 'A state the source describes (an office, a status) holds as of its publication date.',
  'reported-as-past': 'An event the source reports in the past tense had taken place by its publication date.',
  'the-two-countries':
    '"The two countries", "the two sides" and "the two leaders" are the pair the article is about: South Korea and Kazakhstan (its headline), or their presidents.',
  'list-length': 'The size of a list is the number of its stated items.',
  'kind-of-number': 'A number of things counted is a count, an ordinal ("fourth-largest") a rank, a series of named items a list.',
  'exact-unless-qualified': 'A number or list the text gives without "more than", "about" or "including" is exact.',
  'plural-at-least-two': 'A plural noun with no number ("deals", "MOUs") means at least two.',
  'quotation-marks': 'Words inside quotation marks followed by "said" are the speaker’s direct words.',
  'reporting-verb': 'Words introduced by "said" or "expressed" without quotation marks are reported speech.',
  'sha256-of-text': 'The SHA-256 digest of the source text as UTF-8.',
} as const satisfies Record<string, string>);
/**
 * A rule name from {@link DERIVATION_RULES}.
 *
 * @group Provenance and evidence
 */
export type DerivationRule = keyof typeof DERIVATION_RULES;

/**
 * How a record stores the provenance of one field: `evidence` holds positions in the record's own `evidence`
 * list, so each quote is stored once per record.
 *
 * @group Provenance and evidence
 */
export interface ProvenanceRef<I extends IdSpace = Ids> {
  /** Where the value comes from. */
  readonly basis: ProvenanceBasis;
  /** Positions in the record's `evidence` of the quotes that say the value (or that a rule reads). */
  readonly evidence: readonly number[];
  /** For `derived`: the rule that computes the value. */
  readonly rule?: DerivationRule;
  /** Why: required for `inferred`, optional otherwise. */
  readonly note?: string;
  /** For a list: `gte` when the text gives it as open ("including"), so the true list holds at least these items. */
  readonly comparator?: 'gte';
  /** For a value the source reports as someone's words ("Tokayev said"): who. */
  readonly reportedBy?: I['person'];
  /** Where more than one source gives the value: every source's claim; the record's value is the resolved one. */
  readonly claims?: readonly ClaimRef[];
  /** `true` when the claims disagree: then `basis` is `derived` and `rule` names how the value was resolved. */
  readonly conflict?: boolean;
}

/**
 * One source's claim about a field's value, where sources disagree or agree independently: the value as that source
 * gives it, and how (positions in the record's `evidence`, which may point into any source).
 *
 * @group Provenance and evidence
 */
export interface ClaimRef {
  /** The value this source gives, in the field's own shape. */
  readonly value: unknown;
  /** How the source gives it. */
  readonly basis: ProvenanceBasis;
  /** Positions in the record's `evidence` of the quotes the claim rests on. */
  readonly evidence: readonly number[];
  /** For `derived`: the rule that reads the value from the quotes. */
  readonly rule?: DerivationRule;
  /** Why, or what the claim assumes (a time zone, a schedule announced in advance). */
  readonly note?: string;
  /** An English gloss of a quote in another language: our translation, not the source's words. */
  readonly gloss?: string;
}

/**
 * A claim with its quotes and the source they are from: what `claimsOf` answers.
 *
 * @group Provenance and evidence
 */
export interface Claim<I extends IdSpace = Ids> {
  /** The value this source gives. */
  readonly value: unknown;
  /** The source the claim is from. */
  readonly source: I['source'];
  /** How the source gives it. */
  readonly basis: ProvenanceBasis;
  /** The quotes the claim rests on. */
  readonly evidence: readonly Evidence<I>[];
  /** For `derived`: the rule that reads the value from the quotes. */
  readonly rule?: DerivationRule;
  /** Why, or what the claim assumes. */
  readonly note?: string;
  /** An English gloss of a quote in another language: our translation. */
  readonly gloss?: string;
}

/**
 * A record's provenance: one entry per populated field (nested fields as dotted paths, `office.title`).
 *
 * @group Provenance and evidence
 */
export type ProvenanceRefs<I extends IdSpace = Ids> = Readonly<Record<string, ProvenanceRef<I>>>;

/**
 * Where one field's value comes from, with its quotes: what {@link provenanceOf} gives per field.
 *
 * @group Provenance and evidence
 */
export interface Provenance<I extends IdSpace = Ids> {
  /** Where the value comes from. */
  readonly basis: ProvenanceBasis;
  /** The quotes that say the value, or that the rule reads; empty for most `standard` values. */
  readonly evidence: readonly Evidence<I>[];
  /** For `derived`: the rule that computes the value. */
  readonly rule?: DerivationRule;
  /** Why: always present for `inferred`. */
  readonly note?: string;
  /** For a list given as open ("including"): `gte`, the true list holds at least these items. */
  readonly comparator?: 'gte';
  /** For a value the source reports as someone's words: who. */
  readonly reportedBy?: I['person'];
  /** Where more than one source gives the value: every source's claim, the losing ones included. */
  readonly claims?: readonly Claim<I>[];
  /** `true` when the claims disagree; `rule` says how the value was resolved. */
  readonly conflict?: boolean;
}

/**
 * Every populated field of a record, each with its {@link Provenance}.
 *
 * @group Provenance and evidence
 */
export type ProvenanceMap<I extends IdSpace = Ids> = Readonly<Record<string, Provenance<I>>>;

/** Fields that carry no provenance of their own: the record's identity, its quotes and its free-text note. */
export const UNPROVENANCED_FIELDS = /* @__PURE__ */ deepFreeze(['id', 'kind', 'evidence', 'provenance', 'note'] as const);

/** Fields whose object value is described field by field (`office.title`, `office.country`). */
export const EXPANDED_FIELDS = /* @__PURE__ */ deepFreeze(['office'] as const);

/**
 * The dotted paths of a record's populated fields: every field but {@link UNPROVENANCED_FIELDS}, whose value is not
 * `null` and not an empty list; the fields of an {@link EXPANDED_FIELDS} object one by one.
 */
export function populatedPaths(record: object): readonly string[] {
  const paths: string[] = [];
  const visit = (value: object, prefix: string, top: boolean) => {
    // Keys, not entries: no pair array per field (validation runs this on every record).
    for (const key of Object.keys(value)) {
      if (top && (UNPROVENANCED_FIELDS as readonly string[]).includes(key)) continue;
      const inner: unknown = (value as Record<string, unknown>)[key];
      if (inner === null || inner === undefined || (Array.isArray(inner) && inner.length === 0)) continue;
      if (top && (EXPANDED_FIELDS as readonly string[]).includes(key) && typeof inner === 'object') {
        visit(inner as object, `${key}.`, false);
      } else {
        paths.push(prefix + key);
      }
    }
  };
  visit(record, '', true);
  return paths;
}

/** The value at a dotted path of a record (`office.country`), or `undefined`. */
export function valueAt(record: object, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** Copies onto `entry` the fields of `keys` that `from` has (not `undefined`), in the order of `keys`. */
function copyDefined<K extends string>(entry: { [F in K]?: unknown }, from: { readonly [F in K]?: unknown }, keys: readonly K[]): void {
  for (const key of keys) if (from[key] !== undefined) entry[key] = from[key];
}

/** Turns stored provenance (quote positions) into provenance with the quotes themselves, deep-frozen. */
export function expandProvenance<I extends IdSpace>(
  refs: ProvenanceRefs<I>,
  evidence: readonly Evidence<I>[],
): ProvenanceMap<I> {
  const map: Record<string, Provenance<I>> = Object.create(null);
  for (const [path, ref] of Object.entries(refs)) {
    const entry: { -readonly [K in keyof Provenance<I>]: Provenance<I>[K] } = {
      basis: ref.basis,
      evidence: Object.freeze(ref.evidence.map((i) => evidence[i]!)),
    };
    copyDefined(entry, ref, ['rule', 'note', 'comparator', 'reportedBy', 'claims', 'conflict']);
    if (ref.claims !== undefined) entry.claims = Object.freeze(ref.claims.map((claim) => expandClaim(claim, evidence)));
    map[path] = Object.freeze(entry);
  }
  return Object.freeze(map);
}

/** A stored claim with its quotes in place of their positions, deep-frozen. */
function expandClaim<I extends IdSpace>(claim: ClaimRef, evidence: readonly Evidence<I>[]): Claim<I> {
  const quotes = Object.freeze(claim.evidence.map((i) => evidence[i]!));
  const entry: { -readonly [K in keyof Claim<I>]: Claim<I>[K] } = {
    value: claim.value,
    source: quotes[0]!.source,
    basis: claim.basis,
    evidence: quotes,
  };
  copyDefined(entry, claim, ['rule', 'note', 'gloss']);
  return Object.freeze(entry);
}
