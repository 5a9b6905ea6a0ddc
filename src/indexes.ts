/**
 * The indexes a catalog answers from. Each is built once, from the dataset alone, the first time a query
 * needs it; answers are frozen when the index is built, so a query is a lookup, not a scan.
 *
 * @module
 */
import { dayRange, type DayRange } from './dates.js';
import type { Agreement, AnyRecord, Dataset, Event, Evidence, IdSpace, PartialDate, Statement } from './types.js';
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

function values<T>(map: Readonly<Record<string, T>>): T[] {
  return Object.values(map);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function freezeLists<K, V>(map: Map<K, V[]>, compare?: (a: V, b: V) => number): Map<K, readonly V[]> {
  for (const list of map.values()) {
    if (compare) list.sort(compare);
    Object.freeze(list);
  }
  return map;
}

function byIdOrder(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The days a record's date may fall on (`earliest` to `latest`), or `null` if undated. */
export function rangeOf(date: PartialDate | null): DayRange | null {
  return date === null ? null : { first: date.earliest, last: date.latest };
}

/**
 * `records` in date order (earliest possible day first, then latest possible day; undated last), then id. Each
 * date is read once: n reads, where a comparator that parses makes about 2 n log n.
 */
export function sortByDateThenId<T extends { id: string; date: PartialDate | null }>(records: readonly T[]): T[] {
  const keyed = records.map((record) => ({ record, range: rangeOf(record.date) }));
  keyed.sort((a, b) => {
    if (a.range !== b.range) {
      if (a.range === null) return 1;
      if (b.range === null) return -1;
      if (a.range.first !== b.range.first) return a.range.first < b.range.first ? -1 : 1;
      if (a.range.last !== b.range.last) return a.range.last < b.range.last ? -1 : 1;
    }
    return byIdOrder(a.record, b.record);
  });
  return keyed.map((k) => k.record);
}

/** Every record by id. */
export function indexById<I extends IdSpace>(data: Dataset<I>): Map<string, AnyRecord<I>> {
  const map = new Map<string, AnyRecord<I>>();
  for (const kindMap of values(data as unknown as Record<string, Record<string, AnyRecord<I>>>)) {
    for (const record of values(kindMap)) map.set(record.id, record);
  }
  return map;
}

const RELATION_ORDER = new Map(MINERAL_RELATIONS.map((r, i) => [r, i]));

/** Country–mineral ties: from resource records, and from every party × mineral of every agreement. */
export function indexMineralLinks<I extends IdSpace>(data: Dataset<I>) {
  const byCountry = new Map<string, MineralLink<I>[]>();
  const byMineral = new Map<string, CountryLink<I>[]>();
  const add = (country: I['country'], mineral: I['mineral'], relation: MineralRelation, via: string, evidence: readonly Evidence<I>[]) => {
    push(byCountry, country, Object.freeze({ mineral, relation, via, evidence }));
    push(byMineral, mineral, Object.freeze({ country, relation, via, evidence }));
  };
  for (const r of values(data.resources)) add(r.country, r.mineral, r.relation, r.id, r.evidence);
  for (const a of values(data.agreements)) {
    for (const country of a.parties) for (const mineral of a.minerals) add(country, mineral, 'agreement', a.id, a.evidence);
  }
  const order = (key: 'mineral' | 'country') => (x: MineralLink<I> | CountryLink<I>, y: MineralLink<I> | CountryLink<I>) => {
    const kx = (x as unknown as Record<string, string>)[key]!;
    const ky = (y as unknown as Record<string, string>)[key]!;
    if (kx !== ky) return kx < ky ? -1 : 1;
    if (x.relation !== y.relation) return RELATION_ORDER.get(x.relation)! - RELATION_ORDER.get(y.relation)!;
    return x.via < y.via ? -1 : x.via > y.via ? 1 : 0;
  };
  return {
    byCountry: freezeLists(byCountry, order('mineral')) as Map<string, readonly MineralLink<I>[]>,
    byMineral: freezeLists(byMineral, order('country')) as Map<string, readonly CountryLink<I>[]>,
  };
}

/** The key of an unordered pair of countries. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Agreements by party, by pair of parties, by mineral or topic, and each country's partners. `sorted`: the
 * agreements already in date order, when they have been sorted for another index too.
 */
export function indexAgreements<I extends IdSpace>(data: Dataset<I>, sorted: readonly Agreement<I>[] = sortByDateThenId(values(data.agreements))) {
  const byCountry = new Map<string, Agreement<I>[]>();
  const byPair = new Map<string, Agreement<I>[]>();
  const bySubject = new Map<string, Agreement<I>[]>();
  const partnerAgreements = new Map<string, Map<string, Agreement<I>[]>>();
  // Taken in date order, so every list below is built already sorted.
  for (const a of sorted) {
    const parties = [...new Set(a.parties)];
    for (const p of parties) push(byCountry, p, a);
    for (const p of parties) {
      for (const q of parties) {
        if (p >= q) continue;
        push(byPair, pairKey(p, q), a);
      }
      let partners = partnerAgreements.get(p);
      if (!partners) partnerAgreements.set(p, (partners = new Map()));
      for (const q of parties) if (q !== p) push(partners, q, a);
    }
    for (const subject of new Set<string>([...a.minerals, ...a.topics])) push(bySubject, subject, a);
  }
  const partners = new Map<string, readonly Partner<I>[]>();
  for (const [country, map] of partnerAgreements) {
    const list = [...freezeLists(map)]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([partner, agreements]) => Object.freeze({ country: partner, agreements }));
    partners.set(country, Object.freeze(list));
  }
  return {
    byCountry: freezeLists(byCountry) as Map<string, readonly Agreement<I>[]>,
    byPair: freezeLists(byPair) as Map<string, readonly Agreement<I>[]>,
    bySubject: freezeLists(bySubject) as Map<string, readonly Agreement<I>[]>,
    partners,
  };
}

/** A day (`YYYY-MM-DD`) as a count of days since 1970-01-01, so spans can be measured by subtraction. */
export function epochDay(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
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
 * Events and agreements in date order: the dated ones, and the undated ones. The dated
 * ones are also split by span (a day, a month, a year, longer), each list in date order, for `eventsBetween`.
 */
export function indexTimeline<I extends IdSpace>(data: Dataset<I>, agreements: readonly Agreement<I>[] = values(data.agreements)) {
  // The agreements come in date order when the agreement index has sorted them: the sort then merges that run.
  const all: TimelineEntry<I>[] = sortByDateThenId<TimelineEntry<I>>([...values(data.events), ...agreements]);
  // The dated entries as they are: no object per entry to hold its range (each is read once, here).
  const dated: TimelineEntry<I>[] = [];
  const undated: TimelineEntry<I>[] = [];
  const classes: { positions: number[]; firsts: number[]; lasts: number[] }[] = SPAN_LIMITS.map(() => ({ positions: [], firsts: [], lasts: [] }));
  for (const record of all) {
    const date = record.date;
    if (date === null) {
      undated.push(record);
      continue;
    }
    const first = epochDay(date.earliest);
    const last = epochDay(date.latest);
    const list = classes[SPAN_LIMITS.findIndex((limit) => last - first <= limit)]!;
    list.positions.push(dated.length);
    list.firsts.push(first);
    list.lasts.push(last);
    dated.push(record);
  }
  const bySpan: readonly SpanList[] = classes.map((c) => ({
    positions: Int32Array.from(c.positions),
    firsts: Int32Array.from(c.firsts),
    lasts: Int32Array.from(c.lasts),
    maxSpan: c.firsts.reduce((max, first, i) => Math.max(max, c.lasts[i]! - first), 0),
  }));
  return {
    bySpan,
    datedRecords: Object.freeze(dated),
    all: Object.freeze(all),
    undated: Object.freeze(undated),
  };
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
export function indexStatements<I extends IdSpace>(data: Dataset<I>): Map<string, readonly Statement<I>[]> {
  const bySpeaker = new Map<string, Statement<I>[]>();
  for (const s of sortByDateThenId(values(data.statements))) push(bySpeaker, s.speaker, s);
  return freezeLists(bySpeaker);
}

/**
 * `index` with every list kept to the items `keep` accepts (lists left empty dropped): an option filter
 * (`relation`, `type`) indexed once, in one pass, so a filtered answer costs what it returns.
 */
export function filterIndex<V>(index: ReadonlyMap<string, readonly V[]>, keep: (item: V) => boolean): Map<string, readonly V[]> {
  const out = new Map<string, readonly V[]>();
  for (const [key, list] of index) {
    const kept = list.filter(keep);
    if (kept.length > 0) out.set(key, Object.freeze(kept));
  }
  return out;
}
