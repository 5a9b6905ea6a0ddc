/**
 * What type-checking a consumer costs: `tsc --extendedDiagnostics` on a generated file that calls every helper.
 *
 * The consumer is checked the way a user of the package checks it: against the package's declarations
 * (emitted here from `src/` with `tsc --emitDeclarationOnly`, as the build would ship them), with
 * `skipLibCheck: false`, the stricter setting, so the declarations themselves are checked too. Its floor is
 * the same program with an empty consumer file (the standard library alone). For comparison, the same
 * consumer is also checked against `src/` itself, which adds the library's own implementation to the check:
 * a cost contributors pay, not users.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { ROOT } from './bundle.js';
import { median } from './stats.js';

/** Instantiations and check time of one `tsc` run. */
export interface Diagnostics {
  readonly instantiations: number;
  readonly types: number;
  readonly checkMs: number;
  readonly files: number;
}

/** The consumer's figures against its floor, and the same consumer checked against the sources. */
export interface TypecheckResult extends Diagnostics {
  readonly floorInstantiations: number;
  readonly floorCheckMs: number;
  readonly fromSource: Diagnostics;
  readonly runs: number;
}

/** A consumer that calls every helper the core entry exports, with options where a helper takes them. */
export const CONSUMER = `import {
  agreementsBetween, agreementsOf, agreementsOn, catalog, countriesWith, dataset, eventsBetween, evidenceOf, get,
  mineralsOf, partnersOf, resolveCountry, statementsBy, timeline,
} from 'critical-minerals';

export const answers = [
  mineralsOf('KZ', { relation: 'reserves' }).map((link) => link.mineral),
  countriesWith('lithium').map((link) => link.country),
  agreementsBetween('KR', 'KZ', { type: 'mou' }).map((a) => a.date?.value),
  agreementsOf('KZ').map((a) => a.parties),
  agreementsOn('lithium', { type: ['mou', 'deal'] }).map((a) => a.name),
  partnersOf('KR').map((p) => p.agreements.length),
  eventsBetween('2019', '2024-06-12').map((e) => e.kind),
  timeline({ includeUndated: true }).length,
  statementsBy('yoon-suk-yeol').map((s) => s.mode),
  evidenceOf('KZ').map((e) => e.quote),
  get('kr-kz-critical-minerals-supply-chain-mou').date?.value,
  get('KZ').alpha3,
  resolveCountry('Kazakhstan'),
  catalog.mineralsOf('KZ').length,
  dataset.countries.KZ.alpha3,
] as const;
`;

const COMPILER = {
  target: 'ES2022',
  lib: ['ES2022'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  types: [],
} as const;

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function run(project: string): Diagnostics {
  let out: string;
  try {
    out = execFileSync(process.execPath, [tsc, '-p', project, '--extendedDiagnostics'], { encoding: 'utf8' });
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout ?? '';
    throw new Error(`tsc failed on ${project}:\n${stdout}`);
  }
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)(s?)$`, 'm').exec(out);
    if (!match) throw new Error(`no "${name}" in tsc output:\n${out}`);
    return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  };
  return { instantiations: field('Instantiations'), types: field('Types'), checkMs: field('Check time'), files: field('Files') };
}

/** Medians of `runs` runs (instantiations are exact; check time is not). */
function runMedian(project: string, runs: number): Diagnostics {
  const all = Array.from({ length: runs }, () => run(project));
  return { ...all[0]!, checkMs: median(all.map((d) => d.checkMs)) };
}

/** Emits the declarations, writes the consumer and its floor, and checks each `runs` times. */
export function measureTypecheck(dir: string, runs: number): TypecheckResult {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rel = (path: string) => relative(dir, join(ROOT, path));
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

  write('tsconfig.emit.json', {
    compilerOptions: { ...COMPILER, skipLibCheck: true, declaration: true, emitDeclarationOnly: true, outDir: 'types', rootDir: rel('src') },
    files: [rel('src/index.ts')],
  });
  run(join(dir, 'tsconfig.emit.json'));

  write('consumer.ts', CONSUMER);
  write('empty.ts', 'export {};\n');
  const project = (file: string, target: string) => ({
    compilerOptions: { ...COMPILER, noEmit: true, skipLibCheck: false, paths: { 'critical-minerals': [target] } },
    files: [file],
  });
  write('tsconfig.consumer.json', project('consumer.ts', './types/index.d.ts'));
  write('tsconfig.floor.json', project('empty.ts', './types/index.d.ts'));
  write('tsconfig.source.json', project('consumer.ts', rel('src/index.ts')));

  const consumer = runMedian(join(dir, 'tsconfig.consumer.json'), runs);
  const floor = runMedian(join(dir, 'tsconfig.floor.json'), runs);
  const fromSource = run(join(dir, 'tsconfig.source.json'));
  return { ...consumer, floorInstantiations: floor.instantiations, floorCheckMs: floor.checkMs, fromSource, runs };
}
