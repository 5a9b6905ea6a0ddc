/**
 * The surface-form check that decides whether a quote states a value: matching rules, and each kind of value.
 */
import { describe, expect, it } from 'vitest';
import { holds, namesOf, normalize, unstatedReason, type SurfaceContext } from '../src/surface-forms.js';
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

describe('the words that state each vocabulary value (written from the articles’ wording, one phrase each)', () => {
  const record = (kind: string, fields: Record<string, unknown>) => ({ id: 'r', kind, ...fields }) as unknown as AnyRecord<AnyIds>;
  const cases: readonly (readonly [kind: string, field: string, value: string, quote: string])[] = [
    ['agreement', 'type', 'mou', 'signed an MOU on'],
    ['agreement', 'type', 'mou', 'signed other MOUs'],
    ['agreement', 'type', 'mou', 'a memorandum of understanding on'],
    ['agreement', 'type', 'deal', 'a deal on'],
    ['agreement', 'type', 'agreement-in-principle', 'the leaders agreed to'],
    ['agreement', 'stages', 'mining', 'mining and refining'],
    ['agreement', 'stages', 'mining', 'from the mine to'],
    ['agreement', 'stages', 'final-use', 'through to final use'],
    ['event', 'type', 'state-visit', 'on a state visit to'],
    ['event', 'type', 'press-conference', 'at a joint press conference'],
    ['event', 'type', 'announcement', 'Yoon announced the'],
    ['event', 'type', 'independence', 'since its independence'],
    ['event', 'type', 'site-closure', 'the closing of the test site'],
    ['event', 'type', 'disarmament', 'dismantling its arsenal'],
    ['event', 'type', 'nuclear-test', 'a test at'],
    ['event', 'type', 'nuclear-test-series', 'staged six nuclear tests'],
    ['event', 'type', 'summit', 'at their summit'],
    ['event', 'type', 'summit', 'held summit talks'],
    ['event', 'status', 'stalled', 'talks have stalled'],
    ['event', 'status', 'planned', 'they plan to hold'],
    ['resource', 'relation', 'reserves', 'has large reserves of'],
    ['resource', 'relation', 'reserves', 'a large reserve of'],
    ['resource', 'relation', 'production', 'a major producer of'],
    ['resource', 'relation', 'production', 'it produces uranium'],
    ['resource', 'relation', 'production', 'its production of'],
    ['organization', 'type', 'financial-institutions', 'the financial institutions of both'],
    ['organization', 'type', 'companies', 'Korean companies'],
    ['organization', 'type', 'companies', 'chip and battery makers'],
    ['organization', 'type', 'sector', 'the energy sector'],
    ['figure', 'comparator', 'gt', 'more than 700'],
    ['figure', 'comparator', 'gt', 'over 700'],
    ['figure', 'comparator', 'gte', 'minerals including lithium'],
    ['figure', 'comparator', 'gte', 'minerals such as lithium'],
    ['figure', 'comparator', 'gte', 'at least 700'],
  ];
  it.each(cases)('%s.%s %s is said by “%s”', (kind, field, value, quote) => {
    expect(unstatedReason(record(kind, { [field]: value }), field, [quote], context)).toBeNull();
  });

  it('and not by a phrase with none of those words', () => {
    for (const [kind, field, value] of cases) {
      expect(unstatedReason(record(kind, { [field]: value }), field, ['the two countries signed'], context), `${kind}.${field} ${value}`).toMatch(/^no quote holds "/);
    }
  });

  it('a value with no listed synonym is said by its own word (its hyphens as spaces), not by a synonym of another', () => {
    expect(unstatedReason(record('agreement', { stages: ['refining'] }), 'stages', ['mining and refining'], context)).toBeNull();
    expect(unstatedReason(record('event', { type: 'state-visit' }), 'type', ['a visit'], context)).toMatch(/no quote holds "state visit"/);
    expect(unstatedReason(record('event', { type: 'talks' }), 'type', ['held talks'], context)).toBeNull();
    expect(unstatedReason(record('event', { type: 'summit' }), 'type', ['a press conference'], context)).toMatch(/no quote holds "summit" or "summit talks"/);
  });
});

describe('numbers, ranks and months, each by its word (from the way English writes them)', () => {
  const figure = (type: string, value: number) => ({ id: 'f', kind: 'figure', type, value }) as unknown as AnyRecord<AnyIds>;
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  it.each(words.map((word, n) => [n, word] as const))('%i is said by “%s”, and by its digits', (n, word) => {
    expect(unstatedReason(figure('count', n), 'value', [`signed ${word} deals`], context)).toBeNull();
    expect(unstatedReason(figure('count', n), 'value', [`signed ${n} deals`], context)).toBeNull();
    expect(unstatedReason(figure('count', n), 'value', ['signed some deals'], context)).toBe(
      `no quote holds "${n}" or "${word}"${n === 1 ? ' or "a" or "an"' : ''}`,
    );
  });
  it('a number above twelve only by its digits', () => {
    expect(unstatedReason(figure('count', 700), 'value', ['more than seven hundred'], context)).toBe('no quote holds "700"');
  });
  const ordinals = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  it.each(ordinals.map((word, n) => [n, word] as const))('rank %i is said by “%s”', (n, word) => {
    expect(unstatedReason(figure('rank', n), 'value', [`the world’s ${word}-largest`], context)).toBeNull();
    expect(unstatedReason(figure('rank', n), 'value', ['the world’s largest'], context)).toBe(`no quote holds "${word}"`);
  });
  it('a rank above ten by its digits and "th"', () => {
    expect(unstatedReason(figure('rank', 11), 'value', ['the world’s 11th-largest'], context)).toBeNull();
    expect(unstatedReason(figure('rank', 11), 'value', ['the world’s largest'], context)).toBe('no quote holds "11th"');
  });

  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const event = (date: object) => ({ id: 'e', kind: 'event', date }) as unknown as AnyRecord<AnyIds>;
  const monthOf = (m: number) => {
    const mm = String(m + 1).padStart(2, '0');
    const last = new Date(Date.UTC(2024, m + 1, 0)).getUTCDate();
    return { value: `2024-${mm}`, precision: 'month', earliest: `2024-${mm}-01`, latest: `2024-${mm}-${last}` };
  };
  it.each(months.map((name, m) => [name, m] as const))('a month, %s 2024, by its name and year, not by the year alone', (name, m) => {
    expect(unstatedReason(event(monthOf(m)), 'date', [`in ${name} 2024`], context)).toBeNull();
    expect(unstatedReason(event(monthOf(m)), 'date', ['in 2024'], context)).toBe(`no quote holds "${name} 2024"`);
  });
  it('a day by its English, ISO or Korean-byline forms', () => {
    const day = { value: '2024-06-11', precision: 'day', earliest: '2024-06-11', latest: '2024-06-11' };
    for (const quote of ['June 11, 2024', '11 June 2024', '2024-06-11', '2024. 6. 11. 23:14']) expect(unstatedReason(event(day), 'date', [quote], context), quote).toBeNull();
    expect(unstatedReason(event(day), 'date', ['June 2024'], context)).toBe('no quote holds "June 11, 2024" or "11 June 2024" or "2024-06-11" or "2024. 6. 11."');
  });
  it('a date bounded on one side only is not stated by its words either', () => {
    const june = monthOf(5);
    expect(unstatedReason(event({ ...june, earliest: '2024-06-05' }), 'date', ['June 2024'], context)).toMatch(/no words can state/);
    expect(unstatedReason(event({ ...june, latest: '2024-06-12' }), 'date', ['June 2024'], context)).toMatch(/no words can state/);
  });
  it('a count is stated only when exact; a lower bound is no stated number', () => {
    const count = (value: number, comparator: string) => ({ id: 'a', kind: 'agreement', count: { value, comparator } }) as unknown as AnyRecord<AnyIds>;
    expect(unstatedReason(count(2, 'eq'), 'count', ['signed two deals'], context)).toBeNull();
    expect(unstatedReason(count(2, 'gte'), 'count', ['signed two deals'], context)).toMatch(/no words can state/);
  });
});

describe('edge cases of matching and forms', () => {
  it('an empty form is never held', () => {
    expect(holds('', '')).toBe(false);
    expect(holds('a b', '')).toBe(false);
  });
  it('normalize trims, folds runs of spaces, and drops a plural s only from words of five letters or more', () => {
    expect(normalize('  Two   MOUs  ')).toBe('two mous');
    expect(normalize('gas bus minerals makers')).toBe('gas bus mineral maker');
    expect(normalize('it’s Korea’s')).toBe("it's korea's");
  });
  it('a singular is made from the end of a word only', () => {
    const org = (industry: string) => ({ id: 'o', kind: 'organization', industry }) as unknown as AnyRecord<AnyIds>;
    expect(unstatedReason(org('series-bodies'), 'industry', ['series body'], context)).toBeNull();
  });
  it('a reference to a record with no name has no words: the message says so', () => {
    records.set('nameless', { id: 'nameless', kind: 'figure' } as unknown as AnyRecord<AnyIds>);
    try {
      expect(unstatedReason(agreement({ parties: ['nameless'] }), 'parties', ['anything'], context)).toBe('no quote holds a surface form');
    } finally {
      records.delete('nameless');
    }
  });
  it('an event is named by the words of its type, hyphens as spaces, where no synonym is listed', () => {
    expect(namesOf({ id: 'e', kind: 'event', type: 'working-lunch' } as unknown as AnyRecord<AnyIds>, new Map())).toEqual(['working lunch']);
    expect(namesOf({ id: 'e', kind: 'event', type: 'summit' } as unknown as AnyRecord<AnyIds>, new Map())).toEqual(['summit', 'summit talks']);
  });
  it('a missing value (null) cannot be stated, and does not crash the check', () => {
    const org = { id: 'o', kind: 'organization', named: null } as unknown as AnyRecord<AnyIds>;
    expect(unstatedReason(org, 'named', ['anything'], context)).toMatch(/no words can state/);
  });
});

describe('singulars and names', () => {
  const org = (industry: string) => ({ id: 'o', kind: 'organization', industry }) as unknown as AnyRecord<AnyIds>;
  it('a short plural word is also said by its singular ("ores" by "ore"), which normalizing alone would not give', () => {
    expect(normalize('ores')).toBe('ores');
    expect(unstatedReason(org('ores'), 'industry', ['ore mining'], context)).toBeNull();
    expect(unstatedReason(org('ores'), 'industry', ['coal mining'], context)).toBe('no quote holds "ores" or "ore"');
  });
  it('a word not ending in s has no other form', () => {
    expect(unstatedReason(org('gasoline'), 'industry', ['coal'], context)).toBe('no quote holds "gasoline"');
    expect(unstatedReason(org('glass'), 'industry', ['coal'], context)).toBe('no quote holds "glass"');
  });
  it('a record is named by its name, title, label or family name, its aliases and demonyms', () => {
    const none = new Map();
    expect(namesOf({ id: 's', kind: 'source', title: 'The title' } as unknown as AnyRecord<AnyIds>, none)).toEqual(['The title']);
    expect(namesOf({ id: 't', kind: 'topic', label: 'energy' } as unknown as AnyRecord<AnyIds>, none)).toEqual(['energy']);
    expect(namesOf({ id: 'p', kind: 'person', name: 'Yoon Suk Yeol', familyName: 'Yoon' } as unknown as AnyRecord<AnyIds>, none)).toEqual(['Yoon Suk Yeol', 'Yoon']);
    expect(namesOf(country, none)).toEqual(['Kazakhstan', 'Kazakh']);
  });
});
