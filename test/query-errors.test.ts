/** Each query's error names the parameter the caller got wrong, and says what was given. */
import { describe, expect, it } from 'vitest';
import * as cm from '../src/index.js';

/** The error `call` throws (the test fails if it returns). */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('a wrong argument is named by its parameter', () => {
  const cases: [string, () => unknown, string][] = [
    ['get', () => cm.get(42 as never), 'id'],
    ['mineralsOf', () => cm.mineralsOf(42 as never), 'country'],
    ['countriesWith', () => cm.countriesWith(42 as never), 'mineral'],
    ['agreementsBetween, first', () => cm.agreementsBetween(42 as never, 'KZ'), 'a'],
    ['agreementsBetween, second', () => cm.agreementsBetween('KR', 42 as never), 'b'],
    ['agreementsOf', () => cm.agreementsOf(42 as never), 'country'],
    ['agreementsOn', () => cm.agreementsOn(42 as never), 'mineralOrTopic'],
    ['statementsBy', () => cm.statementsBy(42 as never), 'person'],
    ['eventsBetween, from', () => cm.eventsBetween('June', '2024'), 'from'],
    ['eventsBetween, to', () => cm.eventsBetween('2024', 'June'), 'to'],
    ['timeline', () => cm.timeline({ includeUndated: 'yes' as never }), 'includeUndated'],
  ];
  it.each(cases)('%s', (_, call, parameter) => {
    const error = thrownBy(call);
    expect(error).toBeInstanceOf(cm.InvalidArgumentError);
    expect((error as cm.InvalidArgumentError).parameter).toBe(parameter);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid ${parameter} `));
  });
});

describe('resolveCountry reads a whole number from 0 to 999 as an ISO numeric code', () => {
  it('pads it to three digits: 8 is "008", 410 is South Korea', () => {
    expect(cm.resolveCountry(410)).toBe('KR');
    expect(thrownBy(() => cm.resolveCountry(8))).toMatchObject({ name: 'UnknownIdError', input: '008' });
    expect(thrownBy(() => cm.resolveCountry(0))).toMatchObject({ name: 'UnknownIdError', input: '000' });
  });
  it('rejects 1000, -1 and 4.5 as not a code at all, and a blank string as empty', () => {
    for (const input of [1000, -1, 4.5, '   ']) {
      const error = thrownBy(() => cm.resolveCountry(input as never));
      expect(error, String(input)).toBeInstanceOf(cm.InvalidArgumentError);
      expect((error as Error).message).toMatch(/^Invalid country .*: expected an ISO code or an English name, such as "KZ" or "Kazakhstan"\.$/);
    }
  });
});
