/**
 * What importing the core entry costs in Node, against its floor: a module that holds the same data as one
 * `JSON.parse` call. Each sample is a fresh Node process that times its own `import()` (so process start-up
 * is not counted); the two modules are sampled in turn so drift in the machine affects both alike.
 *
 * Both are `.js` files in a folder whose `package.json` says `"type": "module"`, as the published entry is: Node
 * then looks up the package scope of each (about 0.25 ms), which it skips for a `.mjs` file. The floor as a
 * `.mjs` file, as the bench wrote it before, is still timed in the `dist/` series, for comparison.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './bundle.js';
import { median } from './stats.js';

/** Median import times, in milliseconds, and every sample. */
export interface ImportTime {
  readonly medianMs: number;
  readonly floorMedianMs: number;
  readonly runs: number;
  readonly samplesMs: readonly number[];
  readonly floorSamplesMs: readonly number[];
  /** Bytes of each module imported. */
  readonly moduleBytes: number;
  readonly floorModuleBytes: number;
}

const RUNNER = `const url = process.argv[2];
const start = performance.now();
await import(url);
process.stdout.write(String(performance.now() - start));
`;

/** The built `dist/` core entry to time in the same turns as the core and the floor. */
export interface DistEntry {
  readonly entry: string;
  /** The files of `dist/` a consumer's `import` loads: the entry and the chunks it imports. */
  readonly files: number;
}

/**
 * Times `runs` imports of the core entry (bundled as one ES module, not minified, as a Node user would load
 * it), of the floor module holding `data` as one JSON string, of the built `dist/` entry and of the floor as a
 * `.mjs` file, in turn within each round: a slow spell of the machine falls on all four alike, so the ratios of
 * their medians hold up where medians taken minutes apart drift (one run of the earlier layout, `dist/` timed
 * apart from the floor it was judged against, gave 1.51 × where its own turns gave 1.40 ×).
 */
export async function measureImport(data: unknown, runs: number, dir: string, dist: DistEntry): Promise<ImportTime & { readonly dist: DistImportTime }> {
  mkdirSync(dir, { recursive: true });
  const core = join(dir, 'core.js');
  const floor = join(dir, 'floor.js');
  const floorMjs = join(dir, 'floor.mjs');
  const runner = join(dir, 'runner.mjs');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    outfile: core,
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    minify: false,
    logLevel: 'silent',
  });
  const floorSource = `export const dataset = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
  writeFileSync(floor, floorSource);
  writeFileSync(floorMjs, floorSource);
  writeFileSync(runner, RUNNER);

  const time = (file: string) =>
    Number(execFileSync(process.execPath, [runner, pathToFileURL(file).href], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } }));
  const modules = [core, floor, dist.entry, floorMjs];
  // One discarded run of each: the first read of a file pays for the disk, not the import.
  for (const file of modules) time(file);
  const [samples, floorSamples, distSamples, floorMjsSamples] = modules.map(() => [] as number[]) as [number[], number[], number[], number[]];
  for (let i = 0; i < runs; i++) {
    samples.push(time(core));
    floorSamples.push(time(floor));
    distSamples.push(time(dist.entry));
    floorMjsSamples.push(time(floorMjs));
  }
  return {
    medianMs: median(samples),
    floorMedianMs: median(floorSamples),
    runs,
    samplesMs: samples,
    floorSamplesMs: floorSamples,
    moduleBytes: statSync(core).size,
    floorModuleBytes: Buffer.byteLength(floorSource),
    dist: { medianMs: median(distSamples), floorMedianMs: median(floorSamples), floorMjsMedianMs: median(floorMjsSamples), runs, files: dist.files },
  };
}

/** Median import time of the published `dist/` core entry, sampled in turn with the floor module. */
export interface DistImportTime {
  readonly medianMs: number;
  /** The floor, sampled in the same turns (since this session, the same figure as `import.floorMedianMs`). */
  readonly floorMedianMs: number;
  /** The same floor as a `.mjs` file (no package scope to look up), sampled in the same turns. */
  readonly floorMjsMedianMs: number;
  readonly runs: number;
  /** The files of `dist/` a consumer's `import` loads: the entry and the chunks it imports. */
  readonly files: number;
}
