import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../src/catalog.js';
import { createCatalog } from '../src/create-catalog.js';
import { dateOrder, groupAgreements, indexAgreements, indexTimeline, pairKey } from '../src/indexes.js';
import type { Agreement, AnyIds, Event } from '../src/types.js';
import { syntheticRecords } from './fixtures/synthetic.js';

const { records, sample } = syntheticRecords({ agreements: 300 });
// Reversed: validation meets the kinds in another order than the dataset lists them.
const mine = createCatalog({ records: [...records].reverse() });
/** The same data, wrapped without what validation hands over: every index built from the dataset alone. */
const plain = makeCatalog(mine.data);

/** What a call returns, or the message it throws. */
function outcome(call: () => unknown): string {
  try {
    return JSON.stringify(call());
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

describe('what createCatalog hands its catalog changes no answer', () => {
  it('the records by id from validation: the same records, and the same suggestions for an unknown id', () => {
    for (const id of sample.ids) expect(mine.get(id as never)).toBe(plain.get(id as never));
    for (const typo of ['agreement-1x', 'mineral-', 'XX', 'person-00']) expect(outcome(() => mine.get(typo as never))).toBe(outcome(() => plain.get(typo as never)));
  });
  it('agreement and timeline indexes from lists in any order: the same lists', () => {
    const data = mine.data;
    const agreements = Object.values(data.agreements) as Agreement<AnyIds>[];
    const events = Object.values(data.events) as Event<AnyIds>[];
    for (const key of ['records', 'keys'] as const) expect(dateOrder([...agreements].reverse())[key]).toEqual(dateOrder(agreements)[key]);
    const reversedList = [...agreements].reverse();
    const shared = indexAgreements(groupAgreements(agreements), dateOrder(agreements));
    const own = indexAgreements(groupAgreements(reversedList), dateOrder(reversedList));
    const countries = Object.keys(data.countries);
    for (const c of countries) {
      expect(shared.byCountry.get(c)).toEqual(own.byCountry.get(c));
      expect(shared.partners.get(c)).toEqual(own.partners.get(c));
      for (const d of countries) expect(shared.byPair.get(pairKey(c, d))).toEqual(own.byPair.get(pairKey(c, d)));
    }
    for (const subject of [...Object.keys(data.minerals), ...Object.keys(data.topics)]) expect(shared.bySubject.get(subject)).toEqual(own.bySubject.get(subject));
    const timeline = indexTimeline(events, dateOrder(agreements));
    const reversed = indexTimeline([...events].reverse(), dateOrder(reversedList));
    for (const key of ['all', 'datedRecords', 'bySpan'] as const) expect(timeline[key]).toEqual(reversed[key]);
    expect(mine.timeline({ includeUndated: true })).toEqual(plain.timeline({ includeUndated: true }));
    for (const country of sample.countries) expect(mine.agreementsOf(country as never)).toEqual(plain.agreementsOf(country as never));
  });
});
