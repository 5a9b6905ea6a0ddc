/**
 * The catalog object's own behaviour, pinned whole on made-up catalogs: the messages and parameters of its errors
 * (with the examples a catalog with no records of a kind falls back on), suggestions found through every name of a
 * record, removed ids (also when written with spaces, and in a catalog that extends one with tombstones), the
 * `mode` list check of `eventsBetween`, `claimsOf`'s field check, and answers that are made once and then kept.
 */
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../src/create-catalog.js';
import { InvalidArgumentError, RemovedIdError, UnknownIdError } from '../src/errors.js';
import { miniCatalog } from './fixtures/mini-catalog.js';
import { thrown } from './helpers.js';

const c = miniCatalog(
  {
    countries: [
      { id: 'XA', name: 'Atlantis', officialName: 'Republic of Atlantis', aliases: ['Sunken Kingdom'] },
      { id: 'XB', name: 'Borealia' },
    ],
    minerals: [
      { id: 'tungsten', symbol: 'W', atomicNumber: 74, aliases: ['wolfram'] },
      { id: 'spodumene', aliases: ['lithium pyroxene'] },
    ],
    topics: ['sea-trade'],
    people: ['ann-lee'],
    resources: [{ id: 'xa-tungsten', country: 'XA', mineral: 'tungsten', relation: 'reserves' }],
    agreements: [
      { id: 'pact', parties: ['XA', 'XB'], minerals: ['tungsten'], type: 'mou', date: '2024-03-01' },
      { id: 'accord', parties: ['XA', 'XB'], topics: ['sea-trade'], type: 'deal', date: '2024-04-01' },
    ],
    events: [{ id: 'summit', date: '2024-03' }],
    statements: [{ id: 'ann-said', speaker: 'ann-lee', date: '2024-03-02' }],
  },
  [{ id: 'XQ', kind: 'country', removedIn: '0.3.0', replacedBy: 'XA', reason: 'merged' }],
);
/** A catalog with no records at all: its messages fall back on the embedded dataset's example ids. */
const empty = createCatalog({ records: [] });

/** The error `act` throws, as the fields a caller reads. */
function failure(act: () => unknown) {
  const error = thrown(act) as Error & { parameter?: string; input?: unknown; suggestions?: readonly string[] };
  return { name: error.name, message: error.message, parameter: error.parameter, input: error.input, suggestions: error.suggestions };
}
const invalid = (message: string, parameter: string, input: unknown) => ({ name: 'InvalidArgumentError', message, parameter, input, suggestions: undefined });
const unknown = (message: string, input: string, suggestions: readonly string[]) => ({ name: 'UnknownIdError', message, parameter: undefined, input, suggestions });

describe('a non-string id: the message says what was expected, with an example id of the catalog', () => {
  it.each([
    ['mineralsOf', () => c.mineralsOf(5 as never), invalid('Invalid country the number 5: expected a country id (a string), such as "XA".', 'country', 5)],
    ['countriesWith', () => c.countriesWith(5 as never), invalid('Invalid mineral the number 5: expected a mineral id (a string), such as "tungsten".', 'mineral', 5)],
    ['statementsBy', () => c.statementsBy(5 as never), invalid('Invalid person the number 5: expected a person id (a string), such as "ann-lee".', 'person', 5)],
    [
      'agreementsOn',
      () => c.agreementsOn(5 as never),
      invalid('Invalid mineralOrTopic the number 5: expected a mineral or topic id (a string), such as "tungsten".', 'mineralOrTopic', 5),
    ],
    ['get', () => c.get(5 as never), invalid('Invalid id the number 5: expected a record id (a string), such as "pact".', 'id', 5)],
    ['evidenceOf', () => c.evidenceOf(5 as never), invalid('Invalid recordOrId the number 5: expected a record id (a string), such as "pact".', 'recordOrId', 5)],
    // An object whose id is not a string is not read as a record: the object itself is the bad argument.
    [
      'evidenceOf({ id: 5 })',
      () => c.evidenceOf({ id: 5 } as never),
      invalid('Invalid recordOrId an object: expected a record id (a string), such as "pact".', 'recordOrId', { id: 5 }),
    ],
    [
      'provenanceOf({ id: null })',
      () => c.provenanceOf({ id: null } as never),
      invalid('Invalid recordOrId an object: expected a record id (a string), such as "pact".', 'recordOrId', { id: null }),
    ],
  ])('%s', (_, act, expected) => {
    expect(failure(act)).toEqual(expected);
  });

  it.each([
    ['mineralsOf', () => empty.mineralsOf(5 as never), invalid('Invalid country the number 5: expected a country id (a string), such as "KZ".', 'country', 5)],
    ['countriesWith', () => empty.countriesWith(5 as never), invalid('Invalid mineral the number 5: expected a mineral id (a string), such as "lithium".', 'mineral', 5)],
    ['statementsBy', () => empty.statementsBy(5 as never), invalid('Invalid person the number 5: expected a person id (a string), such as "yoon-suk-yeol".', 'person', 5)],
    [
      'agreementsOn',
      () => empty.agreementsOn(5 as never),
      invalid('Invalid mineralOrTopic the number 5: expected a mineral or topic id (a string), such as "lithium".', 'mineralOrTopic', 5),
    ],
    ['get', () => empty.get(5 as never), invalid('Invalid id the number 5: expected a record id (a string), such as "KZ".', 'id', 5)],
  ])('%s, on a catalog with no records of the kind', (_, act, expected) => {
    expect(failure(act)).toEqual(expected);
  });
});

