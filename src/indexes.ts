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

function values<T>(map: Readonly<Record<string, T>>): T[] {
  return Object.values(map);
}

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
 * Answer lists by key, each made (and frozen) the first time its key is asked for, from what one pass grouped
 * under that key: a first query pays for the grouping and for its own answer, not for every answer. A list once
 * made is kept, so every later call returns the same frozen array.
 */
class LazyLists<G, V> implements ListIndex<V> {
  private readonly made = new Map<string, readonly V[]>();
  constructor(
    private readonly groups: ReadonlyMap<string, G>,
    private readonly make: (group: G, key: string) => readonly V[],
  ) {}
  get(key: string): readonly V[] | undefined {
    let list = this.made.get(key);
    if (list === undefined) {
      const group = this.groups.get(key);
      if (group === undefined) return undefined;
      this.made.set(key, (list = this.make(group, key)));
    }
    return list;
  }
}

/**
 * A day `YYYY-MM-DD` as a number in the same order (not a count of days: months are 32 apart, years 512), read
 * from its characters with no string cut out.
 */
function dayNumber(day: string): number {
  const digit = (i: number) => day.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return year * 512 + (digit(5) * 10 + digit(6)) * 32 + digit(8) * 10 + digit(9);
}

/** 2^23: above any {@link dayNumber} (year 9999 gives about 5.1 million). */
const DAY_SPAN = 8_388_608;

/**
 * Each record's date as one number that sorts the way {@link sortByDateThenId} orders dates: earliest possible
 * day, then latest possible day; undated records `Infinity` (last).
 */
function dateKeys(records: readonly { date: PartialDate | null }[]): Float64Array {
  const keys = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const date = records[i]!.date;
    keys[i] = date === null ? Number.POSITIVE_INFINITY : dayNumber(date.earliest) * DAY_SPAN + dayNumber(date.latest);
  }
  return keys;
}

/** Records in id order. */
function byIdOrder(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: Float64Array | Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Records in date order, with each one's date as a number ({@link dateKeys}), in the same order. */
export interface DateOrder<T> {
  readonly records: T[];
  readonly keys: Float64Array;
  /** For each record of the list that was sorted, by its position there: its position in `records`. */
  readonly rank: Int32Array;
}

/**
 * `records` in date order (earliest possible day first, then latest possible day; undated last), then id, with
 * their dates as numbers. Each date is read once, into a number; the numbers are sorted by the engine's own
 * numeric sort (no call per comparison), each tagged with its record's position, and only records of the same
 * date are compared by id.
 */
export function dateOrder<T extends { id: string; date: PartialDate | null }>(records: readonly T[]): DateOrder<T> {
  const n = records.length;
  const keys = dateKeys(records);
  // Each date's rank among the dates (the position of its first copy in sorted order), times n, plus the record's
  // position: one whole number per record, below n² (exact in a double for any list that fits in memory).
  const dates = Float64Array.from(keys).sort();
  const tagged = new Float64Array(n);
  for (let i = 0; i < n; i++) tagged[i] = lowerBound(dates, keys[i]!) * n + i;
  tagged.sort();
  const from = new Int32Array(n);
  for (let k = 0; k < n; k++) from[k] = tagged[k]! % n;
  // Records of one date, next to each other now, in id order.
  const idOrder = (x: number, y: number) => byIdOrder(records[x]!, records[y]!);
  for (let start = 0; start < n; ) {
    const key = dates[start]!;
    let end = start + 1;
    while (end < n && dates[end] === key) end++;
    if (end - start > 1) from.subarray(start, end).sort(idOrder);
    start = end;
  }
  const sorted = new Array<T>(n);
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    sorted[k] = records[from[k]!]!;
    rank[from[k]!] = k;
  }
  return { records: sorted, keys: dates, rank };
}

/** `records` in date order (earliest possible day first, then latest possible day; undated last), then id. */
export function sortByDateThenId<T extends { id: string; date: PartialDate | null }>(records: readonly T[]): T[] {
  return dateOrder(records).records;
}

