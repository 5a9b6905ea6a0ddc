// StrykerJS: mutation testing of src/ (`npm run mutate:code`). The generated data is data, not code:
// `npm run mutate:data` measures how well the tests guard it. Reports go to reports/mutation/ (git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // StrykerJS gives half of `concurrency` to TypeScript checkers and half to test runners: 4 means two runners,
  // one per core (the checkers are light once started). With 2 or 3 only one runner works.
  concurrency: 4,
  mutate: ['src/**/*.ts', '!src/generated/**', '!src/types.ts'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 20000,
  // Vitest does not type-check, and a test compares src/generated with what data/ generates byte for byte.
  disableTypeChecks: false,
};
