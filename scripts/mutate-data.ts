/**
 * `npm run mutate:data`: applies every single data mutation (scripts/data-mutations.ts) to a copy of the
 * embedded dataset, in memory, and runs the fact checks (test/facts/) on each. A mutation no check notices
 * survives. Prints `data mutations: N caught, M survived` and the survivors (`--json`: one JSON object), and
 * fails when a mutation of an agreement, event, statement, figure or initiative survives.
 */
import { dataset } from '../src/index.js';
import { factChecks } from '../test/facts/index.js';
import { applyMutation, dataMutations, type DataMutation } from './data-mutations.js';

/** The kinds whose every single mutation the fact checks must catch. */
const TARGET_KINDS = ['agreements', 'events', 'statements', 'figures', 'initiatives'];

const json = process.argv.includes('--json');
const unmutated = factChecks.flatMap((c) => c.check(dataset).map((finding) => `${c.fact}: ${finding}`));
if (unmutated.length > 0) {
  console.error(`The fact checks fail on the unmutated dataset:\n${unmutated.join('\n')}`);
  process.exit(1);
}

const byKind: Record<string, { caught: number; survived: number }> = {};
const survivors: DataMutation[] = [];
let caught = 0;
for (const mutation of dataMutations(dataset)) {
  const mutated = applyMutation(dataset, mutation);
  const count = (byKind[mutation.kind] ??= { caught: 0, survived: 0 });
  if (factChecks.some((c) => c.check(mutated).length > 0)) {
    caught += 1;
    count.caught += 1;
  } else {
    survivors.push(mutation);
    count.survived += 1;
  }
}

if (json) {
  const list = survivors.map(({ kind, id, family, path, description }) => ({ kind, id, family, path, description }));
  console.log(JSON.stringify({ caught, survived: survivors.length, byKind, survivors: list }));
} else {
  console.log(`data mutations: ${caught} caught, ${survivors.length} survived`);
  for (const [kind, c] of Object.entries(byKind)) {
    const target = TARGET_KINDS.includes(kind) ? ' (target: all caught)' : '';
    console.log(`  ${kind}: ${c.caught} caught, ${c.survived} survived${target}`);
  }
  if (survivors.length > 0) console.log(`survivors:\n${survivors.map((m) => `  [${m.family}] ${m.description}`).join('\n')}`);
}
if (survivors.some((m) => TARGET_KINDS.includes(m.kind))) process.exitCode = 1;
