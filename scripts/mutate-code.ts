/**
 * `npm run mutate:code`: StrykerJS over src/ (stryker.config.mjs; src/generated excluded), then the score and the
 * surviving mutants from its JSON report (reports/mutation/mutation.json; the HTML report is beside it).
 * Arguments go to Stryker (`-- --mutate src/dates.ts`), except `--json`, which prints one JSON object instead:
 * `{ "score": …, "killed": …, "survived": …, "timeout": …, "noCoverage": …, "survivors": [...] }`.
 *
 * StrykerJS 10 needs Node 22 or later; it runs on the matrix's pinned Node 24 (node_modules/node24).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const json = process.argv.includes('--json');
const args = process.argv.slice(2).filter((a) => a !== '--json');
const root = fileURLToPath(new URL('..', import.meta.url));
const node = `${root}node_modules/node24/bin/node`;
const run = spawnSync(node, [`${root}node_modules/@stryker-mutator/core/bin/stryker.js`, 'run', ...args], {
  cwd: root,
  stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  env: { ...process.env, PATH: `${root}node_modules/node24/bin:${process.env.PATH}` },
});
if (run.status !== 0) process.exit(run.status ?? 1);

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}
const report = JSON.parse(readFileSync(`${root}reports/mutation/mutation.json`, 'utf8')) as { files: Record<string, { mutants: Mutant[] }> };
const count: Record<string, number> = {};
const survivors: string[] = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    count[m.status] = (count[m.status] ?? 0) + 1;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}`);
    }
  }
}
const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
const valid = detected + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
const score = valid === 0 ? 100 : Math.round((detected / valid) * 10_000) / 100;
const summary = {
  score,
  killed: count.Killed ?? 0,
  timeout: count.Timeout ?? 0,
  survived: count.Survived ?? 0,
  noCoverage: count.NoCoverage ?? 0,
  compileErrors: count.CompileError ?? 0,
  runtimeErrors: count.RuntimeError ?? 0,
  survivors,
};
if (json) console.log(JSON.stringify(summary));
else console.log(`code mutations: score ${score}% (${detected} detected of ${valid}); survivors:\n${survivors.join('\n')}`);
