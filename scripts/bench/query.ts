/**
 * How each helper's per-query time grows with the catalog: synthetic catalogs of 100 to 100,000 agreements
 * (built with `createCatalog`), each helper timed per call once its indexes exist. The first call on a fresh
 * catalog, which builds the indexes the helper needs, is timed separately.
 *
 * Inputs rotate over 4,096 valid ids (or windows) spread across the catalog, each a fresh string (not the
 * key string the catalog holds), so a time is an average over typical answers with the cache misses a real
 * caller's inputs bring, not one lucky lookup. Where a catalog has fewer distinct values than that, they
 * repeat (as fresh strings still). The option paths (`mineralsOf+relation`, …) are timed as helpers of their
 * own. Sizes are timed in interleaved rounds in one process, so a burst of
 * load on the machine, or the JIT's state, falls on every size alike instead of on whichever ran at the time.
 *
 * @module
 */
import { makeCatalog, type Catalog } from '../../src/catalog.js';
import { createCatalog } from '../../src/create-catalog.js';
import type { AnyIds } from '../../src/types.js';
import { syntheticRecords, type SyntheticSample } from '../../test/fixtures/synthetic.js';
import { AGREEMENT_TYPES, MINERAL_RELATIONS } from '../../src/vocabulary.js';
import { median } from './stats.js';

type Answer = { readonly length: number } | string;
type Query = (catalog: Catalog<AnyIds>, sample: SyntheticSample, i: number) => Answer;

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const RELATIONS = MINERAL_RELATIONS;
const TYPES = AGREEMENT_TYPES;

/** Every helper the core entry exports, called the way the README shows. */
export const QUERIES = {
  get: (c, s, i) => c.get(at(s.ids, i)).id,
  mineralsOf: (c, s, i) => c.mineralsOf(at(s.countries, i)),
  countriesWith: (c, s, i) => c.countriesWith(at(s.minerals, i)),
  agreementsBetween: (c, s, i) => c.agreementsBetween(...at(s.pairs, i)),
  agreementsOf: (c, s, i) => c.agreementsOf(at(s.countries, i)),
  agreementsOn: (c, s, i) => c.agreementsOn(at(s.subjects, i)),
  partnersOf: (c, s, i) => c.partnersOf(at(s.countries, i)),
  eventsBetween: (c, s, i) => c.eventsBetween(...at(s.windows, i)),
  timeline: (c) => c.timeline(),
  statementsBy: (c, s, i) => c.statementsBy(at(s.people, i)),
  evidenceOf: (c, s, i) => c.evidenceOf(at(s.ids, i)),
  resolveCountry: (c, s, i) => c.resolveCountry(at(s.countryNames, i)),
} satisfies Record<string, Query>;

/** The option paths, each timed like a helper of its own; the option value rotates with the input. */
export const OPTION_QUERIES = {
  'mineralsOf+relation': (c, s, i) => c.mineralsOf(at(s.countries, i), { relation: at(RELATIONS, i >> 3) }),
  'countriesWith+relation': (c, s, i) => c.countriesWith(at(s.minerals, i), { relation: at(RELATIONS, i >> 3) }),
  'agreementsBetween+type': (c, s, i) => c.agreementsBetween(...at(s.pairs, i), { type: at(TYPES, i >> 3) }),
  'agreementsOf+type': (c, s, i) => c.agreementsOf(at(s.countries, i), { type: at(TYPES, i >> 3) }),
  'agreementsOn+type': (c, s, i) => c.agreementsOn(at(s.subjects, i), { type: at(TYPES, i >> 3) }),
  'timeline+includeUndated': (c) => c.timeline({ includeUndated: true }),
} satisfies Record<string, Query>;

export type Helper = keyof typeof QUERIES;
export const HELPERS = Object.keys(QUERIES) as Helper[];
/** Every timed query: the helpers, then the option paths. */
export type Timed = Helper | keyof typeof OPTION_QUERIES;
export const TIMED = [...HELPERS, ...Object.keys(OPTION_QUERIES)] as Timed[];
const TIMED_QUERIES: Record<Timed, Query> = { ...QUERIES, ...OPTION_QUERIES };

/** How many inputs each list rotates over. */
export const SPREAD = 4_096;

/** A copy of `text` that is a different string object, as a caller's input would be. */
const fresh = (text: string): string => [...text].join('');

/** `list` stretched (cycling) or cut to `size` entries, each string a fresh copy. */
function freshList<T>(list: readonly T[], size = SPREAD): T[] {
  return Array.from({ length: size }, (_, i) => {
    const value = list[i % list.length]!;
    if (typeof value === 'string') return fresh(value) as T;
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? fresh(v) : v)) as T;
    return value;
  });
}

function freshSample(sample: SyntheticSample): SyntheticSample {
  return {
    countries: freshList(sample.countries),
    pairs: freshList(sample.pairs),
    minerals: freshList(sample.minerals),
    subjects: freshList(sample.subjects),
    people: freshList(sample.people),
    ids: freshList(sample.ids),
    countryNames: freshList(sample.countryNames),
    windows: freshList(sample.windows),
  };
}

