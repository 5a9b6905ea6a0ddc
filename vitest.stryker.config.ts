/**
 * The vitest config StrykerJS uses (`npm run mutate:code`): the fast in-process unit tests only. Left out:
 * test/package.test.ts (builds and packs the package), test/size.test.ts (bundles src/, whose size the
 * mutation instrumentation changes), and the type tests (the TypeScript checker covers types).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package.test.ts', 'test/size.test.ts'],
    typecheck: { enabled: false },
    testTimeout: 120_000,
  },
});
