/**
 * The run-time input checks (src/check-input.ts), on a small domain of their own: how each kind of bad input is
 * described, and the exact message, parameter and input each error carries.
 */
import { describe, expect, it } from 'vitest';
import { checkChoice, checkId, checkOptions, describeInput, unknownId, type IdDomain } from '../src/check-input.js';
import { InvalidArgumentError, UnknownIdError } from '../src/errors.js';

const IDS = ['lithium', 'cobalt', 'nickel', 'graphite', 'manganese', 'tungsten', 'uranium'];
const domain: IdDomain = {
  expected: 'mineral',
  example: 'lithium',
  has: (id) => IDS.includes(id),
  candidates: () => IDS.map((value) => ({ value, label: value, names: [value] })),
};

/** The error `f` throws. */
function thrown(f: () => unknown): InvalidArgumentError & { suggestions?: readonly string[] } {
  try {
    f();
  } catch (error) {
    return error as InvalidArgumentError;
  }
  throw new Error('did not throw');
}

describe('describeInput', () => {
  it('says what each kind of value is', () => {
    expect(describeInput('KZ')).toBe('"KZ"');
    expect(describeInput(null)).toBe('null');
    expect(describeInput(undefined)).toBe('undefined');
    expect(describeInput([1])).toBe('an array');
    expect(describeInput(7)).toBe('the number 7');
    expect(describeInput(7n)).toBe('the bigint 7');
    expect(describeInput(false)).toBe('the boolean false');
    expect(describeInput({})).toBe('an object');
    expect(describeInput(() => 1)).toBe('a function');
    expect(describeInput(Symbol('s'))).toBe('a symbol');
  });
});

describe('checkId', () => {
  it('returns a known id', () => {
    expect(checkId('cobalt', 'mineral', domain)).toBe('cobalt');
  });
  it('a missing id, and a value that is not a string, are InvalidArgumentErrors with an example', () => {
    expect(thrown(() => checkId(undefined, 'mineral', domain))).toMatchObject({
      message: 'Missing mineral: expected a mineral id (a string), such as "lithium".',
      parameter: 'mineral',
      input: undefined,
    });
    expect(thrown(() => checkId(3, 'mineral', domain))).toMatchObject({
      message: 'Invalid mineral the number 3: expected a mineral id (a string), such as "lithium".',
      parameter: 'mineral',
      input: 3,
    });
    expect(thrown(() => checkId(null, 'mineral', domain)).message).toBe('Invalid mineral null: expected a mineral id (a string), such as "lithium".');
  });
  it('an empty or blank id is its own error', () => {
    for (const input of ['', '   ']) {
      expect(thrown(() => checkId(input, 'mineral', domain))).toMatchObject({
        message: 'Empty mineral: expected a mineral id, such as "lithium".',
        parameter: 'mineral',
        input,
      });
    }
  });
  it('an unknown id is an UnknownIdError with the nearest ids, or else some valid ones', () => {
    const typo = thrown(() => checkId('lithum', 'mineral', domain));
    expect(typo).toBeInstanceOf(UnknownIdError);
    expect(typo.message).toBe('Unknown mineral "lithum". Did you mean "lithium"?');
    expect(typo.suggestions).toEqual(['lithium']);
    const far = unknownId('zzzzzzzzzzzz', domain);
    expect(far.message).toBe('Unknown mineral "zzzzzzzzzzzz". Valid ids include "lithium", "cobalt", "nickel", "graphite", "manganese", or "tungsten".');
    expect(far.suggestions).toEqual([]);
  });
});

describe('checkOptions', () => {
  it('nothing gives an empty options object with no prototype', () => {
    const none = checkOptions(undefined, ['locale']);
    expect(Object.getPrototypeOf(none)).toBeNull();
    expect(Object.keys(none)).toEqual([]);
  });
  it('copies own properties only', () => {
    const given = Object.create({ inherited: 1 }) as Record<string, unknown>;
    given['locale'] = 'ko';
    const own = checkOptions(given, ['locale', 'inherited']);
    expect({ ...own }).toEqual({ locale: 'ko' });
    expect(Object.getPrototypeOf(own)).toBeNull();
  });
  it('anything but an object is refused, described', () => {
    for (const [input, described] of [[null, 'null'], ['ko', '"ko"'], [[], 'an array'], [3, 'the number 3']] as const) {
      expect(thrown(() => checkOptions(input, ['locale']))).toMatchObject({
        message: `Invalid options ${described}: expected an object or nothing.`,
        parameter: 'options',
        input,
      });
    }
  });
  it('an unknown option names the options, and the nearest where there is one', () => {
    const input = { lcale: 'ko' };
    expect(thrown(() => checkOptions(input, ['locale', 'mode']))).toMatchObject({
      message: 'Unknown option "lcale". Options are: locale, mode. Did you mean "locale"?',
      parameter: 'options',
      input,
    });
    expect(thrown(() => checkOptions({ zzzzzzzz: 1 }, ['locale', 'mode'])).message).toBe('Unknown option "zzzzzzzz". Options are: locale, mode.');
  });
});

describe('checkChoice', () => {
  const choices = ['reserves', 'production'] as const;
  it('absent is no filter; one value or a list of them is the list', () => {
    expect(checkChoice(undefined, 'relation', choices)).toBeNull();
    expect(checkChoice('reserves', 'relation', choices)).toEqual(['reserves']);
    expect(checkChoice(['production', 'reserves'], 'relation', choices)).toEqual(['production', 'reserves']);
  });
  it('an empty list is refused: it would match nothing', () => {
    expect(thrown(() => checkChoice([], 'relation', choices))).toMatchObject({
      message: 'Invalid relation []: an empty list would match nothing. Expected one of "reserves", "production", or a list of them; leave relation out for no filter.',
      parameter: 'relation',
      input: [],
    });
  });
  it('a value outside the vocabulary names the choices, the nearest, and carries the value itself', () => {
    expect(thrown(() => checkChoice(['reserves', 'reserve'], 'relation', choices))).toMatchObject({
      message: 'Invalid relation "reserve": expected one of "reserves", "production". Did you mean "reserves"?',
      parameter: 'relation',
      input: 'reserve',
    });
    expect(thrown(() => checkChoice(7, 'relation', choices)).message).toBe('Invalid relation the number 7: expected one of "reserves", "production".');
    expect(thrown(() => checkChoice('zzzzzzzzzz', 'relation', choices)).message).toBe('Invalid relation "zzzzzzzzzz": expected one of "reserves", "production".');
  });
});
