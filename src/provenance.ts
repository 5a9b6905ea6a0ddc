/**
 * Value-level provenance: for every populated field of a record, where its value comes from.
 *
 * A record keeps its values inline and its quotes once, in `evidence`; its `provenance` maps each field to a
 * {@link ProvenanceRef} whose `evidence` holds positions in that list. `expandProvenance` turns the
 * positions back into quotes, which is what `provenanceOf` answers.
 *
 * @module
 */
import type { Evidence, IdSpace, Ids } from './types.js';

/**
 * Where a value comes from:
 * - `stated`: an evidence quote says it (the build checks that the quote holds a surface form of the value);
 * - `derived`: worked out from stated values by a named rule ({@link DERIVATION_RULES});
 * - `standard`: an outside identifier from the project's reference list (ISO 3166, UN M49, element symbols,
 *   checked Wikidata ids, CAMEO and PLOVER codes);
 * - `inferred`: an editorial reading the text supports but does not state, with a note saying why.
 */
export const PROVENANCE_BASES = ['stated', 'derived', 'standard', 'inferred'] as const;
/** One of {@link PROVENANCE_BASES}. */
export type ProvenanceBasis = (typeof PROVENANCE_BASES)[number];

/**
 * The closed vocabulary of derivation rules, each with what it does. A `derived` value names one of these and
 * points at the quotes the rule reads.
 */
export const DERIVATION_RULES = {
  'weekday-before-publication':
    'A weekday the text names ("Tuesday") is the last such day before the source’s publication date.',
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
} as const satisfies Record<string, string>;
/** A rule name from {@link DERIVATION_RULES}. */
export type DerivationRule = keyof typeof DERIVATION_RULES;

/**
 * How a record stores the provenance of one field: `evidence` holds positions in the record's own `evidence`
 * list, so each quote is stored once per record.
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
}

/** A record's provenance: one entry per populated field (nested fields as dotted paths, `office.title`). */
export type ProvenanceRefs<I extends IdSpace = Ids> = Readonly<Record<string, ProvenanceRef<I>>>;

/** Where one field's value comes from, with its quotes: what `provenanceOf` gives per field. */
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
}

/** Every populated field of a record, each with its {@link Provenance}. */
export type ProvenanceMap<I extends IdSpace = Ids> = Readonly<Record<string, Provenance<I>>>;

/** Fields that carry no provenance of their own: the record's identity, its quotes and its free-text note. */
export const UNPROVENANCED_FIELDS = ['id', 'kind', 'evidence', 'provenance', 'note'] as const;

/** Fields whose object value is described field by field (`office.title`, `office.country`). */
export const EXPANDED_FIELDS = ['office'] as const;

/**
 * The dotted paths of a record's populated fields: every field but {@link UNPROVENANCED_FIELDS}, whose value is not
 * `null` and not an empty list; the fields of an {@link EXPANDED_FIELDS} object one by one.
 */
export function populatedPaths(record: object): readonly string[] {
  const paths: string[] = [];
  const visit = (value: object, prefix: string, top: boolean) => {
    for (const [key, inner] of Object.entries(value)) {
      if (top && (UNPROVENANCED_FIELDS as readonly string[]).includes(key)) continue;
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
    if (ref.rule !== undefined) entry.rule = ref.rule;
    if (ref.note !== undefined) entry.note = ref.note;
    if (ref.comparator !== undefined) entry.comparator = ref.comparator;
    if (ref.reportedBy !== undefined) entry.reportedBy = ref.reportedBy;
    map[path] = Object.freeze(entry);
  }
  return Object.freeze(map);
}
