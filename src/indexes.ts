/**
 * The indexes a catalog answers from. Each is built once, from the dataset alone, the first time a query
 * needs it; answers are frozen when the index is built, so a query is a lookup, not a scan.
 *
 * @module
 */
import { dayRange, type DayRange } from './dates.js';
import type { Agreement, AnyRecord, Dataset, Event, Evidence, IdSpace, PartialDate, Statement } from './types.js';
import { MINERAL_RELATIONS, type MineralRelation } from './vocabulary.js';

/** A mineral tied to a country, and how. */
export interface MineralLink<I extends IdSpace = IdSpace> {
  readonly mineral: I['mineral'];
  readonly relation: MineralRelation;
  /** The resource or agreement record the tie comes from. */
  readonly via: I['resource'] | I['agreement'];
  readonly evidence: readonly Evidence<I>[];
}

/** A country tied to a mineral, and how. */
export interface CountryLink<I extends IdSpace = IdSpace> {
  readonly country: I['country'];
  readonly relation: MineralRelation;
  /** The resource or agreement record the tie comes from. */
  readonly via: I['resource'] | I['agreement'];
  readonly evidence: readonly Evidence<I>[];
}

/** A country that shares at least one agreement with another, and those agreements. */
export interface Partner<I extends IdSpace = IdSpace> {
  readonly country: I['country'];
  readonly agreements: readonly Agreement<I>[];
}

/** What a timeline holds: events and agreements. */
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

/** The day range of a record's date, or `null` if undated. */
export function rangeOf(date: PartialDate | null): DayRange | null {
  return date === null ? null : dayRange(date.value);
}

/** Date order (earliest first day first, undated last), then id. */
export function byDateThenId(a: { id: string; date: PartialDate | null }, b: { id: string; date: PartialDate | null }): number {
  const ra = rangeOf(a.date);
  const rb = rangeOf(b.date);
  if (ra && rb && ra.first !== rb.first) return ra.first < rb.first ? -1 : 1;
  if (ra && !rb) return -1;
  if (!ra && rb) return 1;
  return byIdOrder(a, b);
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

/** Agreements by party, by pair of parties, by mineral or topic, and each country's partners. */
export function indexAgreements<I extends IdSpace>(data: Dataset<I>) {
  const byCountry = new Map<string, Agreement<I>[]>();
  const byPair = new Map<string, Agreement<I>[]>();
  const bySubject = new Map<string, Agreement<I>[]>();
  const partnerAgreements = new Map<string, Map<string, Agreement<I>[]>>();
  for (const a of values(data.agreements)) {
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
    const list = [...freezeLists(map, byDateThenId)]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([partner, agreements]) => Object.freeze({ country: partner, agreements }));
    partners.set(country, Object.freeze(list));
  }
  return {
    byCountry: freezeLists(byCountry, byDateThenId) as Map<string, readonly Agreement<I>[]>,
    byPair: freezeLists(byPair, byDateThenId) as Map<string, readonly Agreement<I>[]>,
    bySubject: freezeLists(bySubject, byDateThenId) as Map<string, readonly Agreement<I>[]>,
    partners,
  };
}

/** A dated timeline entry with its day range. */
export interface Dated<I extends IdSpace> {
  readonly range: DayRange;
  readonly record: TimelineEntry<I>;
}

/** Events and agreements in date order: the dated ones with their day ranges, and the undated ones. */
export function indexTimeline<I extends IdSpace>(data: Dataset<I>) {
  const all: TimelineEntry<I>[] = [...values(data.events), ...values(data.agreements)].sort(byDateThenId);
  const dated: Dated<I>[] = [];
  const undated: TimelineEntry<I>[] = [];
  for (const record of all) {
    const range = rangeOf(record.date);
    if (range) dated.push({ range, record });
    else undated.push(record);
  }
  return {
    dated,
    datedRecords: Object.freeze(dated.map((d) => d.record)),
    all: Object.freeze(all),
    undated: Object.freeze(undated),
  };
}

/** Statements by speaker, in date order, then id. */
export function indexStatements<I extends IdSpace>(data: Dataset<I>): Map<string, readonly Statement<I>[]> {
  const bySpeaker = new Map<string, Statement<I>[]>();
  for (const s of values(data.statements)) push(bySpeaker, s.speaker, s);
  return freezeLists(bySpeaker, byDateThenId);
}