describe('an unknown id: named with its kind, and the nearest records by any of their names', () => {
  it.each([
    ['a country id', () => c.mineralsOf('XZ' as never), unknown('Unknown country "XZ". Did you mean "XA" (Atlantis) or "XB" (Borealia)?', 'XZ', ['XA', 'XB'])],
    ['a topic id', () => c.agreementsOn('sea-trad' as never), unknown('Unknown mineral or topic "sea-trad". Did you mean "sea-trade"?', 'sea-trad', ['sea-trade'])],
    ['a topic id, through get', () => c.get('sea-trad' as never), unknown('Unknown record "sea-trad". Did you mean "sea-trade"?', 'sea-trad', ['sea-trade'])],
    ['a mineral near nothing', () => c.countriesWith('zinc' as never), unknown('Unknown mineral "zinc". Valid ids include "tungsten" or "spodumene".', 'zinc', [])],
    ['a person near nothing', () => c.statementsBy('bob' as never), unknown('Unknown person "bob". Valid ids include "ann-lee".', 'bob', [])],
    ['a country by its name', () => c.get('Atlantys' as never), unknown('Unknown record "Atlantys". Did you mean "XA" (Atlantis)?', 'Atlantys', ['XA'])],
    [
      "a country by its official name",
      () => c.get('Republic of Atlantys' as never),
      unknown('Unknown record "Republic of Atlantys". Did you mean "XA" (Atlantis)?', 'Republic of Atlantys', ['XA']),
    ],
    ['a country by an alias', () => c.get('Sunken Kingdum' as never), unknown('Unknown record "Sunken Kingdum". Did you mean "XA" (Atlantis)?', 'Sunken Kingdum', ['XA'])],
    [
      'a mineral by an alias',
      () => c.countriesWith('lithium pyroxine' as never),
      unknown('Unknown mineral "lithium pyroxine". Did you mean "spodumene"?', 'lithium pyroxine', ['spodumene']),
    ],
    ['a mineral by its symbol', () => c.countriesWith('W' as never), unknown('Unknown mineral "W". Did you mean "tungsten"?', 'W', ['tungsten'])],
    // XB has no official name: no name stands in for it. The message lists the first six ids.
    [
      'a phrase near no name',
      () => c.get('Stryker was here' as never),
      unknown(
        'Unknown record "Stryker was here". Valid ids include "mini-news", "XA" (Atlantis), "XB" (Borealia), "ann-lee", "tungsten", or "spodumene".',
        'Stryker was here',
        [],
      ),
    ],
  ])('%s', (_, act, expected) => {
    expect(failure(act)).toEqual(expected);
  });
});

describe('removed ids', () => {
  const removed = 'Removed country "XQ": the country was removed in 0.3.0 (merged). Use "XA" instead.';

  it('resolveCountry reads a removed code however it is cased or spaced', () => {
    for (const input of ['XQ', 'xq', ' xq ', '\tXq\n']) {
      const error = thrown(() => c.resolveCountry(input));
      expect(error).toBeInstanceOf(RemovedIdError);
      expect(error.message).toBe(removed);
    }
  });

  it('a catalog that extends one keeps its tombstones', () => {
    const extended = createCatalog({ extends: c, records: [] });
    expect(extended.tombstones).toEqual({ XQ: { id: 'XQ', kind: 'country', removedIn: '0.3.0', replacedBy: 'XA', reason: 'merged' } });
    const error = thrown(() => extended.mineralsOf('XQ' as never));
    expect(error).toBeInstanceOf(RemovedIdError);
    expect(error.message).toBe(removed);
  });
});

