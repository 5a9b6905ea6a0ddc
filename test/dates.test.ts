/** Partial dates as day ranges (src/dates.ts), and the calendar rules they follow. */
import { describe, expect, it } from 'vitest';
import { dayRange } from '../src/dates.js';
import { eventsBetween, InvalidArgumentError } from '../src/index.js';

describe('dayRange', () => {
  it('a year covers 1 January to 31 December', () => {
    expect(dayRange('2019')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
  });
  it('a month covers its first to its last day: 30 or 31 days', () => {
    expect(dayRange('2024-06')).toEqual({ first: '2024-06-01', last: '2024-06-30' });
    expect(dayRange('2024-07')).toEqual({ first: '2024-07-01', last: '2024-07-31' });
    expect(dayRange('2024-11')?.last).toBe('2024-11-30');
  });
  it('February has 29 days in years divisible by 4, except centuries not divisible by 400', () => {
    expect(dayRange('2024-02')?.last).toBe('2024-02-29');
    expect(dayRange('2023-02')?.last).toBe('2023-02-28');
    expect(dayRange('1900-02')?.last).toBe('1900-02-28');
    expect(dayRange('2000-02')?.last).toBe('2000-02-29');
  });
  it('a day is only a day that exists', () => {
    expect(dayRange('2024-02-29')).toEqual({ first: '2024-02-29', last: '2024-02-29' });
    expect(dayRange('2023-02-29')).toBeNull();
    expect(dayRange('1900-02-29')).toBeNull();
    expect(dayRange('2000-02-29')).not.toBeNull();
    expect(dayRange('2024-04-31')).toBeNull();
    expect(dayRange('2024-05-31')).not.toBeNull();
  });
  it('anything but YYYY, YYYY-MM or YYYY-MM-DD is not a date', () => {
    for (const bad of ['', '24', '2024-6', '2024-13', '2024-00', '2024-06-00', '2024-06-32', '2024-06-11T00:00', ' 2024', '2024/06']) {
      expect(dayRange(bad), bad).toBeNull();
    }
  });
});

describe('eventsBetween reads its bounds with the same calendar', () => {
  it('accepts 29 February of a leap year and rejects it otherwise, naming the bound', () => {
    expect(() => eventsBetween('2024-02-29', '2025')).not.toThrow();
    expect(() => eventsBetween('2023-02-29', '2025')).toThrow(InvalidArgumentError);
    expect(() => eventsBetween('2019', '1900-02-29')).toThrow(/Invalid to "1900-02-29"/);
  });
});
