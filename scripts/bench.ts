/**
 * `npm run bench`: what `critical-minerals` costs to use, each figure against its physical floor measured in
 * the same run. Prints a table; `npm run bench -- --json` prints one JSON object instead (progress goes to
 * stderr either way). See docs/performance.md for what each figure means and the targets.
 *
 * - bundle: esbuild (browser, minified, ESM) of a consumer of one helper, one data map or one entry point,
 *   gzip -9; floor: the same data as minified JSON, gzip -9.
 * - import: in-process `import()` of the core entry, median over fresh Node processes; floor: a module holding
 *   the same data as one `JSON.parse` call.
 * - import.dist: the same, for the published `dist/` core entry (built with `npm run build` first).
 * - query: median ns per call of each helper, and of each option path (`mineralsOf+relation`, …), on
 *   synthetic catalogs of 100 to 100,000 agreements, inputs rotating over 4,096 fresh strings; the first
 *   call, which builds indexes, separately.
 * - errors: a plain throw-and-catch, a mistyped id through `get` at each size, a 1,000,000-character id.
 * - catalog: createCatalog, the first answers, a plain zod parse of the same input, and heap with the catalog
 *   against heap with the parsed JSON alone, at 1,000 to 100,000 agreements, medians of 5 fresh processes.
 * - typecheck: `tsc --extendedDiagnostics` on a consumer that calls every helper.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../src/index.js';
import * as vocabularies from '../src/vocabulary.js';
import { bundleConsumer, consumerOf, consumerOfAll, gzipSize, ROOT, type BundleSize } from './bench/bundle.js';
import { measureImport, type DistEntry, type DistImportTime, type ImportTime } from './bench/import-time.js';
import { HELPERS, TIMED, type Helper, type ScaleResult, type Timed } from './bench/query.js';
import { median } from './bench/stats.js';
import { measureTypecheck, type TypecheckResult } from './bench/typecheck.js';

const json = process.argv.includes('--json');
const SCALES = [100, 1_000, 10_000, 100_000] as const;
/** Catalog sizes whose creation and heap are measured, each in CATALOG_RUNS fresh processes. */
const CATALOG_SCALES = [1_000, 10_000, 100_000] as const;
const CATALOG_RUNS = 5;
const IMPORT_RUNS = 21;
const TYPECHECK_RUNS = 3;
/** Query timing: rounds x batches of about 1 ms per helper and size, the sizes interleaved. */
const QUERY = { rounds: 7, batches: 15, batchMs: 1 } as const;
const TMP = join(ROOT, '.tmp', 'bench');

const began = performance.now();
const progress = (message: string) => process.stderr.write(`[bench ${((performance.now() - began) / 1000).toFixed(1)}s] ${message}\n`);

// ---------------------------------------------------------------------------------------------------------
// Bundles

/** A bundle's figures, with its floor: the gzip -9 size of the data it carries, as minified JSON. */
interface BundleFigures extends Omit<BundleSize, 'inputs'> {
  readonly floorGzip: number;
  /** What the floor is the data of. */
  readonly floorOf: string;
  /** The consumer module bundled. */
  readonly consumer: string;
}

const DATA_MAPS = Object.values(vocabularies.DATASET_KEYS);
const vocabularyData = Object.fromEntries(Object.entries(vocabularies));
/**
 * Everything the core entry exports that is data, each value once: the dataset, the closed vocabularies, the
 * derivation rules and bases, `coverage` and `tombstones`. Functions and classes are code; `catalog` is the dataset
 * behind methods, and each record map (`agreements`, …) is the dataset's own, so neither is counted again.
 */