/** One catalog size's figures. */
export interface ScaleResult {
  readonly agreements: number;
  readonly records: number;
  /** Time to generate the records and to validate them with `createCatalog`, ms. */
  readonly generateMs: number;
  readonly createCatalogMs: number;
  /** Per helper: median ns per call, with indexes built. */
  readonly nsPerCall: Readonly<Record<Timed, number>>;
  /** Per helper: the first call on a fresh catalog (index build included), ms. */
  readonly firstCallMs: Readonly<Record<Timed, number>>;
  /** Per helper: mean answer length over the rotated inputs (1 for `get`, `resolveCountry`). */
  readonly answerLength: Readonly<Record<Timed, number>>;
  /** ns per mistyped id passed to `get` (the suggestion index built by a first typo, not timed). */
  readonly typoNs: number;
  /**
   * ns per plain `throw new Error(...)` from a stand-in `get`, called and caught exactly where the typos are,
   * timed in turn with them: the floor of an error path at that call site.
   */
  readonly throwAtCallNs: number;
  /** One `get` of a 1,000,000-character id, ms. */
  readonly longInputMs: number;
}

/** How long to time: `rounds` interleaved rounds of `batches` batches of about `batchMs` each. */
export interface QueryOptions {
  readonly rounds: number;
  readonly batches: number;
  readonly batchMs: number;
}

let sink = 0;

/** A full collection (when Node runs with `--expose-gc`), so garbage from building is not collected while timing. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Calls `run` `size` times; returns ns per call. */
function batch(run: (i: number) => Answer, size: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < size; i++) sink += run(i).length;
  return Number(process.hrtime.bigint() - start) / size;
}

/** How many calls of `run` take about `batchMs`. */
function calibrate(run: (i: number) => Answer, batchMs: number): number {
  for (let size = 16; ; size *= 4) {
    const ns = batch(run, size) * size;
    if (ns >= (batchMs * 1e6) / 4 || size >= 1 << 24) return Math.max(16, Math.round((size * batchMs * 1e6) / Math.max(ns, 1)));
  }
}

interface Built {
  readonly agreements: number;
  readonly records: number;
  readonly generateMs: number;
  readonly createCatalogMs: number;
  readonly catalog: Catalog<AnyIds>;
  readonly sample: SyntheticSample;
  readonly firstCallMs: Record<Timed, number>;
  readonly answerLength: Record<Timed, number>;
  readonly typoNs: number;
  readonly throwAtCallNs: number;
  readonly longInputMs: number;
}

/** Generates and validates one catalog, then times each helper's first call on a fresh catalog over it. */
function buildScale(agreements: number): Built {
  let start = performance.now();
  const { records, sample: drawn } = syntheticRecords({ agreements, sampleSize: SPREAD });
  const sample = freshSample(drawn);
  const generateMs = performance.now() - start;
  start = performance.now();
  const catalog = createCatalog({ records });
  const createCatalogMs = performance.now() - start;

  const firstCallMs = {} as Record<Timed, number>;
  const answerLength = {} as Record<Timed, number>;
  for (const helper of TIMED) {
    const query = TIMED_QUERIES[helper];
    const fresh = makeCatalog(catalog.data);
    start = performance.now();
    sink += query(fresh, sample, 0).length;
    firstCallMs[helper] = performance.now() - start;
  }
  // One catalog with every index built serves the timing; answer lengths are read from it.
  for (const helper of TIMED) {
    const query = TIMED_QUERIES[helper];
    let total = 0;
    for (let i = 0; i < 64; i++) {
      const answer = query(catalog, sample, i);
      total += typeof answer === 'string' ? 1 : answer.length;
    }
    answerLength[helper] = total / 64;
  }
  const { typoNs, throwAtCallNs, longInputMs } = timeErrors(catalog, sample);
  return { agreements, records: records.length, generateMs, createCatalogMs, catalog, sample, firstCallMs, answerLength, typoNs, throwAtCallNs, longInputMs };
}

/**
 * `id` with its last two neighbouring, different letters swapped (`agreement-99991` → `agreemetn-99991`), or, where
 * it has none, the two characters before its last: a typo, or by chance another id, which the caller skips.
 * Swapping digits would mostly give another id of a large synthetic catalog.
 */
function typoOf(id: string): string {
  let i = id.length - 2;
  while (i >= 0 && !(/[a-z]/i.test(id.charAt(i)) && /[a-z]/i.test(id.charAt(i + 1)) && id.charAt(i) !== id.charAt(i + 1))) i--;
  if (i < 0) i = Math.max(0, id.length - 3);
  return id.slice(0, i) + id.charAt(i + 1) + id.charAt(i) + id.slice(i + 2);
}

/**
 * The error paths on `catalog`: the median ns of `get` on a mistyped id (15 passes over 256 distinct typos, after one
 * first typo has built the suggestion index and five untimed passes), the median ns of a plain throw from the same
 * call site (a stand-in `get` that throws `new Error`, timed in turn with the typos), and one `get` of a
 * 1,000,000-character id, ms.
 */