describe('resolveCountry of a blank input', () => {
  it.each([[''], ['   '], [null], [1000]])('%j', (input) => {
    expect(failure(() => c.resolveCountry(input as never))).toEqual(
      invalid(
        `Invalid country ${typeof input === 'string' ? JSON.stringify(input) : input === null ? 'null' : 'the number 1000'}: expected an ISO code or an English name, such as "KZ" or "Kazakhstan".`,
        'input',
        input,
      ),
    );
  });
});

describe('eventsBetween arguments', () => {
  it('a range that ends before it starts is the fault of from', () => {
    expect(failure(() => c.eventsBetween('2024', '2023'))).toEqual(invalid('Invalid range: from "2024" is after to "2023".', 'from', '2024'));
  });

  it('mode takes one value: a list of one is that value, a longer list is refused', () => {
    expect(c.eventsBetween('2024-03-02', '2024-03-31', { mode: ['within'] as never }).map((e) => e.id)).toEqual([]);
    expect(c.eventsBetween('2024-03-02', '2024-03-31', { mode: ['overlaps'] as never }).map((e) => e.id)).toEqual(['summit']);
    for (const mode of [['overlaps', 'within'], ['within', 'within']]) {
      const options = { mode };
      expect(failure(() => c.eventsBetween('2024', '2024', options as never))).toEqual(
        invalid('Invalid mode: expected one of "overlaps" or "within", not a list.', 'mode', options),
      );
    }
  });
});

describe('claimsOf field', () => {
  const expected = (described: string, field: unknown) =>
    invalid(
      `Invalid field ${described} for country "XA": expected one of its populated fields (name, officialName, alpha2, alpha3, numeric, historical, aliases).`,
      'field',
      field,
    );

  it.each([
    ['"nam"', 'nam'],
    ['an array', ['name']],
    ['an object', { toString: () => 'name' }],
    ['the number 0', 0],
    ['undefined', undefined],
  ])('%s is refused with the fields it could have been', (described, field) => {
    expect(failure(() => c.claimsOf('XA', field as never))).toEqual(expected(described, field));
  });

  it('a populated field gives its claim', () => {
    expect(c.claimsOf('XA', 'name')).toEqual([{ value: 'Atlantis', source: 'mini-news', basis: 'inferred', evidence: c.provenanceOf('XA')['name']!.evidence, note: 'made up' }]);
  });
});

describe('answers are made once, then kept', () => {
  it('asking again returns the same frozen array', () => {
    const asks: (() => unknown)[] = [
      () => c.mineralsOf('XA'),
      () => c.countriesWith('tungsten'),
      () => c.agreementsOf('XA'),
      () => c.agreementsBetween('XA', 'XB'),
      () => c.agreementsOn('sea-trade'),
      () => c.partnersOf('XB'),
      () => c.timeline(),
      () => c.timeline({ includeUndated: true }),
      () => c.statementsBy('ann-lee'),
      () => c.provenanceOf('pact'),
    ];
    for (const ask of asks) {
      const first = ask();
      expect(Object.isFrozen(first)).toBe(true);
      expect(ask()).toBe(first);
    }
  });

  it('a filtered answer is kept per set of option values, whatever their order or repeats', () => {
    const both = c.agreementsOf('XA', { type: ['mou', 'deal'] });
    expect(both.map((a) => a.id)).toEqual(['pact', 'accord']);
    expect(c.agreementsOf('XA', { type: ['deal', 'mou'] })).toBe(both);
    expect(c.agreementsOf('XA', { type: ['deal', 'mou', 'deal'] })).toBe(both);
    const mou = c.agreementsOf('XA', { type: 'mou' });
    expect(mou.map((a) => a.id)).toEqual(['pact']);
    expect(c.agreementsOf('XA', { type: ['mou'] })).toBe(mou);
    // Another index with the same option values has its own answers.
    expect(c.agreementsBetween('XA', 'XB', { type: ['deal', 'mou'] }).map((a) => a.id)).toEqual(['pact', 'accord']);
    expect(c.agreementsOf('XA', { type: ['mou', 'deal'] })).toBe(both);
    const reserves = c.mineralsOf('XA', { relation: 'reserves' });
    expect(reserves.map((l) => l.via)).toEqual(['xa-tungsten']);
    expect(c.mineralsOf('XA', { relation: ['reserves'] })).toBe(reserves);
  });
});

it('errors are the library classes', () => {
  expect(thrown(() => c.get(5 as never))).toBeInstanceOf(InvalidArgumentError);
  expect(thrown(() => c.get('nope' as never))).toBeInstanceOf(UnknownIdError);
});
