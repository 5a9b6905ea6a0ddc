/**
 * The query bench in a process of its own (run with `--expose-gc`), so the bench's bundling and the rest do
 * not share its heap: `tsx scripts/bench/query-worker.ts '<json options>'` prints a {@link ScaleResult} list
 * and the ns of a plain throw-and-catch, as JSON (`{ scales, throwNs }`), and its progress on stderr.
 *
 * @module
 */
import { consumeSink, measureQueries, timeThrow, type QueryOptions } from './query.js';

const { scales, ...options } = JSON.parse(process.argv[2]!) as QueryOptions & { scales: number[] };
const results = measureQueries(scales, options, (message) => process.stderr.write(`[bench query] ${message}\n`));
process.stdout.write(JSON.stringify({ scales: results, throwNs: timeThrow() }));
if (consumeSink() === -1) process.stderr.write('unreachable\n');
