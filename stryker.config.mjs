// StrykerJS: mutation testing of src/ (`npm run mutate:code`). The generated data is data, not code:
// `npm run mutate:data` measures how well the tests guard it. Reports go to reports/mutation/ (git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // Two cores: one process is the TypeScript checker (light once started), two run the tests.
  concurrency: 3,
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
