/**
 * The surface-form check that decides whether a quote states a value: matching rules, and each kind of value.
 */
import { describe, expect, it } from 'vitest';
import { holds, normalize, unstatedReason, type SurfaceContext } from '../src/surface-forms.js';
import type { AnyIds, AnyRecord } from '../src/types.js';

const records = new Map<string, AnyRecord<AnyIds>>();
const country = { id: 'KZ', kind: 'country', name: 'Kazakhstan', aliases: [], demonyms: ['Kazakh'] } as unknown as AnyRecord<AnyIds>;
const seoulFor = { id: 'KR', kind: 'country', name: 'South Korea', aliases: ['S. Korea'], demonyms: [] } as unknown as AnyRecord<AnyIds>;
records.set('KZ', country);
records.set('KR', seoulFor);
const context: SurfaceContext = {
  lookup: (id) => records.get(id),
  isReference: (_kind, path) => path === 'parties' || path === 'country',
  standsFor: new Map([['KR', [{ id: 'seoul', name: 'Seoul' }]]]),
};

const agreement = (fields: Record<string, unknown>) => ({ id: 'a', kind: 'agreement', ...fields }) as unknown as AnyRecord<AnyIds>;

describe('matching', () => {
  it('ignores case, curly apostrophes, quotation marks and hyphens', () => {
    expect(normalize('Seoul’s “K-Silk Road”')).toBe("seoul's k silk road");
  });
  it('needs word boundaries: "Korea" is not said by "Korean"', () => {
    expect(holds('korean companies', 'korea')).toBe(false);
    expect(holds('south korea and', 'korea')).toBe(true);
  });
  it('finds a later whole-word occurrence after a partial one', () => {
    expect(holds('koreans and korea', 'korea')).toBe(true);
  });
});

describe('what states a value', () => {
  it('a reference is said by a name, an alias, a demonym or a city used for the government', () => {
    expect(unstatedReason(agreement({ parties: ['KZ'] }), 'parties', ['the Kazakh capital'], context)).toBeNull();
    expect(unstatedReason(agreement({ parties: ['KR'] }), 'parties', ['Seoul’s initiative'], context)).toBeNull();
    expect(unstatedReason(agreement({ parties: ['KR'] }), 'parties', ['S. Korea, Kazakhstan sign'], context)).toBeNull();
  });
  it('a city’s own name does not say which country it is in', () => {
    const seoul = { id: 'seoul', kind: 'place', country: 'KR' } as unknown as AnyRecord<AnyIds>;
    expect(unstatedReason(seoul, 'country', ['Seoul’s initiative'], context)).toMatch(/no quote holds/);
  });
  it('"the two countries" does not say which countries', () => {
    expect(unstatedReason(agreement({ parties: ['KR', 'KZ'] }), 'parties', ['the two countries signed'], context)).toMatch(/no quote holds "South Korea"/);
  });
  it('every item of a list needs a quote', () => {
    const record = agreement({ parties: ['KR', 'KZ'] });
    expect(unstatedReason(record, 'parties', ['Kazakhstan'], context)).toMatch(/South Korea/);
    expect(unstatedReason(record, 'parties', ['Kazakhstan', 'South Korea’s advanced technology'], context)).toBeNull();
  });
  it('a vocabulary value is said by its word or a listed synonym, not by another value’s', () => {
    expect(unstatedReason(agreement({ type: 'mou' }), 'type', ['a memorandum of understanding (MOU)'], context)).toBeNull();
    expect(unstatedReason(agreement({ type: 'deal' }), 'type', ['signed an MOU'], context)).not.toBeNull();
    expect(unstatedReason(agreement({ stages: ['final-use'] }), 'stages', ['to the final use of'], context)).toBeNull();
    expect(unstatedReason(agreement({ stages: ['refining'] }), 'stages', ['exploration and development'], context)).toMatch(/refining/);
  });
  it('a number is said by its digits or its word; a rank by its ordinal', () => {
    const figure = (type: string, value: number) => ({ id: 'f', kind: 'figure', type, value }) as unknown as AnyRecord<AnyIds>;
    expect(unstatedReason(figure('count', 6), 'value', ['staged six nuclear tests'], context)).toBeNull();
    expect(unstatedReason(figure('count', 700), 'value', ['More than 700 Korean companies'], context)).toBeNull();
    expect(unstatedReason(figure('count', 7), 'value', ['More than 700 Korean companies'], context)).not.toBeNull();
    expect(unstatedReason(figure('rank', 4), 'value', ['the world’s fourth-largest nuclear arsenal'], context)).toBeNull();
    expect(unstatedReason(figure('rank', 3), 'value', ['the world’s fourth-largest nuclear arsenal'], context)).not.toBeNull();
  });
  it('a date is said by its words; a weekday or a narrowed bound is not a stated date', () => {
    const event = (date: object) => ({ id: 'e', kind: 'event', date }) as unknown as AnyRecord<AnyIds>;
    const year = { value: '1991', precision: 'year', earliest: '1991-01-01', latest: '1991-12-31' };
    expect(unstatedReason(event(year), 'date', ['independence in 1991'], context)).toBeNull();
    const tuesday = { value: '2024-06-11', precision: 'day', earliest: '2024-06-11', latest: '2024-06-11' };
    expect(unstatedReason(event(tuesday), 'date', ['agreed Tuesday'], context)).not.toBeNull();
    const published = { value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' };
    expect(unstatedReason(event(published), 'date', ['June 12, 2024'], context)).toBeNull();
    const bounded = { value: '2024-06', precision: 'month', earliest: '2024-06-01', latest: '2024-06-12' };
    expect(unstatedReason(event(bounded), 'date', ['June 2024'], context)).toMatch(/no words can state/);
  });
  it('a boolean cannot be stated', () => {
    const org = { id: 'o', kind: 'organization', named: false } as unknown as AnyRecord<AnyIds>;
    expect(unstatedReason(org, 'named', ['financial institutions'], context)).toMatch(/no words can state/);
  });
  it('free text is said by the text itself, a single word also by its singular', () => {
    const org = (industry: string) => ({ id: 'o', kind: 'organization', industry }) as unknown as AnyRecord<AnyIds>;
    expect(unstatedReason(org('batteries'), 'industry', ['chip and battery makers'], context)).toBeNull();
    expect(unstatedReason(org('finance'), 'industry', ['financial institutions'], context)).not.toBeNull();
  });
});
