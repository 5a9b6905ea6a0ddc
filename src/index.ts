/**
 * `critical-minerals`: typed, evidence-backed records of critical-minerals diplomacy, and queries over them.
 *
 * This entry holds the data and the helpers. It imports neither zod nor any Node built-in, so it runs in
 * browsers and bundles small. Schemas live at `critical-minerals/schema`; `createCatalog` for your own data
 * at `critical-minerals/catalog`.
 *
 * @example
 * ```ts
 * import { agreementsBetween, countries } from 'critical-minerals';
 * console.log(countries.KZ.alpha3, agreementsBetween('KR', 'KZ').length); // KAZ 7
 * ```
 *
 * @groupDescription Data
 * The embedded records: one deep-frozen map per kind, keyed by id, and all of them together.
 *
 * @groupDescription Queries
 * Questions answered from the indexes: minerals of a country, agreements between two, a timeline; with their options and answer types.
 *
 * @groupDescription Provenance and evidence
 * Where each fact comes from: the quotes behind a record and, for each value, its basis (stated, derived, standard, inferred).
 *
 * @groupDescription Names
 * Ids as literal unions, so a typo fails to compile; country names resolved to codes; names in the reader's language.
 *
 * @groupDescription Record types
 * The shape of each kind of record and of the values inside them (dates, quantities, offices, codes).
 *
 * @groupDescription Errors
 * What the helpers throw on bad input: each names the input, says what was expected and suggests the nearest valid value.
 *
 * @groupDescription Vocabularies
 * The closed lists a field takes its values from, each as a tuple and a literal union.
 *
 * @groupDescription Record kinds
 * The registry of the fourteen kinds of record, and each kind's key in a dataset.
 *
 * @module critical-minerals
 */
export * from './generated/index.js';
export { catalog, dataset } from './embedded.js';
export { tombstones } from './generated/tombstones.js';
export { coverage, type Coverage, type CoveredSource } from './coverage.js';
export type { Tombstone, Tombstones } from './tombstone.js';
export {
  agreementsBetween,
  agreementsOf,
  agreementsOn,
  claimsOf,
  countriesWith,
  eventsBetween,
  evidenceOf,
  get,
  mineralsOf,
  partnersOf,
  provenanceOf,
  resolveCountry,
  statementsBy,
  timeline,
} from './queries.js';
export { nameOf, type LocalName, type NamedId, type NameOptions } from './name-of.js';
export { BETWEEN_MODES } from './catalog.js';
export type { AgreementOptions, BetweenMode, BetweenOptions, Catalog, LinkOptions, RecordOf, TimelineOptions } from './catalog.js';
export type { CountryLink, MineralLink, Partner, TimelineEntry } from './indexes.js';
export {
  AmbiguousInputError,
  CriticalMineralsError,
  DatasetError,
  InvalidArgumentError,
  RemovedIdError,
  UnknownIdError,
  type DatasetIssue,
} from './errors.js';
export type * from './types.js';
export { DERIVATION_RULES, PROVENANCE_BASES } from './provenance.js';
export type { Claim, ClaimRef, DerivationRule, Provenance, ProvenanceBasis, ProvenanceMap, ProvenanceRef, ProvenanceRefs } from './provenance.js';
export * from './vocabulary.js';
