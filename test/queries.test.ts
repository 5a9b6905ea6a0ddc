import { describe, expect, it } from 'vitest';
import {
  agreementsBetween,
  agreementsOf,
  agreementsOn,
  AmbiguousInputError,
  catalog,
  countriesWith,
  eventsBetween,
  evidenceOf,
  get,
  InvalidArgumentError,
  mineralsOf,
  partnersOf,
  resolveCountry,
  sources,
  statementsBy,
  timeline,
  UnknownIdError,
} from '../src/index.js';

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('mineralsOf', () => {
  it('Kazakhstan is tied to nine minerals and commodities: reserves, production and agreements', () => {
    expect(mineralsOf('KZ').map((l) => `${l.mineral}:${l.relation}`)).toEqual([
      'chromium:reserves',
      'critical-minerals:agreement',
      'lithium:agreement',
      'natural-gas:production',
      'oil:production',
      'rare-earth-metals:reserves',
      'rare-metals:agreement',
      'titanium:reserves',
      'uranium:reserves',
    ]);
  });
  it('South Korea is tied to minerals only through agreements', () => {
    expect(mineralsOf('KR').map((l) => l.relation)).toEqual(['agreement', 'agreement', 'agreement']);
  });
  it('filters by one relation or several', () => {
    expect(mineralsOf('KZ', { relation: 'production' }).map((l) => l.mineral)).toEqual(['natural-gas', 'oil']);
    expect(mineralsOf('KZ', { relation: ['production', 'reserves'] })).toHaveLength(6);
  });
  it('a country tied to nothing gets an empty array', () => {
    expect(mineralsOf('VN')).toEqual([]);
  });
  it('each link carries the evidence of the record it comes from', () => {
    const [uranium] = mineralsOf('KZ').filter((l) => l.mineral === 'uranium');
    expect(uranium!.via).toBe('kz-uranium-reserves');
    expect(uranium!.evidence).toBe(evidenceOf('kz-uranium-reserves'));
  });
});

describe('countriesWith', () => {
  it('uranium: Kazakhstan, by its reserves', () => {
    expect(countriesWith('uranium').map((l) => `${l.country}:${l.relation}`)).toEqual(['KZ:reserves']);
  });
  it('lithium: both parties of the lithium MOU', () => {
    expect(countriesWith('lithium').map((l) => `${l.country}:${l.via}`)).toEqual(['KR:kr-kz-lithium-mou', 'KZ:kr-kz-lithium-mou']);
  });
  it('filters by relation', () => {
    expect(countriesWith('lithium', { relation: 'reserves' })).toEqual([]);
  });
});

describe('agreementsBetween', () => {
  it('South Korea and Kazakhstan: seven agreements, by date then id', () => {
    expect(ids(agreementsBetween('KR', 'KZ'))).toEqual([
      'kr-kz-critical-minerals-supply-chain-mou',
      'kr-kz-energy-cooperation-deals',
      'kr-kz-financing-mou',
      'kr-kz-lithium-mou',
      'kr-kz-new-areas-cooperation',
      'kr-kz-north-korea-condemnation',
      'kr-kz-rare-metals-technology-mou',
    ]);
  });
  it('is symmetric and returns the same frozen answer', () => {
    expect(agreementsBetween('KZ', 'KR')).toBe(agreementsBetween('KR', 'KZ'));
  });
  it('being the subject of an agreement is not being a party: KR and KP share none', () => {
    expect(agreementsBetween('KR', 'KP')).toEqual([]);
    expect(agreementsBetween('KZ', 'KP')).toEqual([]);
  });
  it('filters by type', () => {
    expect(ids(agreementsBetween('KR', 'KZ', { type: 'deal' }))).toEqual(['kr-kz-energy-cooperation-deals']);
  });
  it('a country and itself share no agreement', () => {
    expect(agreementsBetween('KR', 'KR')).toEqual([]);
  });
});

