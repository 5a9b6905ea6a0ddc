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
 * Budgets sit a little above the sizes measured when set: 25,518 B (core) and 23,388 B (one helper) for 0.2, against
 * 14,854 B and 13,694 B in 0.1.0. Nearly all of the growth is data: the dataset as minified JSON grew from 9,526 B
 * to 16,907 B gzipped (value-level provenance 4,539 B of it, the two excerpt sources and the claims on the summit's
 * day most of the rest). Code grew by about 2.3 KB: the bounded-cost suggestion search, the escaping of echoed
 * input and the option-filter indexes (a typo among 267k records went from 6 s to under 1 ms), and the code that
 * expands provenance and claims and searches date intervals. `npm run bench` reports both against the data floor.
 * Issue 10 added `coverage` (the sources' rights, record counts and licences at run time): +205 B to the core
 * (25,812 → 26,017 B), nothing to a one-helper bundle, since it is shaken off there. `nameOf` (names in the
 * reader's language through Intl.DisplayNames, with its locale check and messages) added 440 B to the core
 * (26,031 → 26,471 B) and nothing to a one-helper bundle (23,705 B before and after): it lives in its own module.
 * `Date` bounds for `eventsBetween` (with their checks) and the option-list messages brought the final 0.2 sizes to
 * 26,636 B (core) and 23,878 B (one helper). The iterative `deepFreeze` (a fifth of the cost of the recursive
 * one on JSON-shaped data, most of the import cost above `JSON.parse`) added 42 B: 26,678 B and 23,933 B. The typo
 * search's reused table and its direct first walk to distance 2 (a third off each search) added 77 B.
 * Packing the data (`scripts/pack-data.ts`: one JSON string per kind, keys once per kind, each quote as offsets
 * into its source's text, provenance entries as tuples; unpacked at import by `src/unpack.ts`) took the data from
 * about 17.6 KB to 13.6 KB gzipped; the unpacker, the faster `deepFreeze` walk and the error classes' `instanceof`
 * across copies of the library added about 0.6 KB of code: 24,060 B (core) and 21,584 B (one helper). A
 * catalog taking the records by id that `createCatalog`'s validation built (suggestions still listed kind by kind)
 * and sorting the agreements once for their index and the timeline added 33 B, flatter packed evidence and
 * provenance 3 B: 24,089 B and 21,617 B. Code cut with no change in behaviour took about 220 B off the core and
 * 175 B off a one-helper bundle: error classes named from their brand with fields set by one `Object.assign`
 * (-66 B), optional provenance fields copied by one loop (-34 B), one message builder per check in `check-input.ts`
 * (-34 B), a shorter locale check and answer in `nameOf` (-37 B), one unsafe-character class for `quote` and
 * `escapeControls` (-29 B), country-name lookup (-14 B) and a redundant check in the suggestion search (-8 B):
 * 23,865 B and 21,436 B (23,861 B and 21,432 B once a stop word that could never count was dropped; 23,878 B and
 * 21,446 B with the typo search's later changes). Indexes whose lists are made when their key is first asked for
 * (mineral links, agreements by party, pair, subject and partner), grouped in one pass in memory order, with dates
 * sorted as numbers and the timeline merging the sorted agreements with the events, added 490 B to the core and
 * 658 B to a one-helper bundle: 24,368 B and 22,104 B. At 100,000 agreements they took the first answers from
 * about 2 s to about 0.4 s (and the catalog's heap from 1.11x to 0.93x its input's). The timeline sorted whole
 * rather than merged (-80 B) and agreements grouped through a `Set` per list (-59 B): 24,229 B. The packed data
 * column by column, a field's values side by side (-145 B), each quote as start and length (-94 B), and days of
 * the years 0001–0099 counted in those years (+11 B): 24,001 B and 21,758 B.
 */
const CORE_BUDGET = 24_050;
/** For `agreementsBetween`; every helper is within a few bytes of it. */
const ONE_HELPER_BUDGET = 21_800;

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

  // Quotes are packed as offsets into the source texts, so a map brings the texts (not the source records) along.
  it('carries that map, the source texts and the unpacker: no other record kind, no query code', () => {
    expect(bundle.inputs.map((i) => i.path).sort()).toEqual([
      'src/freeze.ts',
      'src/generated/countries.ts',
      'src/generated/source-texts.ts',
      'src/provenance.ts',
      'src/unpack.ts',
    ]);
  });
});
