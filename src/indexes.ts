/**
 * The indexes a catalog answers from. Each is built once, from the dataset's records alone, the first time a
 * query needs it; an answer is frozen when it is made (with its index, or, for the lists by key that one pass
 * groups, the first time its key is asked for), so a query is a lookup, not a scan.
 *
 * @module
 */
import type { Agreement, AnyRecord, Dataset, Event, Evidence, IdSpace, PartialDate, Resource, Statement } from './types.js';
import { MINERAL_RELATIONS, type MineralRelation } from './vocabulary.js';

/**
 * A mineral tied to a country, and how.
 *
 * @group Queries
 */
export interface MineralLink<I extends IdSpace = IdSpace> {
  /** The mineral's id. */
  readonly mineral: I['mineral'];
  /** `reserves` or `production` (from a resource record), or `agreement` (the country is party to one on it). */
  readonly relation: MineralRelation;
  /** The resource or agreement record the tie comes from. */
  readonly via: I['resource'] | I['agreement'];
  /** The quotes that state the tie. */
  readonly evidence: readonly Evidence<I>[];
}

/**
 * A country tied to a mineral, and how.
 *
 * @group Queries
 */
export interface CountryLink<I extends IdSpace = IdSpace> {
  /** The country's ISO alpha-2 code. */
  readonly country: I['country'];
  /** `reserves` or `production` (from a resource record), or `agreement` (the country is party to one on it). */
  readonly relation: MineralRelation;
  /** The resource or agreement record the tie comes from. */
  readonly via: I['resource'] | I['agreement'];
  /** The quotes that state the tie. */
  readonly evidence: readonly Evidence<I>[];
}

/**
 * A country that shares at least one agreement with another, and those agreements.
 *
 * @group Queries
 */
export interface Partner<I extends IdSpace = IdSpace> {
  /** The partner's ISO alpha-2 code. */
  readonly country: I['country'];
  /** The agreements the two countries share. */
  readonly agreements: readonly Agreement<I>[];
}

/**
 * What a timeline holds: events and agreements.
 *
 * @group Queries
 */
export type TimelineEntry<I extends IdSpace = IdSpace> = Event<I> | Agreement<I>;

