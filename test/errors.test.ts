import { describe, expect, it } from 'vitest';
import * as cm from '../src/index.js';
import { CriticalMineralsError, InvalidArgumentError, UnknownIdError } from '../src/index.js';

/** Every helper, called with one bad argument in each position that takes an id. */
type Call = (input: unknown) => unknown;
const helpers: Record<string, Call> = {
  get: (x) => cm.get(x as never),
  mineralsOf: (x) => cm.mineralsOf(x as never),
  countriesWith: (x) => cm.countriesWith(x as never),
  'agreementsBetween(a)': (x) => cm.agreementsBetween(x as never, 'KZ'),
  'agreementsBetween(b)': (x) => cm.agreementsBetween('KR', x as never),
  agreementsOf: (x) => cm.agreementsOf(x as never),
  agreementsOn: (x) => cm.agreementsOn(x as never),
  partnersOf: (x) => cm.partnersOf(x as never),
  'eventsBetween(from)': (x) => cm.eventsBetween(x as never, '2024'),
  'eventsBetween(to)': (x) => cm.eventsBetween('2019', x as never),
  statementsBy: (x) => cm.statementsBy(x as never),
  evidenceOf: (x) => cm.evidenceOf(x as never),
  resolveCountry: (x) => cm.resolveCountry(x as never),
};

const badInputs: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['an object', {}],
  ['an array', []],
  ['an empty string', ''],
  ['"__proto__"', '__proto__'],
  ['"constructor"', 'constructor'],
  ['"toString"', 'toString'],
  ['"hasOwnProperty"', 'hasOwnProperty'],
  ['a typo', 'Kazakstan'],
];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('bad input gets the library’s own error, never a TypeError or a silent answer', () => {
  for (const [helper, call] of Object.entries(helpers)) {
    it.each(badInputs)(`${helper} with %s`, (_name, input) => {
      const error = thrown(() => call(input));
      expect(error).toBeInstanceOf(CriticalMineralsError);
      const message = (error as Error).message;
      if (typeof input === 'string' && input !== '') expect(message).toContain(JSON.stringify(input));
    });
  }
});

describe('messages name the input, the kind expected and the nearest valid value', () => {
  it('a misspelt country', () => {
    const error = thrown(() => cm.mineralsOf('Kazakstan' as never)) as UnknownIdError;
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error.message).toBe('Unknown country "Kazakstan". Did you mean "KZ" (Kazakhstan)?');
    expect(error.suggestions).toEqual(['KZ']);
    expect(error.expected).toBe('country');
  });
  it('a lower-case country code suggests the code', () => {
    expect(() => cm.agreementsOf('kz' as never)).toThrow('Unknown country "kz". Did you mean "KZ" (Kazakhstan)?');
  });
  it('a misspelt mineral', () => {
    expect(() => cm.countriesWith('lithum' as never)).toThrow('Unknown mineral "lithum". Did you mean "lithium"?');
  });
  it('an element symbol suggests the mineral', () => {
    expect(() => cm.countriesWith('Li' as never)).toThrow(/Did you mean "lithium"/);
  });
  it('a misspelt topic in agreementsOn', () => {
    expect(() => cm.agreementsOn('renewables' as never)).toThrow(/Unknown mineral or topic "renewables"\. Did you mean "renewable-energy"/);
  });
  it('an id with nothing near it lists some valid ids', () => {
    expect(() => cm.mineralsOf('XX' as never)).toThrow(/^Unknown country "XX"\. Valid ids include "KR" \(South Korea\), "KZ" \(Kazakhstan\)/);
  });
  it('a wrong type names the parameter and what was expected', () => {
    expect(() => cm.agreementsBetween(null as never, 'KZ')).toThrow('Invalid a null: expected a country id (a string), such as "KR".');
    expect(() => cm.mineralsOf(undefined as never)).toThrow('Missing country: expected a country id (a string), such as "KR".');
  });
  it('an unknown option suggests the right one', () => {
    const error = thrown(() => cm.mineralsOf('KZ', { relations: 'reserves' } as never)) as InvalidArgumentError;
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe('Unknown option "relations". Options are: relation. Did you mean "relation"?');
  });
  it('a bad option value lists the choices', () => {
    expect(() => cm.mineralsOf('KZ', { relation: 'reserve' as never })).toThrow(
      'Invalid relation "reserve": expected one of "reserves", "production", "agreement". Did you mean "reserves"?',
    );
    expect(() => cm.agreementsOf('KZ', { type: 'MOU' as never })).toThrow(/Did you mean "mou"/);
  });
  it('options must be an object', () => {
    expect(() => cm.timeline(5 as never)).toThrow('Invalid options the number 5: expected an object or nothing.');
    expect(() => cm.timeline({ includeUndated: 'yes' as never })).toThrow(InvalidArgumentError);
  });
  it('a malformed date says how to write one', () => {
    expect(() => cm.eventsBetween('June 2024', '2024')).toThrow(
      'Invalid from "June 2024": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, such as "2024-06-11", or a valid Date in the years 0001 to 9999.',
    );
    expect(() => cm.eventsBetween('2024-02-30', '2024-03')).toThrow(InvalidArgumentError);
  });
  it('evidenceOf with an object that is not a record', () => {
    expect(() => cm.evidenceOf({ id: 'nope' } as never)).toThrow(/Unknown record "nope"/);
  });
});