function timeErrors(catalog: Catalog<AnyIds>, sample: SyntheticSample): { typoNs: number; throwAtCallNs: number; longInputMs: number } {
  let thrown = 0;
  const attempt = (lookup: { get(id: never): unknown }, id: string) => {
    try {
      lookup.get(id as never);
    } catch (error) {
      thrown++;
      sink += (error as Error).message.length;
    }
  };
  // The floor: what any error thrown at this call site costs, with the same stack above it (V8 records up to 10
  // frames when an error is made, so what an error costs depends on the stack it is made in).
  const plain = {
    get(id: string): never {
      throw new Error(`plain ${id}`);
    },
  };
  attempt(catalog, 'x-first-typo-builds-the-index');
  // Only typos that are not ids: in a large synthetic catalog a swap near the end often gives another valid id
  // (252 of 256 at 100,000 agreements), and timing those would time a successful lookup. A small catalog has
  // fewer distinct ids than 256, so its typos repeat, as the sample's ids do.
  const typos: string[] = [];
  for (let i = 0; typos.length < 256 && i < 256 * 64; i++) {
    const typo = typoOf(at(sample.ids, i * 13));
    const before = thrown;
    attempt(catalog, typo);
    if (thrown > before) typos.push(typo);
  }
  if (typos.length < 256) throw new Error(`bench: only ${typos.length} typos that are not ids`);
  // Five untimed passes of each first, so both are timed once compiled. Garbage from building the catalog is then
  // collected, so that no full collection lands in a timed pass; the median of 15 passes (each a few ms) leaves out
  // passes another process slowed.
  for (let round = 0; round < 5; round++) {
    for (const typo of typos) attempt(catalog, typo);
    for (const typo of typos) attempt(plain, typo);
  }
  collect();
  const pass = (lookup: { get(id: never): unknown }) => {
    const before = thrown;
    const start = process.hrtime.bigint();
    for (const typo of typos) attempt(lookup, typo);
    const ns = Number(process.hrtime.bigint() - start) / typos.length;
    if (thrown - before !== typos.length) throw new Error('bench: a typo did not throw');
    return ns;
  };
  const samples: number[] = [];
  const plainSamples: number[] = [];
  for (let round = 0; round < 15; round++) {
    samples.push(pass(catalog));
    plainSamples.push(pass(plain));
  }
  const long = 'k'.repeat(1_000_000);
  const start = performance.now();
  attempt(catalog, long);
  return { typoNs: median(samples), throwAtCallNs: median(plainSamples), longInputMs: performance.now() - start };
}

/** Median ns of a plain `throw new Error()` caught at once: the floor of any error path. */
export function timeThrow(): number {
  const samples: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 2_000; i++) {
      try {
        throw new Error(`plain ${i}`);
      } catch (error) {
        sink += (error as Error).message.length;
      }
    }
    samples.push(Number(process.hrtime.bigint() - start) / 2_000);
  }
  return median(samples);
}

/** Builds a catalog of each size and times every helper on each, the sizes interleaved round by round. */
export function measureQueries(scales: readonly number[], options: QueryOptions, progress: (message: string) => void = () => {}): ScaleResult[] {
  const built = scales.map((n) => {
    progress(`query: building ${n.toLocaleString('en')} agreements`);
    return buildScale(n);
  });
  collect();
  progress('query: timing');
  const runs = built.map((b) => Object.fromEntries(TIMED.map((h) => [h, (i: number) => TIMED_QUERIES[h](b.catalog, b.sample, i)])) as Record<Timed, (i: number) => Answer>);
  const sizes = runs.map((r) => Object.fromEntries(TIMED.map((h) => [h, calibrate(r[h], options.batchMs)])) as Record<Timed, number>);
  const samples = built.map(() => Object.fromEntries(TIMED.map((h) => [h, [] as number[]])) as Record<Timed, number[]>);
  for (let round = 0; round < options.rounds; round++) {
    for (const helper of TIMED) {
      // Rotate which size goes first, so none is always timed straight after another's warm-up.
      for (let k = 0; k < built.length; k++) {
        const s = (k + round) % built.length;
        for (let b = 0; b < options.batches; b++) samples[s]![helper].push(batch(runs[s]![helper], sizes[s]![helper]));
      }
    }
  }
  return built.map((b, s) => ({
    agreements: b.agreements,
    records: b.records,
    generateMs: b.generateMs,
    createCatalogMs: b.createCatalogMs,
    nsPerCall: Object.fromEntries(TIMED.map((h) => [h, median(samples[s]![h])])) as Record<Timed, number>,
    firstCallMs: b.firstCallMs,
    answerLength: b.answerLength,
    typoNs: b.typoNs,
    throwAtCallNs: b.throwAtCallNs,
    longInputMs: b.longInputMs,
  }));
}

/** Keeps the optimizer from dropping the timed calls. */
export function consumeSink(): number {
  return sink;
}