/** Two lists in date order merged into one (ids are unique across both, so no two records tie). */
function mergeByDate<A extends { id: string }, B extends { id: string }>(x: DateOrder<A>, y: DateOrder<B>): Omit<DateOrder<A | B>, 'rank'> {
  const n = x.records.length + y.records.length;
  const records = new Array<A | B>(n);
  const keys = new Float64Array(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const takeX =
      j === y.records.length ||
      (i < x.records.length && (x.keys[i] !== y.keys[j] ? x.keys[i]! < y.keys[j]! : x.records[i]!.id < y.records[j]!.id));
    if (takeX) {
      records[k] = x.records[i]!;
      keys[k] = x.keys[i++]!;
    } else {
      records[k] = y.records[j]!;
      keys[k] = y.keys[j++]!;
    }
  }
  return { records, keys };
}

/** Every record by id. */
export function indexById<I extends IdSpace>(data: Dataset<I>): Map<string, AnyRecord<I>> {
  const map = new Map<string, AnyRecord<I>>();
  for (const kindMap of values(data as unknown as Record<string, Record<string, AnyRecord<I>>>)) {
    for (const record of values(kindMap)) map.set(record.id, record);
  }
  return map;
}

const RELATION_ORDER: Readonly<Record<string, number>> = Object.fromEntries(MINERAL_RELATIONS.map((r, i) => [r, i]));

/** Links in answer order: by `key` (mineral or country), then relation (reserves, production, agreement), then `via`. */
function linkOrder(kx: string, ky: string, x: MineralLink | CountryLink, y: MineralLink | CountryLink): number {
  if (kx !== ky) return kx < ky ? -1 : 1;
  if (x.relation !== y.relation) return RELATION_ORDER[x.relation]! - RELATION_ORDER[y.relation]!;
  return x.via < y.via ? -1 : x.via > y.via ? 1 : 0;
}

/**
 * Agreements grouped by party and by mineral or topic, each agreement once per key, as positions in the list
 * grouped: one pass, in the list's own order (the order the records lie in memory), for the agreement index and
 * the mineral links both.
 */
export interface AgreementGroups {
  readonly byCountry: ReadonlyMap<string, readonly number[]>;
  readonly bySubject: ReadonlyMap<string, readonly number[]>;
}

/** {@link AgreementGroups} of `agreements`. */
export function groupAgreements<I extends IdSpace>(agreements: readonly Agreement<I>[]): AgreementGroups {
  const byCountry = new Map<string, number[]>();
  const bySubject = new Map<string, number[]>();
  for (let at = 0; at < agreements.length; at++) {
    const { parties, minerals, topics } = agreements[at]!;
    for (let i = 0; i < parties.length; i++) if (firstOf(parties, i)) push(byCountry, parties[i]!, at);
    for (let i = 0; i < minerals.length; i++) if (firstOf(minerals, i)) push(bySubject, minerals[i]!, at);
    for (let i = 0; i < topics.length; i++) if (firstOf(topics, i) && !minerals.includes(topics[i]!)) push(bySubject, topics[i]!, at);
  }
  return { byCountry, bySubject };
}

/** How many times `item` is in `list`. */
function countOf(list: readonly string[], item: string): number {
  let count = 0;
  for (const x of list) if (x === item) count++;
  return count;
}

/**
 * Country–mineral ties: from resource records, and from every party × mineral of every agreement (`agreements`
 * with their {@link AgreementGroups}). The resources are grouped by country and by mineral in one pass; each
 * country's (or mineral's) links are made when it is first asked for.
 */
