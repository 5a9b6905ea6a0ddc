import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../src/create-catalog.js';
import { AGREEMENT_TYPES, MINERAL_RELATIONS } from '../src/index.js';
import { syntheticRecords } from './fixtures/synthetic.js';

const { records, sample } = syntheticRecords({ agreements: 400 });
const catalog = createCatalog({ records });
const countries = Object.keys(catalog.data.countries);
const minerals = Object.keys(catalog.data.minerals);
const subjects = [...minerals, ...Object.keys(catalog.data.topics)];

/** One option value, or a list of one to all values, repeats allowed. */
const choice = <T extends string>(values: readonly T[]) =>
  fc.oneof(fc.constantFrom(...values), fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 4 }));
const includes = (option: string | readonly string[], value: string) => (typeof option === 'string' ? option === value : option.includes(value));

describe('indexed option filters answer what filtering the unfiltered answer gives', () => {
  it('mineralsOf and countriesWith with relation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.constantFrom(...minerals), choice(MINERAL_RELATIONS), (c, m, relation) => {
        expect(catalog.mineralsOf(c, { relation })).toEqual(catalog.mineralsOf(c).filter((l) => includes(relation, l.relation)));
        expect(catalog.countriesWith(m, { relation })).toEqual(catalog.countriesWith(m).filter((l) => includes(relation, l.relation)));
      }),
      { numRuns: 300 },
    );
  });

  it('agreementsOf, agreementsOn and agreementsBetween with type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.constantFrom(...subjects), fc.constantFrom(...sample.pairs), choice(AGREEMENT_TYPES), (c, s, [a, b], type) => {
        expect(catalog.agreementsOf(c, { type })).toEqual(catalog.agreementsOf(c).filter((x) => includes(type, x.type)));
        expect(catalog.agreementsOn(s, { type })).toEqual(catalog.agreementsOn(s).filter((x) => includes(type, x.type)));
        expect(catalog.agreementsBetween(a, b, { type })).toEqual(catalog.agreementsBetween(a, b).filter((x) => includes(type, x.type)));
      }),
      { numRuns: 300 },
    );
  });

  it('a filtered answer is frozen', () => {
    expect(Object.isFrozen(catalog.mineralsOf(countries[0]!, { relation: 'agreement' }))).toBe(true);
  });
});