describe('agreementsOf, agreementsOn, partnersOf', () => {
  it('Kazakhstan is party to seven agreements, North Korea to none', () => {
    expect(agreementsOf('KZ')).toHaveLength(7);
    expect(agreementsOf('KP')).toEqual([]);
  });
  it('agreements on critical minerals, on lithium and on renewable energy', () => {
    expect(ids(agreementsOn('critical-minerals'))).toEqual(['kr-kz-critical-minerals-supply-chain-mou']);
    expect(ids(agreementsOn('lithium'))).toEqual(['kr-kz-lithium-mou']);
    expect(ids(agreementsOn('renewable-energy'))).toEqual(['kr-kz-energy-cooperation-deals']);
  });
  it('technology is a topic of two agreements', () => {
    expect(ids(agreementsOn('technology'))).toEqual(['kr-kz-new-areas-cooperation', 'kr-kz-rare-metals-technology-mou']);
  });
  it('Kazakhstan’s only partner is South Korea, through all seven agreements', () => {
    const partners = partnersOf('KZ');
    expect(partners.map((p) => p.country)).toEqual(['KR']);
    expect(partners[0]!.agreements).toEqual(agreementsBetween('KR', 'KZ'));
  });
});

describe('eventsBetween and timeline', () => {
  it('2024-06-12 certainly holds the summit, the press conference and the seven agreements, and may hold the visit, trip and briefing', () => {
    expect(ids(eventsBetween('2024-06-12', '2024-06-12', { mode: 'within' }))).toEqual([
      'astana-summit',
      'joint-press-conference',
      ...ids(agreementsBetween('KR', 'KZ')),
    ]);
    expect(ids(eventsBetween('2024-06-12', '2024-06-12'))).toEqual([
      'yoon-central-asia-trip',
      'tokayev-briefing',
      'yoon-state-visit-to-kazakhstan',
      'astana-summit',
      'joint-press-conference',
      ...ids(agreementsBetween('KR', 'KZ')),
    ]);
  });
  it('2024-06-11, the day Yoon arrived, certainly holds nothing the sources date; the visit and briefing may fall on it', () => {
    expect(ids(eventsBetween('2024-06-11', '2024-06-11', { mode: 'within' }))).toEqual([]);
    expect(ids(eventsBetween('2024-06-11', '2024-06-11'))).toEqual(['yoon-central-asia-trip', 'tokayev-briefing', 'yoon-state-visit-to-kazakhstan']);
  });
  it('after the visit’s last day (2024-06-14 on) only the trip, dated to June, may fall', () => {
    expect(ids(eventsBetween('2024-06-13', '2024-06-30'))).toEqual(['yoon-central-asia-trip', 'yoon-state-visit-to-kazakhstan']);
    expect(ids(eventsBetween('2024-06-14', '2024-06-30'))).toEqual(['yoon-central-asia-trip']);
    expect(ids(eventsBetween('2024-06-13', '2024-06-30', { mode: 'within' }))).toEqual([]);
  });
  it('June 2024 certainly holds every event of the visit', () => {
    expect(ids(eventsBetween('2024-06', '2024-06', { mode: 'within' }))).toEqual(ids(eventsBetween('2024-06', '2024-06')));
    expect(eventsBetween('2024-06', '2024-06')).toHaveLength(12);
  });
  it('rejects an unknown mode, naming the valid ones', () => {
    expect(() => eventsBetween('2024', '2024', { mode: 'inside' as never })).toThrow(/mode/);
  });
  it('a year-precision date overlaps every day of its year', () => {
    expect(ids(eventsBetween('2019-12-31', '2020-01-01'))).toEqual(['hanoi-summit-2019']);
    expect(ids(eventsBetween('1991-06', '1991-06'))).toEqual(['kazakhstan-independence']);
  });
  it('a year as bounds covers the whole year', () => {
    expect(ids(eventsBetween('2017', '2019'))).toEqual(['north-korea-last-nuclear-test', 'hanoi-summit-2019']);
  });
  it('nothing happened in 2020–2023', () => {
    expect(eventsBetween('2020', '2023')).toEqual([]);
  });
  it('rejects from after to', () => {
    expect(() => eventsBetween('2024', '2019')).toThrow(InvalidArgumentError);
  });
  it('the timeline starts with independence in 1991 and holds every dated event and agreement', () => {
    const all = timeline();
    expect(all[0]!.id).toBe('kazakhstan-independence');
    expect(all).toHaveLength(15);
    expect(all.every((e) => e.date !== null)).toBe(true);
  });
  it('with includeUndated, the undated events follow by id', () => {
    const all = timeline({ includeUndated: true });
    expect(all).toHaveLength(21);
    expect(ids(all.slice(15))).toEqual([...ids(all.slice(15))].sort());
    expect(all.slice(15).every((e) => e.date === null)).toBe(true);
  });
});

