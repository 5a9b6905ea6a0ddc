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
 * Measured 20,301 B gzipped. 0.2 added value-level provenance: the dataset as JSON grew from 9,526 B to 13,731 B
 * gzipped (3,542 B of it the provenance maps, the rest the quotes rules read and the new fields), and the code
 * that expands provenance and searches date intervals about 500 B. The budget rose by that and no more.
 */
const CORE_BUDGET = 20_600;
/** Measured 18,396 B gzipped for `agreementsBetween` (13,694 B in 0.1.0; see above for the growth). */
const ONE_HELPER_BUDGET = 18_700;

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
