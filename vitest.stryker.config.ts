/**
 * The vitest config StrykerJS uses (`npm run mutate:code`): the fast in-process unit tests only. Left out:
 * test/package.test.ts (builds and packs the package), test/size.test.ts (bundles src/, whose size the
 * mutation instrumentation changes), and the type tests (the TypeScript checker covers types).
 *
 * Speed: StrykerJS runs each mutant's covering tests in a fresh worker, and most of that time went on every test
 * file importing src/ (and zod) again: 20 s per mutant at the start of a run over the core files, ~7 h for them.
 * So the test files share one module graph within a run (`isolate: false`); each run (each mutant) still gets a
 * fresh worker, so nothing a mutant does outlives its run. The six files that mock modules or reset the module
 * graph keep their own (project `isolated`).
 */
import { defineConfig } from 'vitest/config';

const isolated = [
  'test/cli-export-mutants.test.ts',
  'test/cli-show-kinds.test.ts',
  'test/error-classes.test.ts',
  'test/fast-parse-platform.test.ts',
  'test/removed-ids.test.ts',
  'test/write-files-races.test.ts',
];

export default defineConfig({
  test: {
    typecheck: { enabled: false },
    testTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/package.test.ts', 'test/size.test.ts', ...isolated], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
