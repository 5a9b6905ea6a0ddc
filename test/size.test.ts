/**
 * Bundle-size budgets. Bytes are deterministic (unlike time), so they belong in `npm test`: a consumer's
 * browser bundle (esbuild, minified, ESM, gzip -9; the same measurement `npm run bench` reports) must stay
 * within budget, carry no zod and import no Node built-in.
 *
 * A budget sits a little above the size measured when it was set. If a change has to grow the core, raise the
 * budget in the same change and say why; `npm run bench` shows the size against its floor (the data alone).
 */
import { describe, expect, it } from 'vitest';
import { bundleConsumer, consumerOf, consumerOfAll } from '../scripts/bench/bundle.js';

/**
 * Measured 16,575 B gzipped (floor: the dataset and vocabularies as minified JSON, 10,101 B). Raised from
 * 15,100 for the bounded-cost suggestion search (a typo among 267k records: 6 s → under 1 ms), the escaping of
 * echoed input and the option-filter indexes.
 */
const CORE_BUDGET = 16_850;
/** Measured 15,356 B gzipped for `agreementsBetween`; every helper is within a few bytes of it. */
const ONE_HELPER_BUDGET = 15_600;

const isZod = (path: string) => /(^|\/)node_modules\/zod\//.test(path);

describe('the core entry, bundled for the browser with everything it exports', async () => {
  const bundle = await bundleConsumer(consumerOfAll('critical-minerals'));

  it(`is at most ${CORE_BUDGET.toLocaleString('en')} bytes gzipped`, () => {
    expect(bundle.gzip).toBeLessThanOrEqual(CORE_BUDGET);
  });

  it('carries no zod, and nothing of the /schema entry', () => {
    expect(bundle.zodBytes).toBe(0);
    expect(bundle.inputs.filter((i) => isZod(i.path) || i.path.startsWith('src/schema/'))).toEqual([]);
  });

  it('imports no Node built-in', () => {
    expect(bundle.builtins).toEqual([]);
  });
});

describe('a consumer of one helper', async () => {
  const bundle = await bundleConsumer(consumerOf(['agreementsBetween']));

  it(`is at most ${ONE_HELPER_BUDGET.toLocaleString('en')} bytes gzipped`, () => {
    expect(bundle.gzip).toBeLessThanOrEqual(ONE_HELPER_BUDGET);
  });

  it('carries no zod and imports no Node built-in', () => {
    expect(bundle.zodBytes).toBe(0);
    expect(bundle.builtins).toEqual([]);
  });
});

describe('a consumer of one data map', async () => {
  const bundle = await bundleConsumer(consumerOf(['countries']));

  it('carries that map alone: no other record kind, no query code', () => {
    expect(bundle.inputs.map((i) => i.path).sort()).toEqual(['src/freeze.ts', 'src/generated/countries.ts']);
  });
});