function exportedData(entry: Record<string, unknown>, dataset: object): Record<string, unknown> {
  const maps = new Set(Object.values(dataset));
  const rest = Object.entries(entry).filter(([name, value]) => typeof value !== 'function' && name !== 'catalog' && name !== 'dataset' && !maps.has(value));
  // The dataset first, as the floor always had it (gzip's figure depends on the order by some hundred bytes).
  return { dataset, ...Object.fromEntries(rest) };
}
const coreData = exportedData(core, core.dataset);
/** What the core floor holds, for the tables. */
const CORE_FLOOR_OF = 'every exported data value';
const floor = (value: unknown) => gzipSize(JSON.stringify(value));

async function measureBundles(): Promise<Record<string, BundleFigures>> {
  const out: Record<string, BundleFigures> = {};
  const add = async (name: string, consumer: string, floorData: unknown, floorOf: string) => {
    const { inputs: _inputs, ...size } = await bundleConsumer(consumer);
    out[name] = { ...size, floorGzip: floor(floorData), floorOf, consumer: consumer.trim() };
  };
  await add('core', consumerOfAll('critical-minerals'), coreData, CORE_FLOOR_OF);
  await add('schema', consumerOfAll('critical-minerals/schema'), vocabularyData, 'vocabularies');
  await add('catalog', consumerOfAll('critical-minerals/catalog'), vocabularyData, 'vocabularies');
  await add('export', consumerOfAll('critical-minerals/export'), coreData, CORE_FLOOR_OF);
  for (const helper of HELPERS) await add(helper, consumerOf([helper]), core.dataset, 'dataset');
  for (const map of DATA_MAPS) await add(map, consumerOf([map]), core[map], map);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Queries: in a process of their own, with `--expose-gc` so garbage from building is collected before timing.

function measureQueries(): { scales: ScaleResult[]; throwNs: number } {
  progress('query');
  const worker = fileURLToPath(new URL('./bench/query-worker.ts', import.meta.url));
  const out = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', worker, JSON.stringify({ scales: SCALES, ...QUERY })], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as { scales: ScaleResult[]; throwNs: number };
}

/** What a catalog of your own costs to create and hold: see scripts/bench/catalog-worker.ts. */
interface CatalogFigures {
  readonly createMs: number;
  readonly firstAnswersMs: number;
  readonly zodParseMs: number;
  readonly heapMB: number;
  readonly jsonHeapMB: number;
}

/** Each catalog size's figures: each the median of CATALOG_RUNS fresh processes, the sizes taken in turn. */
function measureCatalogs(): Record<string, CatalogFigures> {
  const worker = fileURLToPath(new URL('./bench/catalog-worker.ts', import.meta.url));
  const samples = new Map<number, CatalogFigures[]>(CATALOG_SCALES.map((n) => [n, []]));
  for (let run = 0; run < CATALOG_RUNS; run++) {
    for (const n of CATALOG_SCALES) {
      progress(`catalog: ${n.toLocaleString('en')} agreements, process ${run + 1} of ${CATALOG_RUNS}`);
      const out = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', worker, String(n)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      samples.get(n)!.push(JSON.parse(out) as CatalogFigures);
    }
  }
  const keys = ['createMs', 'firstAnswersMs', 'zodParseMs', 'heapMB', 'jsonHeapMB'] as const;
  return Object.fromEntries(
    CATALOG_SCALES.map((n) => [String(n), Object.fromEntries(keys.map((k) => [k, round(median(samples.get(n)!.map((s) => s[k])), 1)])) as unknown as CatalogFigures]),
  );
}

/** Builds the package (`npm run build`): the import bench times its `dist/` core entry, as published. */
function buildDist(): DistEntry {
  progress('import: building dist/');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const entry = join(ROOT, 'dist', 'index.js');
  const files = 1 + (readFileSync(entry, 'utf8').match(/^import .* from ['"]\.\/[^'"]+['"];?$/gm)?.length ?? 0);
  return { entry, files };
}

// ---------------------------------------------------------------------------------------------------------
// Targets

interface Target {
  readonly name: string;
  /** The figure as shown (rounded). */
  readonly value: number;
  readonly limit: number;
  /** Judged on the unrounded figure: a ratio of 1.502 misses a limit of 1.5, though it shows as 1.50. */
  readonly met: boolean;
  readonly detail: string;
}

function targets(
  bundle: Record<string, BundleFigures>,
  imp: ImportTime,
  scales: readonly ScaleResult[],
  tc: TypecheckResult,
  errors: ErrorFigures,
  catalog: Record<string, CatalogFigures>,
  dist: DistImportTime,
): Target[] {
  const coreBundle = bundle['core']!;
  const first = scales[0]!;
  const last = scales[scales.length - 1]!;
  const ratios = TIMED.map((h) => ({ helper: h, ratio: last.nsPerCall[h] / first.nsPerCall[h] })).sort((a, b) => b.ratio - a.ratio);
  const big = catalog[String(CATALOG_SCALES.at(-1))]!;
  const typoLast = errors.typoNs[String(last.agreements)]!;
  const typoFirst = errors.typoNs[String(first.agreements)]!;
  const worst = ratios[0]!;
  const list: (Omit<Target, 'met'> & { readonly exact?: number })[] = [
    {
      name: 'core bundle gzip <= 1.3 x floor + 2 KiB',
      value: coreBundle.gzip,
      limit: Math.floor(1.3 * coreBundle.floorGzip + 2048),
      detail: `floor ${coreBundle.floorGzip} B (${coreBundle.floorOf})`,
    },
    { name: 'core bundle carries 0 bytes of zod', value: coreBundle.zodBytes, limit: 0, detail: 'esbuild metafile inputs under node_modules/zod' },
    {
      name: 'import median <= 1.5 x floor + 2 ms',
      value: round(imp.medianMs, 2),
      exact: imp.medianMs,
      limit: round(1.5 * imp.floorMedianMs + 2, 2),
      detail: `floor ${imp.floorMedianMs.toFixed(2)} ms, ${imp.runs} processes each`,
    },
    ...ratios.map(({ helper, ratio }) => ({
      name: `${helper}: ns/call at ${last.agreements.toLocaleString('en')} <= 3 x at ${first.agreements}`,
      value: round(ratio, 2),
      exact: ratio,
      limit: 3,
      detail: `${fmt(first.nsPerCall[helper])} -> ${fmt(last.nsPerCall[helper])} ns${helper === worst.helper ? ' (worst)' : ''}`,
    })),
    {
      name: `errors: typo through get at ${fmt(last.agreements)} <= 1,000,000 ns`,
      value: round(typoLast, 0),
      exact: typoLast,
      limit: 1_000_000,
      detail: `${fmt(typoFirst)} ns at ${first.agreements}; the first typo of a catalog builds its suggestion index (not timed)`,
    },
    {
      name: `errors: typo through get at ${first.agreements} <= 5 x plain throw`,
      value: round(typoFirst / errors.throwNs, 2),
      exact: typoFirst / errors.throwNs,
      limit: 5,
      detail: `${fmt(typoFirst)} ns against a plain throw-and-catch from the same call site of ${fmt(errors.throwNs)} ns (${round(typoFirst / errors.throwTopLevelNs, 2)} x the ${fmt(errors.throwTopLevelNs)} ns of one at top level)`,
    },
    { name: 'errors: get of a 1,000,000-character id <= 10 ms', value: round(errors.longInputMs, 3),
      exact: errors.longInputMs, limit: 10, detail: `on the ${fmt(last.agreements)}-agreement catalog` },
    {
      name: `catalog ${fmt(CATALOG_SCALES.at(-1)!)}: create + first answers <= 1.5 x zod parse`,
      value: round((big.createMs + big.firstAnswersMs) / big.zodParseMs, 2),
      exact: (big.createMs + big.firstAnswersMs) / big.zodParseMs,
      limit: 1.5,
      detail: `${fmt(big.createMs)} + ${fmt(big.firstAnswersMs)} ms against ${fmt(big.zodParseMs)} ms`,
    },
    {
      name: `catalog ${fmt(CATALOG_SCALES.at(-1)!)}: heap <= 1.5 x parsed JSON heap`,
      value: round(big.heapMB / big.jsonHeapMB, 2),
      exact: big.heapMB / big.jsonHeapMB,
      limit: 1.5,
      detail: `${fmt(big.heapMB)} MB against ${fmt(big.jsonHeapMB)} MB`,
    },
    {
      name: 'import of dist/ <= 1.5 x floor',
      value: round(dist.medianMs / imp.floorMedianMs, 2),
      exact: dist.medianMs / imp.floorMedianMs,
      limit: 1.5,
      detail: `${dist.medianMs.toFixed(2)} ms (${dist.files} files) against ${imp.floorMedianMs.toFixed(2)} ms (${round(dist.medianMs / dist.floorMjsMedianMs, 2)} x the floor as .mjs)`,
    },
    {
      name: 'core bundle gzip <= 1.25 x floor',
      value: round(coreBundle.gzip / coreBundle.floorGzip, 3),
      exact: coreBundle.gzip / coreBundle.floorGzip,
      limit: 1.25,
      detail: `${fmt(coreBundle.gzip)} B against ${fmt(coreBundle.floorGzip)} B`,
    },
    {
      name: 'type-check <= 5,000 instantiations',
      value: tc.instantiations,
      limit: 5000,
      detail: `consumer of every helper against the declarations; floor (empty file) ${tc.floorInstantiations}`,
    },
  ];
  return list.map(({ exact, ...t }) => ({ ...t, met: (exact ?? t.value) <= t.limit }));
}

// ---------------------------------------------------------------------------------------------------------
// Output

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const fmt = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(rows: readonly (readonly string[])[], align: string): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((row) => row.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

function render(result: BenchResult): string {
  const lines: string[] = [];
  const { machine } = result;
  lines.push(`critical-minerals bench: node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.seconds, 1)} s, load average at the end ${machine.loadAverage.join(' ')}`);
  lines.push('');

  lines.push('Bundle: a consumer of one export, esbuild (browser, minified, ESM), gzip -9. Floor: the same data as minified JSON, gzip -9.');
  const bundleRows = [['consumer of', 'bytes', 'gzip', 'floor', 'gzip/floor', 'zod bytes', 'floor is']];
  for (const [name, b] of Object.entries(result.bundle)) {
    const label = ['core', 'schema', 'catalog', 'export'].includes(name) ? `${name} (entry point, everything)` : name;
    bundleRows.push([label, fmt(b.bytes), fmt(b.gzip), fmt(b.floorGzip), (b.gzip / b.floorGzip).toFixed(2), fmt(b.zodBytes), b.floorOf]);
  }
  lines.push(table(bundleRows, 'lrrrrrl'), '');

  const imp = result.import;
  lines.push(`Import of the core entry, in-process, median of ${imp.runs} fresh Node processes each:`);
  lines.push(
    table(
      [
        ['module', 'bytes', 'median ms'],
        ['core entry (bundled, not minified)', fmt(imp.moduleBytes), imp.medianMs.toFixed(2)],
        ['floor: same data as one JSON.parse', fmt(imp.floorModuleBytes), imp.floorMedianMs.toFixed(2)],
      ],
      'lrr',
    ),
    '',
  );

  const scales = result.catalogs;
  const head = ['helper', ...scales.map((s) => fmt(s.agreements)), 'x (last/first)'];
  lines.push('Query: median ns per call, indexes built; columns are synthetic catalogs of N agreements.');
  lines.push(
    table(
      [head, ...TIMED.map((h) => [h, ...scales.map((s) => fmt(s.nsPerCall[h])), (scales.at(-1)!.nsPerCall[h] / scales[0]!.nsPerCall[h]).toFixed(2)])],
      'lrrrrr',
    ),
    '',
  );
  lines.push('First call on a fresh catalog (builds the indexes it needs), ms; then mean answer length.');
  lines.push(
    table(
      [
        ['helper', ...scales.map((s) => fmt(s.agreements)), ...scales.map((s) => `len@${fmt(s.agreements)}`)],
        ...TIMED.map((h) => [h, ...scales.map((s) => fmt(s.firstCallMs[h], 1)), ...scales.map((s) => fmt(s.answerLength[h], 1))]),
      ],
      'lrrrrrrrr',
    ),
    '',
  );
  lines.push(
    table(
      [
        ['catalog', 'records', 'generate ms', 'createCatalog ms'],
        ...scales.map((s) => [`${fmt(s.agreements)} agreements`, fmt(s.records), fmt(s.generateMs), fmt(s.createCatalogMs)]),
      ],
      'lrrr',
    ),
    '',
  );

  const { errors, catalog, import: { dist } } = result;
  lines.push(`Import of the published dist/ core entry (${dist.files} files), median of ${dist.runs} fresh processes: ${dist.medianMs.toFixed(2)} ms (floor, sampled in turn: ${dist.floorMedianMs.toFixed(2)} ms; as .mjs ${dist.floorMjsMedianMs.toFixed(2)} ms).`, '');
  lines.push(`Errors: a plain throw-and-catch at top level ${fmt(errors.throwTopLevelNs)} ns; get of a 1,000,000-character id ${errors.longInputMs.toFixed(2)} ms.`);
  lines.push(
    table(
      [
        ['ns', ...scales.map((s) => fmt(s.agreements))],
        ['typo through get', ...scales.map((s) => fmt(errors.typoNs[String(s.agreements)]!))],
        ['plain throw, same call site', ...scales.map((s) => fmt(errors.throwAtCallNs[String(s.agreements)]!))],
      ],
      'lrrrr',
    ),
    '',
  );
  lines.push(`Catalogs of your own: median of ${CATALOG_RUNS} fresh processes per size.`);
  lines.push(
    table(
      [
        ['agreements', 'createCatalog ms', 'first answers ms', 'zod parse ms', 'heap MB', 'parsed JSON heap MB'],
        ...Object.entries(catalog).map(([n, c]) => [fmt(Number(n)), fmt(c.createMs), fmt(c.firstAnswersMs), fmt(c.zodParseMs), fmt(c.heapMB, 1), fmt(c.jsonHeapMB, 1)]),
      ],
      'lrrrrr',
    ),
    '',
  );

  const tc = result.typecheck;
  lines.push('Type-check (tsc --extendedDiagnostics, skipLibCheck false) of a consumer that calls every helper:');
  lines.push(
    table(
      [
        ['program', 'instantiations', 'types', 'check ms'],
        ['consumer, against the declarations', fmt(tc.instantiations), fmt(tc.types), fmt(tc.checkMs)],
        ['floor: empty file, same options', fmt(tc.floorInstantiations), '', fmt(tc.floorCheckMs)],
        ['consumer, against src/ (adds the library\'s own check)', fmt(tc.fromSource.instantiations), fmt(tc.fromSource.types), fmt(tc.fromSource.checkMs)],
      ],
      'lrrr',
    ),
    '',
  );

  lines.push('Targets:');
  lines.push(table([['target', 'value', 'limit', 'result', 'detail'], ...result.targets.map((t) => [t.name, fmt(t.value, Number.isInteger(t.value) ? 0 : 2), fmt(t.limit, Number.isInteger(t.limit) ? 0 : 2), t.met ? 'met' : 'MISSED', t.detail])], 'lrrll'));
  const missed = result.targets.filter((t) => !t.met).length;
  lines.push('', missed === 0 ? `All ${result.targets.length} targets met.` : `${missed} of ${result.targets.length} targets missed.`);
  return lines.join('\n');
}

interface ErrorFigures {
  /** A plain `throw new Error` caught at once, from the call site the typos are timed at, at the smallest size. */
  readonly throwNs: number;
  /** The same at each size. */
  readonly throwAtCallNs: Record<string, number>;
  /** A plain throw-and-catch at the top of the bench's process, where the stack holds fewer, smaller frames. */
  readonly throwTopLevelNs: number;
  readonly typoNs: Record<string, number>;
  readonly longInputMs: number;
}

interface BenchResult {
  readonly machine: { node: string; cpu: string; cores: number; platform: string; seconds: number; loadAverage: readonly number[] };
  readonly bundle: Record<string, BundleFigures>;
  readonly import: ImportTime & { readonly dist: DistImportTime };
  readonly query: Record<Timed, Record<string, number>>;
  readonly indexBuildMs: Record<Timed, Record<string, number>>;
  readonly answerLength: Record<Timed, Record<string, number>>;
  readonly errors: ErrorFigures;
  readonly catalog: Record<string, CatalogFigures>;
  readonly catalogs: readonly ScaleResult[];
  readonly typecheck: TypecheckResult;
  readonly targets: readonly Target[];
}

// `--render FILE`: print the table of a saved `--json` run, so docs/performance.md quotes one run in both forms.
const renderIndex = process.argv.indexOf('--render');
if (renderIndex !== -1) {
  const saved = JSON.parse(readFileSync(process.argv[renderIndex + 1]!, 'utf8').trim().split('\n').at(-1)!) as BenchResult;
  process.stdout.write(`${render(saved)}\n`);
  process.exit(0);
}

progress('bundles');
const bundle = await measureBundles();
const distEntry = buildDist();
progress('import');
const { dist, ...imported } = await measureImport(coreData, IMPORT_RUNS, join(TMP, 'import'), distEntry);
progress('typecheck');
const typecheck = measureTypecheck(join(TMP, 'typecheck'), TYPECHECK_RUNS);
const { scales, throwNs } = measureQueries();
const catalogFigures = measureCatalogs();
const errors: ErrorFigures = {
  throwNs: round(scales[0]!.throwAtCallNs, 1),
  throwAtCallNs: Object.fromEntries(scales.map((s) => [String(s.agreements), round(s.throwAtCallNs, 1)])),
  throwTopLevelNs: round(throwNs, 1),
  typoNs: Object.fromEntries(scales.map((s) => [String(s.agreements), round(s.typoNs, 0)])),
  longInputMs: round(scales.at(-1)!.longInputMs, 3),
};

const byHelper = (pick: (s: ScaleResult, h: Timed) => number, digits: number) =>
  Object.fromEntries(TIMED.map((h) => [h, Object.fromEntries(scales.map((s) => [String(s.agreements), round(pick(s, h), digits)]))])) as Record<
    Timed,
    Record<string, number>
  >;

const result: BenchResult = {
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    platform: `${process.platform} ${process.arch}`,
    seconds: round((performance.now() - began) / 1000),
    loadAverage: loadavg().map((v) => round(v, 2)),
  },
  bundle,
  import: { ...imported, dist: { ...dist, medianMs: round(dist.medianMs, 3), floorMedianMs: round(dist.floorMedianMs, 3), floorMjsMedianMs: round(dist.floorMjsMedianMs, 3) }, medianMs: round(imported.medianMs, 3), floorMedianMs: round(imported.floorMedianMs, 3), samplesMs: imported.samplesMs.map((v) => round(v, 3)), floorSamplesMs: imported.floorSamplesMs.map((v) => round(v, 3)) },
  query: byHelper((s, h) => s.nsPerCall[h], 1),
  indexBuildMs: byHelper((s, h) => s.firstCallMs[h], 2),
  answerLength: byHelper((s, h) => s.answerLength[h], 1),
  errors,
  catalog: catalogFigures,
  catalogs: scales,
  typecheck,
  targets: targets(bundle, imported, scales, typecheck, errors, catalogFigures, dist),
};
progress('done');
// One line, so `npm run bench -- --json | tail -n 1` gets the object even with npm's banner above it.
process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${render(result)}\n`);
