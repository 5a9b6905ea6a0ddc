/**
 * One sample of what a catalog of your own costs, in a fresh process (run with `--expose-gc`):
 * `tsx scripts/bench/catalog-worker.ts <agreements>` prints one JSON object:
 *
 * - `jsonHeapMB`: heap after GC holding only the input, as parsed from its JSON text;
 * - `zodParseMs`: a plain `z.array(AnyRecordSchema).parse` of that input (the floor of any validation);
 * - `createMs`: `createCatalog({ records })` of the same input;
 * - `firstAnswersMs`: the first call of every helper afterwards (the indexes they build);
 * - `heapMB`: heap after GC with the catalog and all its indexes built, the input dropped.
 *
 * @module
 */
import * as z from 'zod';
import { createCatalog } from '../../src/create-catalog.js';
import { AnyRecordSchema } from '../../src/schema/index.js';
import { syntheticRecords } from '../../test/fixtures/synthetic.js';
import { QUERIES, type Helper } from './query.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const heapMB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const agreements = Number(process.argv[2]);
// The generator's own objects are dropped: the process holds the input only as parsed from JSON text.
const prepared = (() => {
  const generated = syntheticRecords({ agreements });
  return { input: JSON.parse(JSON.stringify(generated.records)) as unknown[], sample: generated.sample };
})();
const { sample } = prepared;
let input: unknown[] | null = prepared.input;
(prepared as { input: unknown }).input = null;
const jsonHeapMB = heapMB();

let start = performance.now();
let parsed: unknown = z.array(AnyRecordSchema).parse(input);
const zodParseMs = performance.now() - start;
parsed = null;
void parsed;
heapMB();

start = performance.now();
const catalog = createCatalog({ records: input });
const createMs = performance.now() - start;
start = performance.now();
let sink = 0;
for (const helper of Object.keys(QUERIES) as Helper[]) {
  const answer = (QUERIES[helper] as (c: typeof catalog, s: typeof sample, i: number) => { length: number } | string)(catalog, sample, 0);
  sink += typeof answer === 'string' ? 1 : answer.length;
}
const firstAnswersMs = performance.now() - start;
input = null;
const withCatalog = heapMB();
process.stdout.write(JSON.stringify({ createMs, firstAnswersMs, zodParseMs, heapMB: withCatalog, jsonHeapMB, records: catalog.get(sample.ids[0] as never) ? sink : 0 }));