export function indexMineralLinks<I extends IdSpace>(resources: readonly Resource<I>[], agreements: readonly Agreement<I>[], groups: AgreementGroups) {
  const resourcesByCountry = new Map<string, Resource<I>[]>();
  const resourcesByMineral = new Map<string, Resource<I>[]>();
  for (const r of resources) {
    push(resourcesByCountry, r.country, r);
    push(resourcesByMineral, r.mineral, r);
  }
  const keys = (a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>) => new Map([...a.keys(), ...b.keys()].map((key) => [key, key]));
  return {
    byCountry: new LazyLists(keys(resourcesByCountry, groups.byCountry), (country) => {
      const links: MineralLink<I>[] = [];
      for (const t of resourcesByCountry.get(country) ?? []) links.push(Object.freeze({ mineral: t.mineral, relation: t.relation, via: t.id, evidence: t.evidence }));
      // Each agreement once per time the country is among its parties.
      for (const at of groups.byCountry.get(country) ?? []) {
        const a = agreements[at]!;
        for (let times = countOf(a.parties, country); times > 0; times--) {
          for (const mineral of a.minerals) links.push(Object.freeze({ mineral, relation: 'agreement', via: a.id, evidence: a.evidence }));
        }
      }
      return links.length === 0 ? EMPTY : Object.freeze(links.sort((x, y) => linkOrder(x.mineral, y.mineral, x, y)));
    }) as ListIndex<MineralLink<I>>,
    byMineral: new LazyLists(keys(resourcesByMineral, groups.bySubject), (mineral) => {
      const links: CountryLink<I>[] = [];
      for (const t of resourcesByMineral.get(mineral) ?? []) links.push(Object.freeze({ country: t.country, relation: t.relation, via: t.id, evidence: t.evidence }));
      // Each agreement once per time the mineral is among its minerals (none where it came by a topic).
      for (const at of groups.bySubject.get(mineral) ?? []) {
        const a = agreements[at]!;
        for (let times = countOf(a.minerals, mineral); times > 0; times--) {
          for (const country of a.parties) links.push(Object.freeze({ country, relation: 'agreement', via: a.id, evidence: a.evidence }));
        }
      }
      return links.length === 0 ? EMPTY : Object.freeze(links.sort((x, y) => linkOrder(x.country, y.country, x, y)));
    }) as ListIndex<CountryLink<I>>,
  };
}

/** The key of an unordered pair of countries. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Whether `list[i]` is the first of its value in `list` (so a list with repeats is taken once per value). */
function firstOf(list: readonly string[], i: number): boolean {
  const item = list[i]!;
  for (let j = 0; j < i; j++) if (list[j] === item) return false;
  return true;
}

/**
 * Agreements by pair of parties, from each party's list: those of the shorter list that have the other party
 * too, in the same (date) order; made when a pair is first asked for.
 */
class PairLists<I extends IdSpace> implements ListIndex<Agreement<I>> {
  private readonly made = new Map<string, readonly Agreement<I>[]>();
  constructor(private readonly byCountry: ListIndex<Agreement<I>>) {}
  get(key: string): readonly Agreement<I>[] | undefined {
    let list = this.made.get(key);
    if (list === undefined) {
      const cut = key.indexOf('\u0000');
      const p = key.slice(0, cut);
      const q = key.slice(cut + 1);
      const ofP = this.byCountry.get(p);
      const ofQ = this.byCountry.get(q);
      if (cut === -1 || p === q || ofP === undefined || ofQ === undefined) return undefined;
      const [shorter, other] = ofP.length <= ofQ.length ? [ofP, q] : [ofQ, p];
      const shared: Agreement<I>[] = [];
      for (const a of shorter) if (a.parties.includes(other)) shared.push(a);
      if (shared.length === 0) return undefined;
      this.made.set(key, (list = Object.freeze(shared)));
    }
    return list;
  }
}

/**
 * Agreements by party, by pair of parties, by mineral or topic, and each country's partners, from the agreements'
 * {@link AgreementGroups} and their date order ({@link dateOrder}; made once for this
 * index and the timeline both). Each list is made when its key is first asked for: the positions grouped under
 * the key, by rank in the date order, then the agreements at those ranks. The lists by pair and the partners are
 * made from a party's list.
 */
