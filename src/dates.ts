/**
 * Partial dates as day ranges: `2019` covers 2019-01-01 to 2019-12-31, so a year-precision date overlaps
 * every day of its year.
 *
 * @module
 */

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The first and last day a partial date covers, as `YYYY-MM-DD` strings (which sort as dates do). */
export interface DayRange {
  readonly first: string;
  readonly last: string;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The days `value` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers, or `null` if it is not such a date. */
export function dayRange(value: string): DayRange | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day !== undefined) {
    return Number(day) <= daysInMonth(Number(year), Number(month)) ? { first: value, last: value } : null;
  }
  if (month !== undefined) {
    return { first: `${value}-01`, last: `${value}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}
