/**
 * How each helper's per-query time grows with the catalog: synthetic catalogs of 100 to 100,000 agreements
 * (built with `createCatalog`), each helper timed per call once its indexes exist. The first call on a fresh
 * catalog, which builds the indexes the helper needs, is timed separately.
 *
 * Inputs rotate over 64 valid ids (or windows) spread across the catalog, so a time is an average over
 * typical answers, not one lucky lookup. Sizes are timed in interleaved rounds in one process, so a burst of
 * load on the machine, or the JIT's state, falls on every size alike instead of on whichever ran at the time.
 *
 * @module
 */
import { makeCatalog, type Catalog } from '../../src/catalog.js';
import { createCatalog } from '../../src/create-catalog.js';
import type { AnyIds } from '../../src/types.js';
import { syntheticRecords, type SyntheticSample } from '../../test/fixtures/synthetic.js';
import { median } from './stats.js';

type Answer = { readonly length: number } | string;
type Query = (catalog: Catalog<AnyIds>, sample: SyntheticSample, i: number) => Answer;

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

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

export type Helper = keyof typeof QUERIES;
export const HELPERS = Object.keys(QUERIES) as Helper[];

/** One catalog size's figures. */
export interface ScaleResult {
  readonly agreements: number;
  readonly records: number;
  /** Time to generate the records and to validate them with `createCatalog`, ms. */
  readonly generateMs: number;
  readonly createCatalogMs: number;
  /** Per helper: median ns per call, with indexes built. */
  readonly nsPerCall: Readonly<Record<Helper, number>>;
  /** Per helper: the first call on a fresh catalog (index build included), ms. */
  readonly firstCallMs: Readonly<Record<Helper, number>>;
  /** Per helper: mean answer length over the rotated inputs (1 for `get`, `resolveCountry`). */
  readonly answerLength: Readonly<Record<Helper, number>>;
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
  readonly firstCallMs: Record<Helper, number>;
  readonly answerLength: Record<Helper, number>;
}

/** Generates and validates one catalog, then times each helper's first call on a fresh catalog over it. */
function buildScale(agreements: number): Built {
  let start = performance.now();
  const { records, sample } = syntheticRecords({ agreements });
  const generateMs = performance.now() - start;
  start = performance.now();
  const catalog = createCatalog({ records });
  const createCatalogMs = performance.now() - start;

  const firstCallMs = {} as Record<Helper, number>;
  const answerLength = {} as Record<Helper, number>;
  for (const helper of HELPERS) {
    const query = QUERIES[helper] as Query;
    const fresh = makeCatalog(catalog.data);
    start = performance.now();
    sink += query(fresh, sample, 0).length;
    firstCallMs[helper] = performance.now() - start;
  }
  // One catalog with every index built serves the timing; answer lengths are read from it.
  for (const helper of HELPERS) {
    const query = QUERIES[helper] as Query;
    let total = 0;
    for (let i = 0; i < 64; i++) {
      const answer = query(catalog, sample, i);
      total += typeof answer === 'string' ? 1 : answer.length;
    }
    answerLength[helper] = total / 64;
  }
  return { agreements, records: records.length, generateMs, createCatalogMs, catalog, sample, firstCallMs, answerLength };
}

/** Builds a catalog of each size and times every helper on each, the sizes interleaved round by round. */
export function measureQueries(scales: readonly number[], options: QueryOptions, progress: (message: string) => void = () => {}): ScaleResult[] {
  const built = scales.map((n) => {
    progress(`query: building ${n.toLocaleString('en')} agreements`);
    return buildScale(n);
  });
  collect();
  progress('query: timing');
  const runs = built.map((b) => Object.fromEntries(HELPERS.map((h) => [h, (i: number) => (QUERIES[h] as Query)(b.catalog, b.sample, i)])) as Record<Helper, (i: number) => Answer>);
  const sizes = runs.map((r) => Object.fromEntries(HELPERS.map((h) => [h, calibrate(r[h], options.batchMs)])) as Record<Helper, number>);
  const samples = built.map(() => Object.fromEntries(HELPERS.map((h) => [h, [] as number[]])) as Record<Helper, number[]>);
  for (let round = 0; round < options.rounds; round++) {
    for (const helper of HELPERS) {
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
    nsPerCall: Object.fromEntries(HELPERS.map((h) => [h, median(samples[s]![h])])) as Record<Helper, number>,
    firstCallMs: b.firstCallMs,
    answerLength: b.answerLength,
  }));
}

/** Keeps the optimizer from dropping the timed calls. */
export function consumeSink(): number {
  return sink;
}
