/**
 * A catalog: a dataset plus the queries over it. The embedded dataset's catalog backs the helpers the core
 * entry exports; `createCatalog` (from `critical-minerals/catalog`) makes one for your own data.
 *
 * A catalog does no work until it is asked: each index is built on the first query that needs it, then
 * every later query is a lookup. Answers are frozen arrays in a documented order.
 *
 * @module
 */
import { checkChoice, checkId, checkOptions, describeInput, unknownId, type IdDomain } from './check-input.js';
import { dayRange } from './dates.js';
import { InvalidArgumentError, RemovedIdError } from './errors.js';
import { deepFreeze } from './freeze.js';
import {
  dateOrder,
  EMPTY,
  epochDay,
  filterIndex,
  groupAgreements,
  indexAgreements,
  indexById,
  indexMineralLinks,
  indexStatements,
  indexTimeline,
  pairKey,
  positionsBetween,
  type CountryLink,
  type ListIndex,
  type MineralLink,
  type Partner,
  type TimelineEntry,
} from './indexes.js';
import { expandProvenance, valueAt, type Claim, type ProvenanceMap } from './provenance.js';
import { indexCountryNames, lookUpCountry } from './resolve-country.js';
import type { Candidate } from './suggest.js';
import type { Tombstones } from './tombstone.js';
import type {
  Agreement,
  AnyRecord,
  Dataset,
  Evidence,
  Ids,
  IdSpace,
  RecordId,
  RecordTypes,
  Statement,
  Event,
} from './types.js';
import { AGREEMENT_TYPES, DATASET_KEYS, MINERAL_RELATIONS, type AgreementType, type MineralRelation, type RecordKind } from './vocabulary.js';

export type { CountryLink, MineralLink, Partner, TimelineEntry } from './indexes.js';

/**
 * Options of {@link Catalog.mineralsOf} and {@link Catalog.countriesWith}.
 *
 * @group Queries
 */
export interface LinkOptions {
  /** Keep only links of this relation (or these relations). */
  readonly relation?: MineralRelation | readonly MineralRelation[] | undefined;
}

/**
 * Options of the agreement queries.
 *
 * @group Queries
 */
export interface AgreementOptions {
  /** Keep only agreements of this type (or these types). */
  readonly type?: AgreementType | readonly AgreementType[] | undefined;
}

/**
 * How {@link Catalog.eventsBetween} matches a date against a range.
 *
 * @group Queries
 */
export const BETWEEN_MODES = /* @__PURE__ */ deepFreeze(['overlaps', 'within'] as const);
/**
 * `overlaps`: the date may fall in the range (its earliest–latest span meets it); `within`: it certainly does (the whole span lies inside).
 *
 * @group Queries
 */
export type BetweenMode = (typeof BETWEEN_MODES)[number];

/**
 * Options of {@link Catalog.eventsBetween}.
 *
 * @group Queries
 */
export interface BetweenOptions {
  /** `overlaps` (the default): every entry that may fall in the range; `within`: only those that certainly do. */
  readonly mode?: BetweenMode | undefined;
}

/**
 * Options of {@link Catalog.timeline}.
 *
 * @group Queries
 */
export interface TimelineOptions {
  /** Append the undated events and agreements, by id, after the dated ones. Default `false`. */
  readonly includeUndated?: boolean | undefined;
}

/**
 * The record type an id names: `RecordOf<Ids, 'KZ'>` is `Country`. Looks `K` up in each kind's id type (ids are
 * unique across kinds); a plain `string`, or an id of no kind, gives {@link AnyRecord}.
 *
 * @group Queries
 */
export type RecordOf<I extends IdSpace, K extends string> = string extends K
  ? AnyRecord<I>
  : K extends unknown
    ? { [Kind in RecordKind]: K extends I[Kind] ? Kind : never }[RecordKind] extends infer Kind extends RecordKind
      ? [Kind] extends [never]
        ? AnyRecord<I>
        : RecordTypes<I>[Kind]
      : never
    : never;

/**
 * A dataset with its queries. Every method checks its input at run time and throws the library's own errors.
 *
 * @group Queries
 */
