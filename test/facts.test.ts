/** The facts of the article, one test each, as the data states them. */
import { describe, expect, it } from 'vitest';
import {
  agreements,
  countries,
  events,
  figures,
  initiatives,
  minerals,
  organizations,
  people,
  places,
  regions,
  resources,
  statements,
  provenanceOf,
} from '../src/index.js';

describe('countries and places', () => {
  it('South Korea is KR / KOR / 410, Wikidata Q884', () => {
    expect(countries.KR).toMatchObject({ name: 'South Korea', alpha2: 'KR', alpha3: 'KOR', numeric: '410', wikidata: 'Q884' });
  });
  it('Kazakhstan is KZ / KAZ / 398, Wikidata Q232', () => {
    expect(countries.KZ).toMatchObject({ alpha3: 'KAZ', numeric: '398', wikidata: 'Q232' });
  });
  it('the Soviet Union is a historical country, SU / SUN / 810', () => {
    expect(countries.SU).toMatchObject({ alpha3: 'SUN', numeric: '810', historical: true });
  });
  it('Viet Nam is in the data only as Hanoi’s country, and says so', () => {
    expect(places.hanoi.country).toBe('VN');
    expect(countries.VN.note).toMatch(/Not named in the text/);
  });
  it('Astana is the Kazakh capital, where the summit was held', () => {
    expect(places.astana.capitalOf).toBe('KZ');
    expect(events['astana-summit'].place).toBe('astana');
  });
  it('Seoul and Pyongyang stand for their governments', () => {
    expect(places.seoul.standsFor).toBe('KR');
    expect(places.pyongyang.standsFor).toBe('KP');
  });
  it('Central Asia is UN M49 143 with KZ, KG, TJ, TM and UZ', () => {
    expect(regions['central-asia'].m49).toBe('143');
    expect([...regions['central-asia'].m49Members].sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
  });
  it('the Korean Peninsula has no M49 code', () => {
    expect(regions['korean-peninsula'].m49).toBeNull();
  });
});

describe('people', () => {
  it('Yoon Suk Yeol is President of South Korea as of 2024-06-12', () => {
    expect(people['yoon-suk-yeol'].office).toEqual({ title: 'President', country: 'KR', asOf: '2024-06-12' });
  });
  it('Kassym-Jomart Tokayev is President of Kazakhstan as of 2024-06-12', () => {
    expect(people['kassym-jomart-tokayev'].office).toEqual({ title: 'President', country: 'KZ', asOf: '2024-06-12' });
  });
});

describe('organizations', () => {
  it('the financial institutions that signed the financing MOU are unnamed', () => {
    expect(organizations['kr-financial-institutions'].named).toBe(false);
    expect(organizations['kz-financial-institutions'].named).toBe(false);
  });
  it('the chip and battery makers are South Korean', () => {
    expect(organizations['korean-chip-makers']).toMatchObject({ country: 'KR', industry: 'chips' });
    expect(organizations['korean-battery-makers']).toMatchObject({ country: 'KR', industry: 'batteries' });
  });
});

describe('minerals and resources', () => {
  it('lithium is Li, atomic number 3, Wikidata Q568', () => {
    expect(minerals.lithium).toMatchObject({ symbol: 'Li', atomicNumber: 3, wikidata: 'Q568', category: 'element' });
  });
  it('uranium, chromium and titanium are U 92, Cr 24 and Ti 22', () => {
    expect([minerals.uranium, minerals.chromium, minerals.titanium].map((m) => [m.symbol, m.atomicNumber])).toEqual([
      ['U', 92],
      ['Cr', 24],
      ['Ti', 22],
    ]);
  });
  it('rare-earth metals are a group of 17 elements: Sc, Y and La–Lu', () => {
    expect(minerals['rare-earth-metals'].category).toBe('element-group');
    expect(minerals['rare-earth-metals'].elements).toHaveLength(17);
    expect(minerals['rare-earth-metals'].symbol).toBeNull();
  });
  it('rare metals are a class the text does not break down', () => {
    expect(minerals['rare-metals']).toMatchObject({ category: 'class', elements: [], symbol: null });
  });
  it('oil and natural gas are energy commodities', () => {
    expect(minerals.oil.category).toBe('energy-commodity');
    expect(minerals['natural-gas'].category).toBe('energy-commodity');
  });
  it('Kazakhstan holds large reserves of uranium, chromium, titanium and rare-earth metals', () => {
    const reserves = Object.values(resources).filter((r) => r.country === 'KZ' && r.relation === 'reserves');
    expect(reserves.map((r) => r.mineral).sort()).toEqual(['chromium', 'rare-earth-metals', 'titanium', 'uranium']);
    expect(reserves.every((r) => r.extent === 'large')).toBe(true);
  });
  it('Kazakhstan is a major producer of oil and natural gas', () => {
    const production = Object.values(resources).filter((r) => r.relation === 'production');
    expect(production.map((r) => `${r.country} ${r.mineral} ${r.extent}`).sort()).toEqual(['KZ natural-gas major', 'KZ oil major']);
  });
});

describe('agreements', () => {
  const mou = agreements['kr-kz-critical-minerals-supply-chain-mou'];
  it('the supply-chain MOU is dated 2024-06-12, the summit’s day in Astana; the seed’s "Tuesday" (2024-06-11) stays a claim', () => {
    expect(mou.date).toEqual({ value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' });
    const date = provenanceOf(mou).date!;
    expect([date.basis, date.rule, date.conflict]).toEqual(['derived', 'local-date-of-event', true]);
    const seed = date.claims!.find((c) => c.source === '2024-06-12-kr-kz-critical-minerals')!;
    expect([(seed.value as { value: string }).value, seed.rule]).toEqual(['2024-06-11', 'weekday-before-publication']);
    expect(seed.evidence.map((e) => e.quote)).toEqual(['agreed Tuesday', 'June 12, 2024']);
  });
  it('the supply-chain MOU is one MOU between KR and KZ, agreed by Yoon and Tokayev, signed by "the two sides", in Astana', () => {
    expect(mou).toMatchObject({ type: 'mou', count: { value: 1, comparator: 'eq' }, parties: ['KR', 'KZ'], place: 'astana', event: 'astana-summit' });
    expect(mou.agreedBy).toEqual(['yoon-suk-yeol', 'kassym-jomart-tokayev']);
    expect(provenanceOf(mou).agreedBy?.basis).toBe('stated');
    expect(mou.signedBy).toEqual(['KR', 'KZ']);
    expect(provenanceOf(mou).signedBy).toMatchObject({ basis: 'derived', rule: 'the-two-countries' });
    expect(mou.reportedBy).toBeNull();
  });
  it('the supply-chain MOU runs from exploration to final use', () => {
    expect(mou.stages).toEqual(['exploration', 'development', 'mining', 'refining', 'commercialization', 'final-use']);
  });
  it('the supply-chain MOU is coded CAMEO 057 "Sign formal agreement"', () => {
    expect(mou.cameo).toEqual({ code: '057', label: 'Sign formal agreement' });
  });
  it('the lithium MOU covers exploration and development of lithium, with no count given', () => {
    const lithium = agreements['kr-kz-lithium-mou'];
    expect(lithium.minerals).toEqual(['lithium']);
    expect(lithium.stages).toEqual(expect.arrayContaining(['exploration', 'development']));
    expect(lithium.count).toBeNull();
    expect([lithium.signedBy, lithium.agreedBy]).toEqual([null, null]);
  });
  it('the rare-metals MOU is about commercialization between the public and private sectors', () => {
    const rare = agreements['kr-kz-rare-metals-technology-mou'];
    expect(rare.minerals).toEqual(['rare-metals']);
    expect(rare.stages).toContain('commercialization');
    expect(rare.subjects).toEqual(expect.arrayContaining(['public-sector', 'private-sector']));
  });
  it('the energy deals are at least two deals ("deals"), agreed by the two leaders, on low-emission power, renewables and old plants', () => {
    const energy = agreements['kr-kz-energy-cooperation-deals'];
    expect(energy).toMatchObject({ type: 'deal', count: { value: 2, comparator: 'gte' }, signedBy: null });
    expect(energy.agreedBy).toEqual(['yoon-suk-yeol', 'kassym-jomart-tokayev']);
    expect(provenanceOf(energy).count).toMatchObject({ basis: 'derived', rule: 'plural-at-least-two' });
    expect(energy.topics).toEqual(['energy', 'low-emission-power-generation', 'renewable-energy', 'power-plant-modernization']);
  });
  it('the financing MOU was signed by the two countries’ unnamed financial institutions, for Korean companies', () => {
    const financing = agreements['kr-kz-financing-mou'];
    expect(financing.signedBy).toEqual(['kr-financial-institutions', 'kz-financial-institutions']);
    expect(financing.agreedBy).toBeNull();
    expect(financing.subjects).toEqual(['korean-companies']);
  });
  it('the new-areas agreement covers climate change, technology, education, tourism and exchanges', () => {
    expect(agreements['kr-kz-new-areas-cooperation']).toMatchObject({
      type: 'agreement-in-principle',
      topics: ['climate-change', 'technology', 'education', 'tourism', 'people-to-people-exchanges'],
    });
  });
  it('North Korea is the subject of the condemnation agreement, not a party to it', () => {
    const condemnation = agreements['kr-kz-north-korea-condemnation'];
    expect(condemnation.parties).toEqual(['KR', 'KZ']);
    expect(condemnation.subjects).toEqual(['KP']);
    expect(condemnation.topics).toContain('illegal-funding');
  });
  it('seven agreements in all, every one between KR and KZ', () => {
    expect(Object.values(agreements)).toHaveLength(7);
    expect(Object.values(agreements).every((a) => a.parties.join() === 'KR,KZ')).toBe(true);
  });
});

describe('events', () => {
  it('the Astana summit was on Wednesday 2024-06-12 in Astana ("Tuesday" in the seed’s US time zone), part of Yoon’s state visit', () => {
    expect(events['astana-summit']).toMatchObject({ date: { value: '2024-06-12' }, partOf: 'yoon-state-visit-to-kazakhstan' });
  });
  it('the state visit is coded CAMEO 042 "Make a visit", PLOVER CONSULT (visit)', () => {
    const visit = events['yoon-state-visit-to-kazakhstan'];
    expect(visit.cameo?.code).toBe('042');
    expect(visit.plover).toEqual({ category: 'CONSULT', mode: 'visit' });
    expect(visit.recipients).toEqual(['KZ']);
  });
  it('Yoon’s Central Asia trip takes in Turkmenistan, Kazakhstan and Uzbekistan', () => {
    expect([...events['yoon-central-asia-trip'].recipients].sort()).toEqual(['KZ', 'TM', 'UZ']);
  });
  it('the K-Silk Road strategy was announced before the trip, on a day the text does not give', () => {
    const announcement = events['k-silk-road-announcement'];
    expect(announcement.before).toEqual(['yoon-central-asia-trip']);
    expect(announcement.date).toBeNull();
  });
  it('announcing the K-Silk Road strategy is coded CAMEO 030 "Express intent to cooperate", PLOVER AGREE', () => {
    expect(events['k-silk-road-announcement'].cameo?.code).toBe('030');
    expect(events['k-silk-road-announcement'].plover?.category).toBe('AGREE');
  });
  it('the South Korea–Central Asia summit is planned and undated', () => {
    expect(events['south-korea-central-asia-summit']).toMatchObject({ status: 'planned', date: null });
  });
  it('Kazakhstan gained independence in 1991 (year precision)', () => {
    expect(events['kazakhstan-independence'].date).toEqual({ value: '1991', precision: 'year', earliest: '1991-01-01', latest: '1991-12-31' });
    expect(provenanceOf('kazakhstan-independence').date?.basis).toBe('stated');
  });
  it('Kazakhstan dismantled its arsenal after independence', () => {
    expect(events['kazakhstan-nuclear-arsenal-dismantlement'].after).toEqual(['kazakhstan-independence']);
  });
  it('North Korea’s last nuclear test was in 2017, part of a series of six', () => {
    expect(events['north-korea-last-nuclear-test']).toMatchObject({ date: { value: '2017', precision: 'year' }, partOf: 'north-korea-nuclear-tests' });
  });
  it('the 2019 Hanoi summit between the US and North Korea ended without a deal', () => {
    expect(events['hanoi-summit-2019']).toMatchObject({
      date: { value: '2019', precision: 'year' },
      place: 'hanoi',
      actors: ['US', 'KP'],
      outcome: 'ended without a deal',
      cameo: { code: '044' },
    });
  });
  it('US–North Korea nuclear negotiations are stalled', () => {
    expect(events['us-north-korea-nuclear-negotiations'].status).toBe('stalled');
  });
  it('every event without a CAMEO code says why', () => {
    for (const e of Object.values(events)) if (e.cameo === null) expect(e.note, e.id).toMatch(/CAMEO/);
  });
});

describe('figures', () => {
  it('more than 700 Korean companies operate in Kazakhstan: a lower bound, not 700', () => {
    expect(figures['korean-companies-in-kazakhstan']).toMatchObject({ value: 700, comparator: 'gt', unit: 'companies' });
  });
  it('North Korea has staged six nuclear tests', () => {
    expect(figures['north-korea-nuclear-test-count']).toMatchObject({ value: 6, comparator: 'eq' });
  });
  it('the arsenal Kazakhstan dismantled was the world’s fourth-largest', () => {
    expect(figures['kazakhstan-former-arsenal-rank']).toMatchObject({ type: 'rank', value: 4 });
  });
  it('Tokayev lists nine sectors for more cooperation', () => {
    expect(figures['tokayev-cooperation-sectors'].items).toEqual([
      'infrastructure', 'industry', 'finance', 'energy', 'environment', 'automotive', 'aerospace', 'ai', 'electronics',
    ]);
  });
});

describe('statements and initiatives', () => {
  it('four direct quotes: two by Yoon, two by Tokayev', () => {
    const direct = Object.values(statements).filter((s) => s.mode === 'direct');
    expect(direct.map((s) => s.speaker).sort()).toEqual(['kassym-jomart-tokayev', 'kassym-jomart-tokayev', 'yoon-suk-yeol', 'yoon-suk-yeol']);
  });
  it('Yoon’s supply-chain remark was made at the joint press conference', () => {
    expect(statements['yoon-on-the-supply-chain'].occasion).toBe('joint-press-conference');
  });
  it('Tokayev’s endorsement of the initiatives is coded CAMEO 051 "Praise or endorse"', () => {
    expect(statements['tokayev-supports-the-initiatives'].cameo).toEqual({ code: '051', label: 'Praise or endorse' });
  });
  it('the K-Silk Road Cooperation Initiative is South Korea’s, for Central Asia, backed by Tokayev', () => {
    expect(initiatives['k-silk-road-cooperation-initiative']).toMatchObject({
      owner: 'KR',
      region: 'central-asia',
      supporters: ['kassym-jomart-tokayev'],
      announcedAt: 'k-silk-road-announcement',
    });
  });
});
