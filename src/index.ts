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
 * @module critical-minerals
 */
export * from './generated/index.js';
export { catalog, dataset } from './embedded.js';
export { tombstones } from './generated/tombstones.js';
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