export interface Catalog<I extends IdSpace = Ids> {
  /** The records, one frozen map per kind. */
  readonly data: Dataset<I>;
  /** Ids that named records once and are gone, by id: asking for one throws {@link RemovedIdError}. */
  readonly tombstones: Tombstones;
  /** The record with this id, of any kind. Throws {@link UnknownIdError} for an unknown id. */
  get<K extends RecordId<I>>(id: K): RecordOf<I, K>;
  /** Minerals tied to a country, ordered by mineral id, then relation (reserves, production, agreement), then `via`. */
  mineralsOf(country: I['country'], options?: LinkOptions): readonly MineralLink<I>[];
  /** Countries tied to a mineral, ordered by country code, then relation, then `via`. */
  countriesWith(mineral: I['mineral'], options?: LinkOptions): readonly CountryLink<I>[];
  /** Agreements both countries are parties to (not merely subjects of), by date then id. Symmetric. */
  agreementsBetween(a: I['country'], b: I['country'], options?: AgreementOptions): readonly Agreement<I>[];
  /** Agreements a country is party to, by date then id. */
  agreementsOf(country: I['country'], options?: AgreementOptions): readonly Agreement<I>[];
  /** Agreements that name this mineral or topic, by date then id. */
  agreementsOn(mineralOrTopic: I['mineral'] | I['topic'], options?: AgreementOptions): readonly Agreement<I>[];
  /** Countries sharing at least one agreement with `country`, by code, each with those agreements. */
  partnersOf(country: I['country']): readonly Partner<I>[];
  /**
   * Events and agreements dated in `from`–`to` (inclusive; each `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a `Date`, its UTC day), in timeline
   * order. A date may fall on any day from its `earliest` to its `latest`: `mode: 'overlaps'` (the default) keeps
   * every entry that may fall in the range, `mode: 'within'` only those that certainly do.
   */
  eventsBetween(from: string | Date, to: string | Date, options?: BetweenOptions): readonly TimelineEntry<I>[];
  /**
   * Every dated event and agreement, by earliest possible day, then latest possible day, then id; with
   * `includeUndated`, the undated ones follow by id.
   */
  timeline(options?: TimelineOptions): readonly TimelineEntry<I>[];
  /** What a person said, quoted or reported, by date then id. */
  statementsBy(person: I['person']): readonly Statement<I>[];
  /** The evidence of a record (given as the record or its id): quotes with their offsets. */
  evidenceOf(recordOrId: RecordId<I> | { readonly id: RecordId<I> }): readonly Evidence<I>[];
  /**
   * Where each populated field of a record (given as the record or its id) comes from: field (dotted for nested
   * ones) → `{ basis, evidence, rule?, note?, comparator?, reportedBy? }`, the evidence as quotes with offsets.
   */
  provenanceOf(recordOrId: RecordId<I> | { readonly id: RecordId<I> }): ProvenanceMap<I>;
  /**
   * Every source's claim on one field of a record: where sources disagree (or agree independently), each claim with
   * its value, source, quotes and basis, the losing ones included; otherwise the one claim the record's own quotes
   * make. `[]` for a value with no quotes (a standard identifier).
   */
  claimsOf(recordOrId: RecordId<I> | { readonly id: RecordId<I> }, field: string): readonly Claim<I>[];
  /** The code of a country named by ISO code (alpha-2, alpha-3, numeric) or English name, case-insensitive. */
  resolveCountry(input: string | number): I['country'];
}

/** Each kind's records as a list, where a caller has them (see {@link makeCatalog}). */
export type RecordLists<I extends IdSpace> = { readonly [K in RecordKind]?: readonly RecordTypes<I>[K][] };

function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * Wraps a valid dataset in a catalog. Does no validation (the embedded dataset is validated when the package
 * is built; `createCatalog` validates yours first) and no indexing until the first query. An id in `tombstones`
 * throws {@link RemovedIdError} where a record of its kind is asked for. `recordsById`: every record of `data` by
 * id, where the caller has that map already (validation builds it), so the first query does not build it again;
 * `recordsByKind`: each kind's records as a list (in any order), likewise, so no index lists a large map's values.
 */
