/**
 * The facts of the article, one test each. The facts are checks written as data (test/facts/): each takes a
 * dataset and returns its findings, so `npm run mutate:data` runs the same checks on mutated copies.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/index.js';
import { applyMutation, type DataMutation } from '../scripts/data-mutations.js';
import { factChecks } from './facts/index.js';

const KINDS = [...new Set(factChecks.map((c) => c.kind))];

for (const kind of KINDS) {
  describe(kind, () => {
    for (const check of factChecks.filter((c) => c.kind === kind)) {
      it(check.fact, () => {
        expect(check.check(dataset)).toEqual([]);
      });
    }
  });
}

/** The edits that survived the test suite before the fact checks (issue 12), each as a data mutation. */
const EARLIER_SURVIVORS: [string, Omit<DataMutation, 'description' | 'family'>][] = [
  ['refining dropped from the lithium MOU', { kind: 'agreements', id: 'kr-kz-lithium-mou', path: 'stages', value: ['exploration', 'development', 'mining'] }],
  ['infrastructure dropped from the financing MOU', { kind: 'agreements', id: 'kr-kz-financing-mou', path: 'topics', value: ['financial-support', 'policy-financing'] }],
  ['korean-companies dropped from the rare-metals MOU', { kind: 'agreements', id: 'kr-kz-rare-metals-technology-mou', path: 'subjects', value: ['public-sector', 'private-sector'] }],
  ['the summit coded 042 instead of 040', { kind: 'events', id: 'astana-summit', path: 'cameo.code', value: '042' }],
  ['Tokayev dropped from the summit’s actors', { kind: 'events', id: 'astana-summit', path: 'actors', value: ['yoon-suk-yeol'] }],
  ['Tokayev dropped from the initiative’s supporters', { kind: 'initiatives', id: 'k-silk-road-cooperation-initiative', path: 'supporters', value: [] }],
  ['"renewable-energy" renamed "renewables" in the energy deals', { kind: 'agreements', id: 'kr-kz-energy-cooperation-deals', path: 'topics', value: ['energy', 'low-emission-power-generation', 'renewables', 'power-plant-modernization'] }],
  ['a topic dropped from the summit', { kind: 'events', id: 'astana-summit', path: 'topics', value: ['strategic-partnership', 'critical-minerals-supply-chain', 'korean-peninsula-security'] }],
];

describe('the fact checks notice the edits the suite used to miss', () => {
  for (const [edit, mutation] of EARLIER_SURVIVORS) {
    it(edit, () => {
      const mutated = applyMutation(dataset, { ...mutation, family: 'drop-item', description: edit });
      expect(factChecks.filter((c) => c.check(mutated).length > 0).length).toBeGreaterThan(0);
    });
  }
});
