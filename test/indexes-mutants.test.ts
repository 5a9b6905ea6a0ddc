/**
 * The orders and groupings the catalog's indexes promise, on a made-up catalog where they matter: several links,
 * agreements and partners under one key, listed in the data in an order other than the answer's; two agreements on
 * one day; undated entries; a pair of countries that share nothing; a catalog whose entries are all undated.
 */
import { describe, expect, it } from 'vitest';
import { miniCatalog } from './fixtures/mini-catalog.js';

// Listed on purpose out of answer order: res-b (production) before res-a (reserves), ma's resource after mb's,
// agr-b before agr-a (same day), agr-c (2024-01) before agr-d (2023).
const c = miniCatalog({
  countries: [
    { id: 'XA', name: 'Atlantis' },
    { id: 'XB', name: 'Borealia' },
    { id: 'XC', name: 'Cimmeria' },
    { id: 'XD', name: 'Dorado' },
    { id: 'XE', name: 'Erewhon' },
  ],
  minerals: [{ id: 'ma' }, { id: 'mb' }, { id: 'mc' }],
  topics: ['ta'],
  resources: [
    { id: 'res-b', country: 'XA', mineral: 'mb', relation: 'production' },
    { id: 'res-a', country: 'XA', mineral: 'mb', relation: 'reserves' },
    { id: 'res-c', country: 'XA', mineral: 'ma', relation: 'reserves' },
    { id: 'res-d', country: 'XB', mineral: 'mb', relation: 'reserves' },
  ],
  agreements: [
    { id: 'agr-b', parties: ['XA', 'XB'], minerals: ['ma'], type: 'mou', date: '2024-03-01' },
    { id: 'agr-a', parties: ['XA', 'XB'], minerals: ['ma'], type: 'deal', date: '2024-03-01' },
    { id: 'agr-c', parties: ['XA', 'XC'], minerals: ['mc'], topics: ['ta'], type: 'mou', date: '2024-01' },
    { id: 'agr-d', parties: ['XA', 'XC'], minerals: ['mc'], type: 'deal', date: '2023' },
    { id: 'agr-e', parties: ['XD', 'XA'], topics: ['ta'], type: 'mou', date: null },
  ],
  events: [
    { id: 'ev-z', date: '2024-03-01' },
    { id: 'ev-y', date: null },
    { id: 'ev-0', date: null },
  ],
});

const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
const links = (list: readonly { relation: string; via: string; mineral?: string; country?: string }[]) =>
  list.map((l) => `${l.mineral ?? l.country} ${l.relation} ${l.via}`);

describe('mineral links: by the other id, then relation (reserves, production, agreement), then via', () => {
  it('mineralsOf a country with resources and agreements on several minerals', () => {
    expect(links(c.mineralsOf('XA'))).toEqual([
      'ma reserves res-c',
      'ma agreement agr-a',
      'ma agreement agr-b',
      'mb reserves res-a',
      'mb production res-b',
      'mc agreement agr-c',
      'mc agreement agr-d',
    ]);
    expect(links(c.mineralsOf('XB'))).toEqual(['ma agreement agr-a', 'ma agreement agr-b', 'mb reserves res-d']);
    expect(links(c.mineralsOf('XC'))).toEqual(['mc agreement agr-c', 'mc agreement agr-d']);
  });

  it('countriesWith a mineral: from its resources as well as its agreements', () => {
    expect(links(c.countriesWith('mb'))).toEqual(['XA reserves res-a', 'XA production res-b', 'XB reserves res-d']);
    expect(links(c.countriesWith('ma'))).toEqual([
      'XA reserves res-c',
      'XA agreement agr-a',
      'XA agreement agr-b',
      'XB agreement agr-a',
      'XB agreement agr-b',
    ]);
    expect(links(c.countriesWith('mc'))).toEqual(['XA agreement agr-c', 'XA agreement agr-d', 'XC agreement agr-c', 'XC agreement agr-d']);
  });

  it('a link carries the quotes of the record it comes from', () => {
    const [first] = c.mineralsOf('XB');
    expect(first).toEqual({ mineral: 'ma', relation: 'agreement', via: 'agr-a', evidence: c.get('agr-a').evidence });
  });
});

