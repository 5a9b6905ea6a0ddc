/**
 * `npm run mutate:code`: StrykerJS over src/ (stryker.config.mjs; src/generated excluded), then the score and the
 * surviving mutants from its JSON report (reports/mutation/mutation.json; the HTML report is beside it).
 * Arguments go to Stryker (`-- --mutate src/dates.ts`), except:
 *
 * - `--json`: print one JSON object instead of text:
 *   `{ "score": …, "killed": …, "survived": …, "timeout": …, "noCoverage": …, "survivors": [...], "cumulative": {...} }`
 *   (`score` is `null` where no mutant was measured, as in a fresh clone's cumulative figures);
 * - `--summary`: run nothing; print the cumulative figures below.
 *
 * The whole of src/ makes about 9,100 mutants, hours of work on 2 cores, so runs are usually per file. Every run's
 * results are also merged, file by file, into reports/mutation/cumulative.json, and `cumulative` sums them: the score
 * over every file measured whose source is still the one measured, the files whose source has changed since (stale,
 * left out of the score) and the files of src/ never measured. When no file is stale or missing, the cumulative
 * score is the score of a full run.
 *
 * StrykerJS 10 needs Node 22 or later; it runs on the matrix's pinned Node 24 (node_modules/node24).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const json = process.argv.includes('--json');
const summaryOnly = process.argv.includes('--summary');
const args = process.argv.slice(2).filter((a) => a !== '--json' && a !== '--summary');
const root = fileURLToPath(new URL('..', import.meta.url));
const reportFile = join(root, 'reports/mutation/mutation.json');
const cumulativeFile = join(root, 'reports/mutation/cumulative.json');

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}
interface FileReport {
  readonly source: string;
  readonly mutants: readonly Mutant[];
}
interface Report {
  readonly files: Record<string, FileReport>;
}

/** Counts by status, the score as StrykerJS computes it (compile errors and ignored mutants left out) and survivors. */
function summarize(files: Record<string, FileReport>) {
  const count: Record<string, number> = {};
  const survivors: string[] = [];
  for (const [file, { mutants }] of Object.entries(files)) {
    for (const m of mutants) {
      count[m.status] = (count[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
  }
  const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
  const valid = detected + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
  return {
    score: valid === 0 ? null : Math.round((detected / valid) * 10_000) / 100,
    detected,
    valid,
    killed: count.Killed ?? 0,
    timeout: count.Timeout ?? 0,
    survived: count.Survived ?? 0,
    noCoverage: count.NoCoverage ?? 0,
    compileErrors: count.CompileError ?? 0,
    runtimeErrors: count.RuntimeError ?? 0,
    survivors,
  };
}

/** The files stryker.config.mjs mutates: src/**\/*.ts without src/generated/ and src/types.ts. */
function mutatedFiles(dir = join(root, 'src')): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const name = relative(root, path);
    if (entry.isDirectory()) {
      if (name !== 'src/generated') out.push(...mutatedFiles(path));
    } else if (name.endsWith('.ts') && name !== 'src/types.ts') out.push(name);
  }
  return out.sort();
}

function readReport(file: string): Report {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : { files: {} };
}

if (!summaryOnly) {
  const node = `${root}node_modules/node24/bin/node`;
  const run = spawnSync(node, [`${root}node_modules/@stryker-mutator/core/bin/stryker.js`, 'run', ...args], {
    cwd: root,
    stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, PATH: `${root}node_modules/node24/bin:${process.env.PATH}` },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  // Merge this run into the cumulative report, file by file, written atomically. A file named in `--mutate` that
  // StrykerJS found no mutant in (re-exports, types) is absent from its report: it is recorded as measured, with none.
  const named = args.flatMap((arg, i) => (arg === '--mutate' ? (args[i + 1] ?? '') : arg.startsWith('--mutate=') ? arg.slice(9) : '').split(','));
  const empty: Record<string, FileReport> = {};
  for (const file of named) {
    if (mutatedFiles().includes(file)) empty[file] = { source: readFileSync(join(root, file), 'utf8'), mutants: [] };
  }
  const merged = { files: { ...readReport(cumulativeFile).files, ...empty, ...readReport(reportFile).files } };
  writeFileSync(`${cumulativeFile}.tmp`, JSON.stringify(merged));
  renameSync(`${cumulativeFile}.tmp`, cumulativeFile);
}

const all = readReport(cumulativeFile).files;
const fresh: Record<string, FileReport> = {};
const stale: string[] = [];
for (const [file, report] of Object.entries(all)) {
  const path = join(root, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === report.source) fresh[file] = report;
  else stale.push(file);
}
const { survivors: cumulativeSurvivors, ...cumulativeCounts } = summarize(fresh);
const cumulative = {
  ...cumulativeCounts,
  files: Object.keys(fresh).length,
  of: mutatedFiles().length,
  stale: stale.sort(),
  notMeasured: mutatedFiles().filter((file) => !Object.hasOwn(all, file)),
  survivors: cumulativeSurvivors,
};
const last = summaryOnly ? undefined : summarize(readReport(reportFile).files);

if (json) console.log(JSON.stringify({ ...(last ?? {}), cumulative }));
else {
  const percent = (score: number | null) => (score === null ? 'n/a (no mutant measured)' : `${score}%`);
  if (last) console.log(`code mutations: score ${percent(last.score)} (${last.detected} detected of ${last.valid}); survivors:\n${last.survivors.join('\n')}`);
  console.log(
    `cumulative: score ${percent(cumulative.score)} (${cumulative.detected} detected of ${cumulative.valid}) over ${cumulative.files} of ${cumulative.of} files; ` +
      `${cumulative.stale.length} stale (source changed since measured), ${cumulative.notMeasured.length} not measured`,
  );
}
