/**
 * What a record author writes: the record without offsets. Each evidence item is the exact quote (with a
 * `prefix` or `suffix` where the quote alone occurs more than once); `scripts/generate-data.ts` finds the
 * offsets and fails on a quote that is missing or ambiguous.
 */
import type { Cameo, PartialDate, Plover } from '../src/types.js';
import { derivedBy } from '../src/authoring/draft.js';
import { dayRange } from '../src/dates.js';
import { CAMEO_LABELS, type CameoCode, type PloverCategory } from '../src/vocabulary.js';

/** The id of the one source this dataset has so far; evidence defaults to it. */
export const ARTICLE = '2024-06-12-kr-kz-critical-minerals';

export type { ClaimSpec, Draft, ProvenanceSpec, QuoteSpec } from '../src/authoring/draft.js';
export { STANDARD, derivedBy, inferred, resolvedBy, statedBy } from '../src/authoring/draft.js';

/**
 * A date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with the days it may fall on (the span of `value` unless bounds narrow
 * it). Whether it is stated or derived is said in the record's provenance.
 */
export function date(value: string, bounds: { earliest?: string; latest?: string } = {}): PartialDate {
  const span = dayRange(value);
  if (span === null) throw new Error(`not a date: ${value}`);
  return { value, precision: precisionOf(value), earliest: bounds.earliest ?? span.first, latest: bounds.latest ?? span.last };
}

function precisionOf(value: string): PartialDate['precision'] {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The article's dateline: the quote that gives its publication date. */
export const DATELINE = 'June 12, 2024';
/** The article's publication date. */
export const PUBLISHED = '2024-06-12';

/** "Tuesday" in an article published Wednesday 2024-06-12: 2024-06-11. */
export const TUESDAY = date('2024-06-11');
/** The provenance of {@link TUESDAY}: the weekday read against the publication date. */
export const ON_TUESDAY = derivedBy('weekday-before-publication', ['agreed Tuesday', DATELINE]);

/** A state (an office, a status) as of the publication date. */
export const AS_OF_PUBLICATION = derivedBy('as-of-publication', [DATELINE]);

/** A CAMEO code with its label. */
export function cameo(code: CameoCode): Cameo {
  return { code, label: CAMEO_LABELS[code] };
}

/** A PLOVER category with an optional mode. */
export function plover(category: PloverCategory, mode: string | null = null): Plover {
  return { category, mode };
}
