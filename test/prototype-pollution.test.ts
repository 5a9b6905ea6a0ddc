import { afterEach, describe, expect, it } from 'vitest';
import * as cm from '../src/index.js';
import { createCatalog } from '../src/create-catalog.js';

/** Every helper's answer on the embedded data, with and without options. */
function answers(): unknown {
  return {
    mineralsOf: cm.mineralsOf('KZ'),
    countriesWith: cm.countriesWith('lithium'),
    agreementsOf: cm.agreementsOf('KR'),
    agreementsBetween: cm.agreementsBetween('KR', 'KZ'),
    agreementsOn: cm.agreementsOn('lithium'),
    partnersOf: cm.partnersOf('KR'),
    timeline: cm.timeline(),
    timelineEmpty: cm.timeline({}),
    eventsBetween: cm.eventsBetween('2024', '2024'),
    statementsBy: cm.statementsBy(Object.keys(cm.people)[0] as never),
    mineralsOfReserves: cm.mineralsOf('KZ', { relation: 'reserves' }),
    mineralsOfEmpty: cm.mineralsOf('KZ', {}),
    agreementsOfEmpty: cm.agreementsOf('KR', {}),
    createCatalog: createCatalog({ records: [], extends: cm.catalog }).mineralsOf('KZ', {}),
    createCatalogAlone: Object.keys(createCatalog({ records: [] }).data.countries),
  };
}

const polluted = ['relation', 'type', 'includeUndated', 'id', 'extends'] as const;

afterEach(() => {
  for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
});

describe('options set on Object.prototype by other code change no answer', () => {
  it('relation, type, includeUndated, id and extends inherited from Object.prototype are ignored', () => {
    const before = answers();
    const proto = Object.prototype as Record<string, unknown>;
    proto['relation'] = 'reserves';
    proto['type'] = 'deal';
    proto['includeUndated'] = true;
    proto['extends'] = { data: {} };
    const after = answers();
    expect(after).toEqual(before);
    expect(cm.mineralsOf('KZ', {}).length).toBe(cm.mineralsOf('KZ').length);
    expect(cm.mineralsOf('KZ', {}).some((link) => link.relation !== 'reserves')).toBe(true);
  });

  it('an id inherited from Object.prototype is not the id of an object passed to evidenceOf', () => {
    (Object.prototype as Record<string, unknown>)['id'] = 'kr-kz-critical-minerals-supply-chain-mou';
    expect(() => cm.evidenceOf({} as never)).toThrow(cm.InvalidArgumentError);
  });
});

describe('createCatalog takes as extends only a catalog it made, and checks anything else', () => {
  it.each([
    ['null', null],
    ['a string', 'x'],
    ['an empty object', {}],
    ['an array', []],
    ['a dataset whose map is a string', { agreements: 'x' }],
  ])('%s is an InvalidArgumentError that names extends', (_name, value) => {
    expect(() => createCatalog({ records: [], extends: value as never })).toThrow(/Invalid extends/);
  });

  it('a look-alike catalog with an invalid record is rejected like input', () => {
    const fake = { data: { ...cm.dataset, topics: { ...cm.dataset.topics, Bad: { id: 'Bad', kind: 'topic' } } } };
    expect(() => createCatalog({ records: [], extends: fake as never })).toThrow(cm.DatasetError);
  });

  it('the embedded dataset, passed as a plain dataset, is checked and accepted', () => {
    expect(createCatalog({ records: [], extends: cm.dataset as never }).mineralsOf('KZ')).toEqual(cm.mineralsOf('KZ'));
  });
});