describe('statementsBy, evidenceOf, get', () => {
  it('Yoon made two direct and one reported statement', () => {
    expect(statementsBy('yoon-suk-yeol').map((s) => s.mode).sort()).toEqual(['direct', 'direct', 'reported']);
  });
  it('Tokayev made four statements', () => {
    expect(statementsBy('kassym-jomart-tokayev')).toHaveLength(4);
  });
  it('evidenceOf takes a record or an id, and each quote stands at its offsets', () => {
    const mou = get('kr-kz-lithium-mou');
    expect(evidenceOf(mou)).toBe(evidenceOf('kr-kz-lithium-mou'));
    for (const e of evidenceOf(mou)) expect(sources[e.source].text.slice(e.start, e.end)).toBe(e.quote);
  });
  it('get returns any record by id', () => {
    expect(get('KZ').name).toBe('Kazakhstan');
    expect(get('astana-summit').kind).toBe('event');
    expect(get('lithium').symbol).toBe('Li');
  });
});

describe('resolveCountry', () => {
  it.each([
    ['KZ', 'KZ'],
    ['kz', 'KZ'],
    ['KAZ', 'KZ'],
    ['398', 'KZ'],
    [398, 'KZ'],
    ['Kazakhstan', 'KZ'],
    ['Kazakh', 'KZ'],
    ['South Korea', 'KR'],
    ['S. Korea', 'KR'],
    ['s korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['410', 'KR'],
    ['North Korea', 'KP'],
    ['the United States', 'US'],
    ['USA', 'US'],
    ['Vietnam', 'VN'],
    ['Viet Nam', 'VN'],
    ['Soviet Union', 'SU'],
    ['  uzbekistan ', 'UZ'],
  ] as const)('%j is %s', (input, code) => {
    expect(resolveCountry(input)).toBe(code);
  });
  it('"Korea" is ambiguous and the error lists both', () => {
    expect(() => resolveCountry('Korea')).toThrow(AmbiguousInputError);
    expect(() => resolveCountry('Korea')).toThrow('Ambiguous country "Korea": it could be "KP" (North Korea) or "KR" (South Korea). Use the code.');
  });
  it('"Korean", the text’s word for South Korean companies, is KR', () => {
    expect(resolveCountry('Korean')).toBe('KR');
  });
  it('names the text never uses are unknown: "DPRK" and "USSR" suggest codes, not guesses', () => {
    expect(() => resolveCountry('DPRK')).toThrow(UnknownIdError);
    expect(() => resolveCountry('USSR')).toThrow(UnknownIdError);
  });
  it('an unknown name suggests the nearest', () => {
    expect(() => resolveCountry('Kazakstan')).toThrow('Unknown country "Kazakstan". Did you mean "KZ" (Kazakhstan)?');
  });
});

describe('answers are frozen', () => {
  it('an answer cannot be mutated, and later answers are unchanged', () => {
    const answer = agreementsOf('KZ');
    expect(Object.isFrozen(answer)).toBe(true);
    expect(() => (answer as unknown as unknown[]).push(1)).toThrow(TypeError);
    expect(() => (answer as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(agreementsOf('KZ')).toHaveLength(7);
  });
  it('links are frozen too', () => {
    const [link] = mineralsOf('KZ');
    expect(Object.isFrozen(link)).toBe(true);
  });
});

describe('the catalog object', () => {
  it('its methods work detached', () => {
    const { mineralsOf: detached } = catalog;
    expect(detached('KZ')).toBe(mineralsOf('KZ'));
  });
  it('errors are the library’s own classes', () => {
    expect(() => mineralsOf('XX' as never)).toThrow(UnknownIdError);
  });
});
