/** `eventsBetween` with `Date` bounds: a Date stands for its UTC day, in the catalog and the core helper alike. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { catalog, eventsBetween, InvalidArgumentError } from '../src/index.js';
import { epochDay } from '../src/indexes.js';

describe('eventsBetween with Date bounds', () => {
  it('a Date is its UTC day: 2024-06-12 23:30 UTC to midnight UTC is the summit’s day', () => {
    const byDate = eventsBetween(new Date('2024-06-12T23:30:00Z'), new Date(Date.UTC(2024, 5, 12)));
    expect(byDate.map((e) => e.id)).toEqual(eventsBetween('2024-06-12', '2024-06-12').map((e) => e.id));
    expect(byDate.map((e) => e.id)).toContain('kr-kz-critical-minerals-supply-chain-mou');
  });

  it('the UTC day, not the local one: 2024-06-13 01:00 in Seoul (+09:00) is 2024-06-12 in UTC', () => {
    expect(eventsBetween(new Date('2024-06-13T01:00:00+09:00'), '2024-06-12').map((e) => e.id)).toEqual(
      eventsBetween('2024-06-12', '2024-06-12').map((e) => e.id),
    );
    expect(() => eventsBetween('2024-06-13', new Date('2024-06-13T01:00:00+09:00'))).toThrow(/Invalid range/);
  });

  it('mixes with string bounds and modes, and the catalog method answers the same', () => {
    const from = new Date(Date.UTC(2019, 1, 27));
    expect(eventsBetween(from, '2019-02-28').map((e) => e.id)).toEqual(['hanoi-summit-2019']);
    expect(eventsBetween(from, new Date(Date.UTC(2019, 1, 28)), { mode: 'within' })).toEqual([]);
    expect(catalog.eventsBetween(from, '2019-02-28')).toEqual(eventsBetween(from, '2019-02-28'));
  });

  it('accepts a Date from another realm (an iframe, a vm context)', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2024, 5, 12))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(eventsBetween(foreign, foreign)).toEqual(eventsBetween('2024-06-12', '2024-06-12'));
  });

  it('refuses an invalid Date, naming it, and a from after to', () => {
    expect(() => eventsBetween(new Date('not a date'), '2024')).toThrow(InvalidArgumentError);
    expect(() => eventsBetween(new Date('not a date'), '2024')).toThrow(/Invalid from an invalid Date/);
    expect(() => eventsBetween('2024', new Date(Date.UTC(12345, 0, 1)))).toThrow(/Invalid to the Date \+012345-01-01/);
    expect(() => eventsBetween(new Date(Date.UTC(2024, 5, 13)), new Date(Date.UTC(2024, 5, 12)))).toThrow(/Invalid range/);
  });
});

describe('days in the years 0001 to 0099', () => {
  it('are counted in those years, not in 1900–1999 as Date.UTC would read them', () => {
    // 0001-01-01 is 719,162 days before 1970-01-01 (the proleptic Gregorian calendar, as Date counts).
    expect(epochDay('0001-01-01')).toBe(-719_162);
    expect(epochDay('0100-01-01') - epochDay('0099-12-31')).toBe(1);
    expect(epochDay('0050-01-01')).toBe(epochDay('1950-01-01') - 1_900 * 365 - 460);
    expect(epochDay('0050-01-01')).toBe(new Date('0050-01-01T00:00:00Z').getTime() / 86_400_000);
    expect(epochDay('2024-06-12')).toBe(Date.UTC(2024, 5, 12) / 86_400_000);
  });
});