describe('agreements: by date (earliest, then latest day), then id; undated last', () => {
  it('agreementsOf, agreementsOn', () => {
    expect(ids(c.agreementsOf('XA'))).toEqual(['agr-d', 'agr-c', 'agr-a', 'agr-b', 'agr-e']);
    expect(ids(c.agreementsOf('XB'))).toEqual(['agr-a', 'agr-b']);
    expect(ids(c.agreementsOn('ta'))).toEqual(['agr-c', 'agr-e']);
    expect(ids(c.agreementsOn('ma'))).toEqual(['agr-a', 'agr-b']);
  });

  it('agreementsBetween: only agreements both are parties to, whichever is named first', () => {
    expect(ids(c.agreementsBetween('XA', 'XB'))).toEqual(['agr-a', 'agr-b']);
    expect(ids(c.agreementsBetween('XB', 'XA'))).toEqual(['agr-a', 'agr-b']);
    expect(ids(c.agreementsBetween('XC', 'XA'))).toEqual(['agr-d', 'agr-c']);
    expect(ids(c.agreementsBetween('XA', 'XD'))).toEqual(['agr-e']);
    // Both are parties to agreements, but not to the same one.
    expect(ids(c.agreementsBetween('XB', 'XC'))).toEqual([]);
    expect(ids(c.agreementsBetween('XC', 'XD'))).toEqual([]);
  });

  it('agreementsBetween a country and itself is empty: a country is not its own partner', () => {
    expect(c.agreementsBetween('XA', 'XA')).toEqual([]);
    expect(c.agreementsBetween('XB', 'XB')).toEqual([]);
    expect(c.partnersOf('XA').map((p) => p.country)).not.toContain('XA');
  });

  it('partnersOf: by country code, each with the shared agreements in date order', () => {
    expect(c.partnersOf('XA').map((p) => [p.country, ids(p.agreements)])).toEqual([
      ['XB', ['agr-a', 'agr-b']],
      ['XC', ['agr-d', 'agr-c']],
      ['XD', ['agr-e']],
    ]);
    expect(c.partnersOf('XD').map((p) => [p.country, ids(p.agreements)])).toEqual([['XA', ['agr-e']]]);
    expect(c.partnersOf('XE')).toEqual([]);
  });
});

describe('the timeline', () => {
  it('dated entries by earliest day, latest day, then id; undated ones after, by id', () => {
    expect(ids(c.timeline())).toEqual(['agr-d', 'agr-c', 'agr-a', 'agr-b', 'ev-z']);
    expect(ids(c.timeline({ includeUndated: true }))).toEqual(['agr-d', 'agr-c', 'agr-a', 'agr-b', 'ev-z', 'agr-e', 'ev-0', 'ev-y']);
    expect(ids(c.eventsBetween('2023', '2024'))).toEqual(['agr-d', 'agr-c', 'agr-a', 'agr-b', 'ev-z']);
  });

  it('a catalog whose events and agreements are all undated has an empty dated timeline', () => {
    const undated = miniCatalog({
      countries: [
        { id: 'XA', name: 'Atlantis' },
        { id: 'XB', name: 'Borealia' },
      ],
      agreements: [{ id: 'pact', parties: ['XA', 'XB'], topics: ['ta'] }],
      topics: ['ta'],
      events: [
        { id: 'meeting', date: null },
        { id: 'accord-talks', date: null },
      ],
    });
    expect(undated.timeline()).toEqual([]);
    expect(ids(undated.timeline({ includeUndated: true }))).toEqual(['accord-talks', 'meeting', 'pact']);
    expect(undated.eventsBetween('0001', '9999')).toEqual([]);
    expect(undated.eventsBetween('0001', '9999', { mode: 'within' })).toEqual([]);
  });
});

describe('an empty answer', () => {
  it('is the one shared frozen empty list, whichever index it comes from', () => {
    const none = c.agreementsOf('XE');
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    expect(c.mineralsOf('XE')).toBe(none);
    expect(c.mineralsOf('XD')).toBe(none);
    expect(c.partnersOf('XE')).toBe(none);
    expect(c.agreementsBetween('XB', 'XC')).toBe(none);
    expect(c.agreementsBetween('XA', 'XA')).toBe(none);
    expect(c.mineralsOf('XE', { relation: 'reserves' })).toBe(none);
    expect(c.agreementsOf('XB', { type: 'agreement-in-principle' })).toBe(none);
  });
});