export function indexAgreements<I extends IdSpace>(groups: AgreementGroups, order: DateOrder<Agreement<I>>) {
  const inDateOrder = (positions: readonly number[]): readonly Agreement<I>[] => {
    const ranks = new Int32Array(positions.length);
    for (let i = 0; i < positions.length; i++) ranks[i] = order.rank[positions[i]!]!;
    ranks.sort();
    const list = new Array<Agreement<I>>(ranks.length);
    for (let i = 0; i < ranks.length; i++) list[i] = order.records[ranks[i]!]!;
    return Object.freeze(list);
  };
  const byCountry = new LazyLists(groups.byCountry, inDateOrder);
  const partners = new LazyLists(groups.byCountry, (_, country): readonly Partner<I>[] => {
    const byPartner = new Map<string, Agreement<I>[]>();
    for (const a of byCountry.get(country)!) {
      const { parties } = a;
      for (let i = 0; i < parties.length; i++) if (parties[i] !== country && firstOf(parties, i)) push(byPartner, parties[i]!, a);
    }
    const list = [...freezeLists(byPartner)]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([partner, shared]) => Object.freeze({ country: partner, agreements: shared }));
    return Object.freeze(list);
  });
  return {
    byCountry: byCountry as ListIndex<Agreement<I>>,
    byPair: new PairLists(byCountry) as ListIndex<Agreement<I>>,
    bySubject: new LazyLists(groups.bySubject, inDateOrder) as ListIndex<Agreement<I>>,
    partners: partners as ListIndex<Partner<I>>,
  };
}

/** A day (`YYYY-MM-DD`) as a count of days since 1970-01-01, so spans can be measured by subtraction. */
export function epochDay(day: string): number {
  return epochDayOf(dayNumber(day));
}

/** {@link epochDay} of a day given as its {@link dayNumber}: the same `Date.UTC` of the same year, month and day. */
function epochDayOf(day: number): number {
  return Date.UTC(Math.floor(day / 512), ((day >> 5) & 15) - 1, day & 31) / 86_400_000;
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
export function indexTimeline<I extends IdSpace>(events: readonly Event<I>[], agreements: DateOrder<Agreement<I>>) {
  // The agreements come in date order (sorted once for their own index too): only the events are sorted, then merged.
  const merged = mergeByDate<Event<I>, Agreement<I>>(dateOrder(events), agreements);
  const all: TimelineEntry<I>[] = merged.records;
  // Each entry's days from its date number (no date read again), and its span class.
  let dated = 0;
  while (dated < all.length && merged.keys[dated] !== Number.POSITIVE_INFINITY) dated++;
  const firsts = new Int32Array(dated);
  const lasts = new Int32Array(dated);
  const classOf = new Uint8Array(dated);
  const sizes = SPAN_LIMITS.map(() => 0);
  for (let i = 0; i < dated; i++) {
    const key = merged.keys[i]!;
    const first = epochDayOf(Math.floor(key / DAY_SPAN));
    const last = epochDayOf(key % DAY_SPAN);
    let span = 0;
    while (last - first > SPAN_LIMITS[span]!) span++;
    firsts[i] = first;
    lasts[i] = last;
    classOf[i] = span;
    sizes[span]!++;
  }
  const classes = sizes.map((size) => ({ positions: new Int32Array(size), firsts: new Int32Array(size), lasts: new Int32Array(size), maxSpan: 0, length: 0 }));
  for (let i = 0; i < dated; i++) {
    const c = classes[classOf[i]!]!;
    c.positions[c.length] = i;
    c.firsts[c.length] = firsts[i]!;
    c.lasts[c.length++] = lasts[i]!;
    if (lasts[i]! - firsts[i]! > c.maxSpan) c.maxSpan = lasts[i]! - firsts[i]!;
  }
  const bySpan: readonly SpanList[] = classes.map(({ positions, firsts, lasts, maxSpan }) => ({ positions, firsts, lasts, maxSpan }));
  return {
    bySpan,
    datedRecords: Object.freeze(all.slice(0, dated)),
    all: Object.freeze(all),
    undated: Object.freeze(all.slice(dated)),
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
  for (const s of sortByDateThenId(statements)) push(bySpeaker, s.speaker, s);
  return freezeLists(bySpeaker);
}

/**
 * `index` with every list kept to the items `keep` accepts (a list left empty is the empty list): an option filter
 * (`relation`, `type`) applied to a key's list the first time that key is asked for, then kept, so a filtered
 * answer costs what it returns.
 */
export function filterIndex<V>(index: ListIndex<V>, keep: (item: V) => boolean): ListIndex<V> {
  const made = new Map<string, readonly V[]>();
  return {
    get(key) {
      let answer = made.get(key);
      if (answer === undefined) {
        const kept = index.get(key)?.filter(keep) ?? [];
        made.set(key, (answer = kept.length === 0 ? EMPTY : Object.freeze(kept)));
      }
      return answer;
    },
  };
}