export const EMPTY: readonly never[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function freezeLists<K, V>(map: Map<K, V[]>): Map<K, readonly V[]> {
  for (const list of map.values()) Object.freeze(list);
  return map;
}

/** An index of answer lists by key, as a catalog reads it: a `Map` is one. */
export interface ListIndex<V> {
  /** The list for `key`, or `undefined` where there is none. */
  get(key: string): readonly V[] | undefined;
}

/**
 * Lists by key, each made by `make` (frozen; `undefined` for none) the first time its key is asked for, then
 * kept: a first query pays for its own answer, not for every answer, and a later call returns the same array.
 */
function lazily<V>(make: (key: string) => readonly V[] | undefined): ListIndex<V> {
  const made = new Map<string, readonly V[] | null>();
  return {
    get(key) {
      let list = made.get(key);
      if (list === undefined) made.set(key, (list = make(key) ?? null));
      return list ?? undefined;
    },
  };
}

/** Where the digits of `YYYY-MM-DD` stand. */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** A day `YYYY-MM-DD` as a number in the same order (months 32 apart, years 512), read with no string cut out. */
function dayNumber(day: string): number {
  let n = 0;
  for (const i of DIGITS) n = n * 10 + day.charCodeAt(i) - 48;
  // n is now YYYYMMDD.
  return Math.floor(n / 10_000) * 512 + (Math.floor(n / 100) % 100) * 32 + (n % 100);
}

/** 2^23: above any {@link dayNumber} (year 9999 gives about 5.1 million). */
const DAY_SPAN = 8_388_608;

function byIdOrder(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Records in date order, each date as one number (earliest possible day, then latest; undated `Infinity`), and
 * `rank`: each record's position in `records`, by its position in the list that was sorted.
 */
export interface DateOrder<T> {
  readonly records: T[];
  readonly keys: Float64Array;
  readonly rank: Int32Array;
}

/**
 * `records` in date order (earliest possible day first, then latest possible day; undated last), then id. Each
 * date is read once, into a number: n reads, and no object per record, where a comparator that parses makes
 * about 2 n log n.
 */
export function dateOrder<T extends { id: string; date: PartialDate | null }>(records: readonly T[]): DateOrder<T> {
  const keys = Float64Array.from(records, ({ date }) => (date === null ? Infinity : dayNumber(date.earliest) * DAY_SPAN + dayNumber(date.latest)));
  // Two undated records differ by NaN, which is falsy: their ids decide.
  const order = [...records.keys()].sort((x, y) => keys[x]! - keys[y]! || byIdOrder(records[x]!, records[y]!));
  const rank = new Int32Array(order.length);
  order.forEach((at, k) => (rank[at] = k));
  return { records: order.map((at) => records[at]!), keys: Float64Array.from(order, (at) => keys[at]!), rank };
}


/** Every record by id. */
export function indexById<I extends IdSpace>(data: Dataset<I>): Map<string, AnyRecord<I>> {
  const map = new Map<string, AnyRecord<I>>();
  for (const kindMap of Object.values(data as unknown as Record<string, Record<string, AnyRecord<I>>>)) {
    for (const record of Object.values(kindMap)) map.set(record.id, record);
  }
  return map;
}

const RELATION_ORDER = new Map(MINERAL_RELATIONS.map((r, i) => [r, i]));

/**
 * Agreements grouped by party and by mineral or topic (each agreement once per key), as positions in the list
 * grouped: one pass in the list's own order (the order the records lie in memory), for the agreement index and the
 * mineral links both.
 */
export interface AgreementGroups {
  readonly byCountry: ReadonlyMap<string, readonly number[]>;
  readonly bySubject: ReadonlyMap<string, readonly number[]>;
}

/** {@link AgreementGroups} of `agreements`. */
export function groupAgreements<I extends IdSpace>(agreements: readonly Agreement<I>[]): AgreementGroups {
  const byCountry = new Map<string, number[]>();
  const bySubject = new Map<string, number[]>();
  agreements.forEach(({ parties, minerals, topics }, at) => {
    for (const party of new Set(parties)) push(byCountry, party, at);
    for (const subject of new Set([...minerals, ...topics])) push(bySubject, subject, at);
  });
  return { byCountry, bySubject };
}

/**
 * Country–mineral ties: from resource records, and from every party × mineral of every agreement (`agreements`
 * with their {@link AgreementGroups}). The resources are grouped by country and by mineral in one pass; a
 * country's (or mineral's) links are made when it is first asked for.
 */
export function indexMineralLinks<I extends IdSpace>(resources: readonly Resource<I>[], agreements: readonly Agreement<I>[], groups: AgreementGroups) {
  const byCountry = new Map<string, Resource<I>[]>();
  const byMineral = new Map<string, Resource<I>[]>();
  for (const r of resources) {
    push(byCountry, r.country, r);
    push(byMineral, r.mineral, r);
  }
  /** Links of a country (`other`: mineral) or of a mineral (`other`: country), ordered by `other`, relation, `via`. */
  const links = (other: 'mineral' | 'country', own: Map<string, Resource<I>[]>, grouped: ReadonlyMap<string, readonly number[]>) =>
    lazily((key) => {
      const link = (value: string, relation: MineralRelation, via: Resource<I> | Agreement<I>) =>
        Object.freeze({ [other]: value, relation, via: via.id, evidence: via.evidence }) as unknown as MineralLink<I> & CountryLink<I>;
      const list = (own.get(key) ?? []).map((r) => link(r[other], r.relation, r));
      // Each agreement once per time the key is among its parties (or minerals).
      for (const at of grouped.get(key) ?? []) {
        const a = agreements[at]!;
        const [keys, others] = other === 'mineral' ? [a.parties, a.minerals] : [a.minerals, a.parties];
        for (const k of keys) if (k === key) for (const o of others) list.push(link(o, 'agreement', a));
      }
      const order = (x: MineralLink<I> & CountryLink<I>, y: MineralLink<I> & CountryLink<I>) =>
        x[other] !== y[other] ? (x[other] < y[other] ? -1 : 1) : RELATION_ORDER.get(x.relation)! - RELATION_ORDER.get(y.relation)! || (x.via < y.via ? -1 : x.via > y.via ? 1 : 0);
      return list.length > 0 ? Object.freeze(list.sort(order)) : undefined;
    });
  return {
    byCountry: links('mineral', byCountry, groups.byCountry) as ListIndex<MineralLink<I>>,
    byMineral: links('country', byMineral, groups.bySubject) as ListIndex<CountryLink<I>>,
  };
}

/** The key of an unordered pair of countries. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Agreements by party, by pair of parties, by mineral or topic, and each country's partners, from the agreements'
 * {@link AgreementGroups} and their {@link dateOrder}. A list is made when its key is first asked for: the
 * positions grouped under the key, put in date order by rank. Those of a pair and a country's partners are made
 * from a party's list.
 */
export function indexAgreements<I extends IdSpace>(groups: AgreementGroups, order: DateOrder<Agreement<I>>) {
  const inDateOrder = (positions: readonly number[] | undefined) =>
    positions && Object.freeze(Array.from(Int32Array.from(positions, (at) => order.rank[at]!).sort(), (rank) => order.records[rank]!));
  const byCountry = lazily((country) => inDateOrder(groups.byCountry.get(country)));
  return {
    byCountry,
    bySubject: lazily((subject) => inDateOrder(groups.bySubject.get(subject))),
    byPair: lazily((key) => {
      const [p, q] = key.split('\u0000') as [string, string];
      const ofP = byCountry.get(p);
      const ofQ = byCountry.get(q);
      if (p === q || !ofP || !ofQ) return undefined;
      // The shorter list's agreements that have the other party too, in the same (date) order.
      const [list, other] = ofP.length <= ofQ.length ? [ofP, q] : [ofQ, p];
      const shared = list.filter((a) => a.parties.includes(other));
      return shared.length > 0 ? Object.freeze(shared) : undefined;
    }),
    partners: lazily((country): readonly Partner<I>[] | undefined => {
      const byPartner = new Map<string, Agreement<I>[]>();
      for (const a of byCountry.get(country) ?? []) for (const p of new Set(a.parties)) if (p !== country) push(byPartner, p, a);
      return (
        byCountry.get(country) &&
        Object.freeze(
          [...freezeLists(byPartner)].sort(([x], [y]) => (x < y ? -1 : 1)).map(([partner, agreements]) => Object.freeze({ country: partner, agreements })),
        )
      );
    }),
  };
}

/** A day (`YYYY-MM-DD`) as a count of days since 1970-01-01, so spans can be measured by subtraction. */
export function epochDay(day: string): number {
  return epochDayOf(dayNumber(day));
}

/**
 * {@link epochDay} of a day given as its {@link dayNumber}. Not `Date.UTC(year, …)`, which reads the years 0–99 as
 * 1900–1999: the year is set on its own.
 */
function epochDayOf(day: number): number {
  return new Date(0).setUTCFullYear(day >> 9, ((day >> 5) & 15) - 1, day & 31) / 86_400_000;
}

/**
 * Dated entries whose spans are alike, in date order, as flat arrays (so neither a search nor collecting an
 * answer chases a pointer per entry, which on a large catalog is a cache miss each).
 */
export interface SpanList {
  /** Each entry's position in the timeline's `datedRecords` list. */
  readonly positions: Int32Array;
  /** Each entry's earliest possible day, as {@link epochDay}. */
  readonly firsts: Int32Array;
  /** Each entry's latest possible day, as {@link epochDay}. */
  readonly lasts: Int32Array;
  /** The longest span in the list, in days: an entry that ends on or after a day starts at most this long before it. */
  readonly maxSpan: number;
}

/**
 * The span classes: entries that may fall on one day, within a month, within a year, or longer. Each class is
 * searched with its own longest span, so an `overlaps` search looks back only as far as that class needs.
 */
const SPAN_LIMITS = [0, 30, 365, Number.POSITIVE_INFINITY] as const;

/**
 * Events and agreements in date order (`all`, the undated ones last) and the dated ones alone (`datedRecords`).
 * The dated ones are also split by span (a day, a month, a year, longer), each list in date order, for `eventsBetween`.
 */
export function indexTimeline<I extends IdSpace>(events: readonly Event<I>[], agreements: DateOrder<Agreement<I>>) {
  const sorted = dateOrder<TimelineEntry<I>>([...events, ...agreements.records]);
  const all = sorted.records;
  const keys = sorted.keys;
  let dated = keys.indexOf(Infinity);
  if (dated < 0) dated = all.length;
  const classes = SPAN_LIMITS.map(() => ({ positions: [] as number[], firsts: [] as number[], lasts: [] as number[], maxSpan: 0 }));
  // Each entry's days from its date number: no date is read again.
  for (let i = 0; i < dated; i++) {
    const first = epochDayOf(Math.floor(keys[i]! / DAY_SPAN));
    const last = epochDayOf(keys[i]! % DAY_SPAN);
    const list = classes[SPAN_LIMITS.findIndex((limit) => last - first <= limit)]!;
    list.positions.push(i);
    list.firsts.push(first);
    list.lasts.push(last);
    list.maxSpan = Math.max(list.maxSpan, last - first);
  }
  const bySpan: readonly SpanList[] = classes.map((c) => ({
    positions: Int32Array.from(c.positions),
    firsts: Int32Array.from(c.firsts),
    lasts: Int32Array.from(c.lasts),
    maxSpan: c.maxSpan,
  }));
  return {
    bySpan,
    datedRecords: Object.freeze(all.slice(0, dated)),
    all: Object.freeze(all),
  };
}

/**
 * Positions (in timeline order) of the dated entries that may fall in `from`–`to` (`overlaps`) or certainly fall
 * in it (`within`), both given as {@link epochDay}s. Each span class is cut by binary search to the entries that
 * start late enough to reach `from` and early enough to start by `to`: the cost follows the answer and the
 * entries near the range, not the size of the catalog.
 */
export function positionsBetween(bySpan: readonly SpanList[], from: number, to: number, mode: 'overlaps' | 'within'): number[] {
  const found: number[] = [];
  for (const { positions, firsts, lasts, maxSpan } of bySpan) {
    const low = lowerBound(firsts, mode === 'within' ? from : from - maxSpan);
    const high = lowerBound(firsts, to + 1);
    for (let i = low; i < high; i++) {
      if (mode === 'within' ? lasts[i]! <= to : lasts[i]! >= from) found.push(positions[i]!);
    }
  }
  return found.sort((x, y) => x - y);
}

/** Statements by speaker, in date order, then id. */
export function indexStatements<I extends IdSpace>(statements: readonly Statement<I>[]): Map<string, readonly Statement<I>[]> {
  const bySpeaker = new Map<string, Statement<I>[]>();
  for (const s of dateOrder(statements).records) push(bySpeaker, s.speaker, s);
  return freezeLists(bySpeaker);
}

/**
 * `index` with every list kept to the items `keep` accepts (a list left empty is none): an option filter
 * (`relation`, `type`) applied to a key's list the first time that key is asked for, then kept, so a filtered
 * answer costs what it returns.
 */
export function filterIndex<V>(index: ListIndex<V>, keep: (item: V) => boolean): ListIndex<V> {
  return lazily((key) => {
    const kept = index.get(key)?.filter(keep);
    return kept?.length ? Object.freeze(kept) : undefined;
  });
}
