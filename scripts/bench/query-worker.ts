/**
 * The query bench in a process of its own (run with `--expose-gc`), so the bench's bundling and the rest do
 * not share its heap: `tsx scripts/bench/query-worker.ts '<json options>'` prints a {@link ScaleResult} list
 * as JSON and its progress on stderr.
 *
 * @module
 */
import { consumeSink, measureQueries, type QueryOptions } from './query.js';

const { scales, ...options } = JSON.parse(process.argv[2]!) as QueryOptions & { scales: number[] };
const results = measureQueries(scales, options, (message) => process.stderr.write(`[bench query] ${message}\n`));
process.stdout.write(JSON.stringify(results));
if (consumeSink() === -1) process.stderr.write('unreachable\n');
