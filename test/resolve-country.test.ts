/**
 * Country names (src/resolve-country.ts), on small hand-made country lists. Each test builds its own name index,
 * so each exercises the indexing as well as the look-up (the embedded catalog builds its index once).
 */
import { describe, expect, it } from 'vitest';
import { AmbiguousInputError, UnknownIdError } from '../src/errors.js';
import { resolveCountry } from '../src/index.js';
import { indexCountryNames, lookUpCountry, normalizeName } from '../src/resolve-country.js';
import type { Dataset } from '../src/types.js';

function country(id: string, name: string, extra: Record<string, unknown> = {}) {
  return { id, kind: 'country', name, officialName: null, alpha2: id, alpha3: `${id}Q`, numeric: '999', historical: false, aliases: [], demonyms: [], wikidata: null, ...extra };
}
const dataOf = (...list: ReturnType<typeof country>[]) => ({ countries: Object.fromEntries(list.map((c) => [c.id, c])) }) as unknown as Dataset;
const resolve = (data: Dataset, input: string) => lookUpCountry(indexCountryNames(data), data, input);

describe('normalizeName', () => {
  it('lower-cases, trims and drops a leading "the"', () => {
    expect(normalizeName('  The United States ')).toBe('united states');
  });
  it('drops "the" only at the start', () => {
    expect(normalizeName('Isle of the Sea')).toBe('isle of the sea');
  });
  it('reads curly apostrophes and backticks as straight ones', () => {
    expect(normalizeName('People’s Land')).toBe("people's land");
    expect(normalizeName('People`s Land')).toBe("people's land");
  });
  it('reads a dot as a space, and any run of spaces and commas as one space', () => {
    expect(normalizeName('S.Korea')).toBe('s korea');
    expect(normalizeName('Korea,  Republic of')).toBe('korea republic of');
  });
});

describe('looking a country up by name', () => {
  const atlantis = country('XA', 'Atlantis Nova', { officialName: 'Kingdom of Atlantis', alpha3: 'ATL', numeric: '901', aliases: ['Atl'], demonyms: ['Atlantean'] });
  it('finds a country by its id, alpha-3, numeric code, name, official name, alias and demonym', () => {
    const data = dataOf(atlantis);
    for (const input of ['XA', 'ATL', '901', 'Atlantis Nova', 'Kingdom of Atlantis', 'Atl', 'Atlantean']) expect(resolve(data, input), input).toBe('XA');
  });
  it('finds a name written without its spaces, or with spaces it does not have', () => {
    const data = dataOf(atlantis, country('XN', 'Neverland'));
    expect(resolve(data, 'AtlantisNova')).toBe('XA');
    expect(resolve(data, 'Never Land')).toBe('XN');
  });
  it('a name written with spaces is its own country’s, even when another is the same name without spaces', () => {
    const data = dataOf(country('XA', 'Nova Land'), country('XB', 'Novaland'));
    expect(resolve(data, 'Nova Land')).toBe('XA');
    expect(() => resolve(data, 'NovaLand')).toThrow(AmbiguousInputError);
  });
  it('finds a country by one distinctive word of its names, three letters or more', () => {
    const data = dataOf(atlantis, country('XM', 'Isle of Mo'), country('XZ', 'Isle of Moz'));
    expect(resolve(data, 'atlantis')).toBe('XA');
    expect(resolve(data, 'kingdom')).toBe('XA');
    expect(resolve(data, 'moz')).toBe('XZ');
    expect(resolve(data, 'mo')).toBeNull();
  });
  it('does not find a country by a word every state name might share', () => {
    const words = ['of', 'the', 'and', 'republic', 'democratic', "people's", 'socialist', 'union', 'united', 'states', 'south', 'north', 'former'];
    // The word comes last: a leading "the" is dropped before words are indexed.
    const data = dataOf(...words.map((word, i) => country(`Y${String.fromCharCode(65 + i)}`, `Zland${String.fromCharCode(97 + i)} ${word}`)));
    for (const word of words) expect(resolve(data, word), word).toBeNull();
    expect(resolve(data, 'zlanda')).toBe('YA');
  });
  it('returns null for a name it does not know, and for one that is only punctuation', () => {
    const data = dataOf(country('XA', 'Atlantis', { aliases: ['...'] }));
    expect(resolve(data, 'Lemuria')).toBeNull();
    expect(resolve(data, '.')).toBeNull();
  });
  it('a word two countries share is ambiguous: the error names both, by code and name, sorted', () => {
    const data = dataOf(country('XB', 'Upper Zland'), country('XA', 'Lower Zland'));
    const thrown = (() => {
      try {
        return resolve(data, 'zland');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AmbiguousInputError);
    expect(thrown).toMatchObject({
      message: 'Ambiguous country "zland": it could be "XA" (Lower Zland) or "XB" (Upper Zland). Use the code.',
      input: 'zland',
      candidates: ['XA', 'XB'],
    });
  });
});

describe('words every long name shares are no clue to a country', () => {
  it('"of", "the" and "republic" alone name no country', () => {
    for (const word of ['of', 'the', 'republic', 'Republic of']) expect(() => resolveCountry(word)).toThrow(UnknownIdError);
  });
});