export function makeCatalog<I extends IdSpace>(
  data: Dataset<I>,
  tombstones: Tombstones = {},
  recordsById?: ReadonlyMap<string, AnyRecord<I>>,
  recordsByKind?: RecordLists<I>,
): Catalog<I> {
  const listOf = <K extends RecordKind>(kind: K): readonly RecordTypes<I>[K][] =>
    (recordsByKind?.[kind] ?? Object.values(data[DATASET_KEYS[kind]])) as readonly RecordTypes<I>[K][];
  const byId = once(() => recordsById ?? indexById(data));
  /** The agreements as listed, grouped by party and by subject once, for the mineral links and the agreement index both. */
  const agreementList = once(() => listOf('agreement'));
  const agreementGroups = once(() => groupAgreements(agreementList()));
  const links = once(() => indexMineralLinks(listOf('resource'), agreementList(), agreementGroups()));
  /** The agreements in date order: sorted once, for the agreement index and the timeline both. */
  const agreementsByDate = once(() => dateOrder(agreementList()));
  const agreements = once(() => indexAgreements(agreementGroups(), agreementsByDate()));
  const timeline = once(() => indexTimeline(listOf('event'), agreementsByDate()));
  const statements = once(() => indexStatements(listOf('statement')));
  const names = once(() => indexCountryNames(data));

  const domain = (expected: string, example: string, maps: readonly Readonly<Record<string, AnyRecord<I>>>[]): IdDomain => ({
    expected,
    example,
    has: (id) => maps.some((m) => Object.hasOwn(m, id)),
    candidates: () => maps.flatMap((m) => Object.values(m).map(candidateOf)),
  });
  const firstKey = (map: object, fallback: string) => Object.keys(map)[0] ?? fallback;
  const countryDomain = domain('country', firstKey(data.countries, 'KZ'), [data.countries]);
  const mineralDomain = domain('mineral', firstKey(data.minerals, 'lithium'), [data.minerals]);
  const personDomain = domain('person', firstKey(data.people, 'yoon-suk-yeol'), [data.people]);
  const subjectDomain = domain('mineral or topic', firstKey(data.minerals, 'lithium'), [data.minerals, data.topics]);
  let anyExample: string | undefined;
  const anyDomain: IdDomain = {
    expected: 'record',
    // Read when a message first needs it: listing the keys of a large map of agreements is not free.
    get example() {
      return (anyExample ??= firstKey(data.agreements, 'KZ'));
    },
    has: (id) => byId().has(id),
    // In the dataset's order (kind by kind), whatever order the map by id was filled in.
    candidates: () => Object.values(data).flatMap((map: Readonly<Record<string, AnyRecord<I>>>) => Object.values(map).map(candidateOf)),
  };

  /** `checkId`, but an id removed from `kinds` (any kind where `null`) throws {@link RemovedIdError}. */
  const known = (input: unknown, parameter: string, domain: IdDomain, kinds: readonly RecordKind[] | null): string => {
    if (typeof input === 'string' && !domain.has(input)) checkRemoved(input, domain, kinds);
    return checkId(input, parameter, domain);
  };
  const checkRemoved = (id: string, domain: IdDomain, kinds: readonly RecordKind[] | null) => {
    const tombstone = Object.hasOwn(tombstones, id) ? tombstones[id]! : undefined;
    if (tombstone && (kinds === null || kinds.includes(tombstone.kind))) throw new RemovedIdError(tombstone, domain.expected);
  };
  const country = (input: unknown, parameter = 'country') => known(input, parameter, countryDomain, ['country']);
  /** The record a `recordOrId` argument names: a record (its own `id` is read) or an id. */
  const recordOf = (recordOrId: unknown): AnyRecord<I> => {
    const id =
      recordOrId !== null && typeof recordOrId === 'object' && Object.hasOwn(recordOrId, 'id') && typeof (recordOrId as { id?: unknown }).id === 'string'
        ? (recordOrId as { id: string }).id
        : recordOrId;
    known(id, 'recordOrId', anyDomain, null);
    return byId().get(id as string)!;
  };
  /** Each record's expanded provenance, made on first request. */
  const provenance = new Map<string, ProvenanceMap<I>>();
  const types = (options: unknown) => checkChoice<AgreementType>(checkOptions(options, ['type'])['type'], 'type', AGREEMENT_TYPES);
  const relations = (options: unknown) => checkChoice<MineralRelation>(checkOptions(options, ['relation'])['relation'], 'relation', MINERAL_RELATIONS);
  /** Per index, per set of option values: the index filtered to them, built on the first query that asks. */
  const filteredIndexes = new WeakMap<object, Map<string, ListIndex<unknown>>>();
  const select = <V,>(index: ListIndex<V>, key: string, values: readonly string[] | null, valueOf: (item: V) => string): readonly V[] => {
    if (values === null) return index.get(key) ?? EMPTY;
    // A copy: the filter runs on later keys too, and the caller's list may change by then.
    const chosen = [...new Set(values)].sort();
    const set = chosen.join(',');
    let bySet = filteredIndexes.get(index);
    if (!bySet) filteredIndexes.set(index, (bySet = new Map()));
    let filtered = bySet.get(set) as ListIndex<V> | undefined;
    if (!filtered) bySet.set(set, (filtered = filterIndex(index, (item) => chosen.includes(valueOf(item)))));
    return filtered.get(key) ?? EMPTY;
  };
  const relationOf = (link: { relation: MineralRelation }) => link.relation;
  const typeOf = (a: Agreement<I>) => a.type;
  const day = (input: unknown, parameter: 'from' | 'to') => {
    // A Date stands for its UTC day; the tag check (not instanceof) also accepts a Date from another realm.
    const isDate = Object.prototype.toString.call(input) === '[object Date]';
    const time = isDate ? Date.prototype.getTime.call(input) : NaN;
    const text = isDate ? (Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10)) : input;
    const range = typeof text === 'string' ? dayRange(text) : null;
    if (range === null) {
      throw new InvalidArgumentError(
        `Invalid ${parameter} ${isDate ? (Number.isNaN(time) ? 'an invalid Date' : `the Date ${new Date(time).toISOString()}`) : describeInput(input)}: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, such as "2024-06-11", or a valid Date in the years 0001 to 9999.`,
        parameter,
        input,
      );
    }
    return range;
  };

  const catalog: Catalog<I> = {
    data,
    tombstones,
    get<K extends RecordId<I>>(id: K) {
      known(id, 'id', anyDomain, null);
      return byId().get(id) as RecordOf<I, K>;
    },
    mineralsOf(input, options) {
      const only = relations(options);
      return select(links().byCountry, country(input), only, relationOf);
    },
    countriesWith(input, options) {
      const only = relations(options);
      return select(links().byMineral, known(input, 'mineral', mineralDomain, ['mineral']), only, relationOf);
    },
    agreementsBetween(a, b, options) {
      const only = types(options);
      return select(agreements().byPair, pairKey(country(a, 'a'), country(b, 'b')), only, typeOf);
    },
    agreementsOf(input, options) {
      const only = types(options);
      return select(agreements().byCountry, country(input), only, typeOf);
    },
    agreementsOn(input, options) {
      const only = types(options);
      return select(agreements().bySubject, known(input, 'mineralOrTopic', subjectDomain, ['mineral', 'topic']), only, typeOf);
    },
    partnersOf(input) {
      return agreements().partners.get(country(input)) ?? EMPTY;
    },
    eventsBetween(from, to, options) {
      const start = day(from, 'from').first;
      const end = day(to, 'to').last;
      if (start > end) {
        throw new InvalidArgumentError(`Invalid range: from ${JSON.stringify(from)} is after to ${JSON.stringify(to)}.`, 'from', from);
      }
      const modes = checkChoice<BetweenMode>(checkOptions(options, ['mode'])['mode'], 'mode', BETWEEN_MODES);
      if (modes !== null && modes.length !== 1) {
        throw new InvalidArgumentError(`Invalid mode: expected one of ${BETWEEN_MODES.map((m) => `"${m}"`).join(' or ')}, not a list.`, 'mode', options);
      }
      const { bySpan, datedRecords } = timeline();
      const found = positionsBetween(bySpan, epochDay(start), epochDay(end), modes?.[0] ?? 'overlaps');
      return Object.freeze(found.map((p) => datedRecords[p]!));
    },
    timeline(options) {
      const opts = checkOptions(options, ['includeUndated']);
      const includeUndated = opts['includeUndated'];
      if (includeUndated !== undefined && typeof includeUndated !== 'boolean') {
        throw new InvalidArgumentError(`Invalid includeUndated ${describeInput(includeUndated)}: expected true or false.`, 'includeUndated', includeUndated);
      }
      return includeUndated ? timeline().all : timeline().datedRecords;
    },
    statementsBy(input) {
      return statements().get(known(input, 'person', personDomain, ['person'])) ?? EMPTY;
    },
    evidenceOf(recordOrId) {
      return recordOf(recordOrId).evidence;
    },
    claimsOf(recordOrId, field) {
      const record = recordOf(recordOrId);
      const map = catalog.provenanceOf(record as never);
      if (typeof field !== 'string' || !Object.hasOwn(map, field)) {
        throw new InvalidArgumentError(
          `Invalid field ${describeInput(field)} for ${record.kind} "${record.id}": expected one of its populated fields (${Object.keys(map).join(', ')}).`,
          'field',
          field,
        );
      }
      const entry = map[field]!;
      if (entry.claims !== undefined) return entry.claims;
      if (entry.evidence.length === 0) return EMPTY;
      const value = valueAt(record, field);
      const own: { -readonly [K in keyof Claim<I>]: Claim<I>[K] } = { value, source: entry.evidence[0]!.source, basis: entry.basis, evidence: entry.evidence };
      if (entry.rule !== undefined) own.rule = entry.rule;
      if (entry.note !== undefined) own.note = entry.note;
      return Object.freeze([Object.freeze(own)]);
    },
    provenanceOf(recordOrId) {
      const record = recordOf(recordOrId);
      let map = provenance.get(record.id);
      if (map === undefined) provenance.set(record.id, (map = expandProvenance(record.provenance, record.evidence)));
      return map;
    },
    resolveCountry(input) {
      if (typeof input === 'number' && Number.isInteger(input) && input >= 0 && input < 1000) input = String(input).padStart(3, '0');
      if (typeof input !== 'string' || input.trim() === '') {
        throw new InvalidArgumentError(
          `Invalid country ${describeInput(input)}: expected an ISO code or an English name, such as "KZ" or "Kazakhstan".`,
          'input',
          input,
        );
      }
      const found = lookUpCountry(names(), data, input);
      if (found !== null) return found;
      checkRemoved(input.trim().toUpperCase(), countryDomain, ['country']);
      throw unknownId(input, countryDomain);
    },
  };
  MADE_HERE.add(catalog);
  return Object.freeze(catalog);
}

/** Every catalog `makeCatalog` returned: their data was validated (or built) by this library. */
const MADE_HERE = new WeakSet<object>();

/** Whether `value` is a catalog this copy of the library made, whose data can be trusted as valid. */
export function isLibraryCatalog(value: unknown): value is Catalog<IdSpace> {
  return value !== null && typeof value === 'object' && MADE_HERE.has(value);
}

/** How a record is offered as a suggestion: its id, labelled with its name, matched on id and names. */
function candidateOf(record: AnyRecord<IdSpace>): Candidate {
  const r = record as unknown as Record<string, unknown>;
  const label = typeof r['name'] === 'string' ? r['name'] : typeof r['label'] === 'string' ? r['label'] : record.id;
  const names = [record.id, label];
  if (record.kind === 'country') names.push(record.alpha3, ...(record.officialName ? [record.officialName] : []), ...record.aliases);
  if (record.kind === 'mineral') {
    names.push(...record.aliases);
    if (record.symbol) names.push(record.symbol);
  }
  return { value: record.id, label, names };
}

