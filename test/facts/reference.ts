/** Facts about the reference records (countries, places, people, organizations, minerals, resources, regions). */
import { fact } from './check.js';
import { table } from './reference-table.js';

const REE = ['Sc', 'Y', 'La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu'];

export const referenceFacts = [
  fact('countries', 'each country has the ISO 3166 codes and Wikidata id of the reference list', (data, expect) => {
    const rows = table('Countries');
    expect.sameItems('countries', Object.keys(data.countries), rows.map((r) => r[1]!));
    for (const [, alpha2, alpha3, numeric, wikidata] of rows) {
      const c = data.countries[alpha2 as keyof typeof data.countries];
      expect.equal(alpha2!, [c?.alpha2, c?.alpha3, c?.numeric, c?.wikidata], [alpha2, alpha3, numeric, wikidata]);
    }
  }),
  fact('countries', 'only the Soviet Union is historical', (data, expect) => {
    expect.sameItems('historical', Object.values(data.countries).filter((c) => c.historical).map((c) => c.id), ['SU']);
  }),
  fact('countries', 'the text calls South Korea "S. Korea" and North Korea "the North"; it names no other country otherwise', (data, expect) => {
    for (const c of Object.values(data.countries)) {
      expect.equal(`${c.id} aliases`, c.aliases, ({ KR: ['S. Korea'], KP: ['the North'] } as Record<string, string[]>)[c.id] ?? []);
    }
  }),
  fact('countries', 'the text’s demonyms are "Korean" (South Korea) and "Kazakh"', (data, expect) => {
    for (const c of Object.values(data.countries)) {
      expect.equal(`${c.id} demonyms`, c.demonyms, ({ KR: ['Korean'], KZ: ['Kazakh'] } as Record<string, string[]>)[c.id] ?? []);
    }
  }),
  fact('countries', 'the two Koreas carry their official names; no other country needs one', (data, expect) => {
    for (const c of Object.values(data.countries)) {
      const official = ({ KR: 'Republic of Korea', KP: "Democratic People's Republic of Korea" } as Record<string, string>)[c.id] ?? null;
      expect.equal(`${c.id} officialName`, c.officialName, official);
    }
  }),
  fact('places', 'each place is in the reference country, with the reference Wikidata id', (data, expect) => {
    const rows = table('Places');
    expect.equal('places', Object.values(data.places).map((p) => p.name).sort(), rows.map((r) => r[0]!).sort());
    for (const [name, country, wikidata] of rows) {
      const place = Object.values(data.places).find((p) => p.name === name);
      expect.equal(name!, [place?.country, place?.wikidata], [country, wikidata]);
    }
  }),
  fact('places', 'Astana is the only capital the data names as such; Hanoi stands for no government', (data, expect) => {
    for (const p of Object.values(data.places)) expect.equal(`${p.id} capitalOf`, p.capitalOf, p.id === 'astana' ? 'KZ' : null);
    expect.equal('hanoi standsFor', data.places.hanoi?.standsFor, null);
    expect.equal('astana standsFor', data.places.astana?.standsFor, null);
  }),
  fact('regions', 'neither region has a Wikidata id in the reference', (data, expect) => {
    for (const r of Object.values(data.regions)) expect.equal(`${r.id} wikidata`, r.wikidata, null);
    expect.equal('korean-peninsula members', data.regions['korean-peninsula']?.m49Members, []);
  }),
  fact('people', 'Yoon and Tokayev are the only people, by family name, without checked Wikidata ids', (data, expect) => {
    expect.sameItems('people', Object.keys(data.people), ['yoon-suk-yeol', 'kassym-jomart-tokayev']);
    expect.equal('family names', [data.people['yoon-suk-yeol']?.familyName, data.people['kassym-jomart-tokayev']?.familyName], ['Yoon', 'Tokayev']);
    expect.equal('wikidata', Object.values(data.people).map((p) => p.wikidata), [null, null]);
  }),
  fact('organizations', 'the text names no organization, only groups: institutions, companies and sectors', (data, expect) => {
    const expected: Record<string, [string, string | null, string | null]> = {
      'kr-financial-institutions': ['financial-institutions', 'KR', 'finance'],
      'kz-financial-institutions': ['financial-institutions', 'KZ', 'finance'],
      'korean-companies': ['companies', 'KR', null],
      'korean-chip-makers': ['companies', 'KR', 'chips'],
      'korean-battery-makers': ['companies', 'KR', 'batteries'],
      'public-sector': ['sector', null, null],
      'private-sector': ['sector', null, null],
    };
    expect.sameItems('organizations', Object.keys(data.organizations), Object.keys(expected));
    for (const o of Object.values(data.organizations)) {
      expect.equal(o.id, [o.named, o.type, o.country, o.industry], [false, ...(expected[o.id] ?? [])]);
    }
  }),
  fact('minerals', 'each element has the symbol, atomic number and Wikidata id of the reference list', (data, expect) => {
    for (const [name, symbol, atomicNumber, wikidata] of table('Minerals').filter((r) => r[0] !== 'rare-earth elements')) {
      const m = data.minerals[name as keyof typeof data.minerals];
      expect.equal(name!, [m?.category, m?.symbol, m?.atomicNumber, m?.wikidata, m?.elements], ['element', symbol, Number(atomicNumber), wikidata, []]);
    }
  }),
  fact('minerals', 'the classes, the rare-earth group and the energy commodities have no symbol, atomic number or Wikidata id', (data, expect) => {
    const category: Record<string, string> = {
      'critical-minerals': 'class', 'rare-metals': 'class', 'rare-earth-metals': 'element-group', oil: 'energy-commodity', 'natural-gas': 'energy-commodity',
    };
    for (const [id, cat] of Object.entries(category)) {
      const m = data.minerals[id as keyof typeof data.minerals];
      expect.equal(id, [m?.category, m?.symbol, m?.atomicNumber, m?.wikidata, m?.elements], [cat, null, null, null, id === 'rare-earth-metals' ? REE : []]);
    }
    expect.equal('minerals', Object.keys(data.minerals).length, Object.keys(category).length + 4);
  }),
  fact('minerals', 'the text also says "critical mineral" and "key minerals" for critical minerals, and has no other name for a mineral', (data, expect) => {
    for (const m of Object.values(data.minerals)) {
      expect.equal(`${m.id} aliases`, m.aliases, m.id === 'critical-minerals' ? ['critical mineral', 'key minerals'] : []);
    }
  }),

  fact('countries', 'South Korea is KR / KOR / 410, Wikidata Q884', (data, expect) => {
    const kr = data.countries.KR;
    expect.equal('KR', [kr?.name, kr?.alpha2, kr?.alpha3, kr?.numeric, kr?.wikidata], ['South Korea', 'KR', 'KOR', '410', 'Q884']);
  }),
  fact('countries', 'Kazakhstan is KZ / KAZ / 398, Wikidata Q232', (data, expect) => {
    const kz = data.countries.KZ;
    expect.equal('KZ', [kz?.alpha3, kz?.numeric, kz?.wikidata], ['KAZ', '398', 'Q232']);
  }),
  fact('countries', 'the Soviet Union is a historical country, SU / SUN / 810', (data, expect) => {
    const su = data.countries.SU;
    expect.equal('SU', [su?.alpha3, su?.numeric, su?.historical], ['SUN', '810', true]);
  }),
  fact('places', 'Viet Nam is in the data only as Hanoi’s country, and says so', (data, expect) => {
    expect.equal('hanoi country', data.places.hanoi?.country, 'VN');
    expect.equal('VN note says so', /Not named in the text/.test(data.countries.VN?.note ?? ''), true);
  }),
  fact('places', 'Astana is the Kazakh capital', (data, expect) => {
    expect.equal('capitalOf', data.places.astana?.capitalOf, 'KZ');
  }),
  fact('places', 'Seoul and Pyongyang stand for their governments', (data, expect) => {
    expect.equal('standsFor', [data.places.seoul?.standsFor, data.places.pyongyang?.standsFor], ['KR', 'KP']);
  }),
  fact('regions', 'Central Asia is UN M49 143 with KZ, KG, TJ, TM and UZ', (data, expect) => {
    expect.equal('m49', data.regions['central-asia']?.m49, '143');
    expect.sameItems('members', data.regions['central-asia']?.m49Members, ['KG', 'KZ', 'TJ', 'TM', 'UZ']);
  }),
  fact('regions', 'the Korean Peninsula has no M49 code', (data, expect) => {
    expect.equal('m49', data.regions['korean-peninsula']?.m49, null);
  }),
  fact('people', 'Yoon Suk Yeol is President of South Korea as of 2024-06-12', (data, expect) => {
    expect.equal('office', data.people['yoon-suk-yeol']?.office, { title: 'President', country: 'KR', asOf: '2024-06-12' });
  }),
  fact('people', 'Kassym-Jomart Tokayev is President of Kazakhstan as of 2024-06-12', (data, expect) => {
    expect.equal('office', data.people['kassym-jomart-tokayev']?.office, { title: 'President', country: 'KZ', asOf: '2024-06-12' });
  }),
  fact('organizations', 'the financial institutions that signed the financing MOU are unnamed', (data, expect) => {
    expect.equal('named', [data.organizations['kr-financial-institutions']?.named, data.organizations['kz-financial-institutions']?.named], [false, false]);
  }),
  fact('organizations', 'the chip and battery makers are South Korean', (data, expect) => {
    const chips = data.organizations['korean-chip-makers'];
    const batteries = data.organizations['korean-battery-makers'];
    expect.equal('makers', [chips?.country, chips?.industry, batteries?.country, batteries?.industry], ['KR', 'chips', 'KR', 'batteries']);
  }),
  fact('minerals', 'lithium is Li, atomic number 3, Wikidata Q568, an element', (data, expect) => {
    const li = data.minerals.lithium;
    expect.equal('lithium', [li?.symbol, li?.atomicNumber, li?.wikidata, li?.category], ['Li', 3, 'Q568', 'element']);
  }),
  fact('minerals', 'uranium, chromium and titanium are U 92, Cr 24 and Ti 22', (data, expect) => {
    const m = data.minerals;
    expect.equal('symbols', [m.uranium, m.chromium, m.titanium].map((x) => [x?.symbol, x?.atomicNumber]), [['U', 92], ['Cr', 24], ['Ti', 22]]);
  }),
  fact('minerals', 'rare-earth metals are a group of 17 elements: Sc, Y and La–Lu', (data, expect) => {
    const ree = data.minerals['rare-earth-metals'];
    expect.equal('rare-earth metals', [ree?.category, ree?.elements.length, ree?.symbol], ['element-group', 17, null]);
  }),
  fact('minerals', 'rare metals are a class the text does not break down', (data, expect) => {
    const rare = data.minerals['rare-metals'];
    expect.equal('rare metals', [rare?.category, rare?.elements, rare?.symbol], ['class', [], null]);
  }),
  fact('minerals', 'oil and natural gas are energy commodities', (data, expect) => {
    expect.equal('categories', [data.minerals.oil?.category, data.minerals['natural-gas']?.category], ['energy-commodity', 'energy-commodity']);
  }),
  fact('resources', 'Kazakhstan holds large reserves of uranium, chromium, titanium and rare-earth metals', (data, expect) => {
    const reserves = Object.values(data.resources).filter((r) => r.country === 'KZ' && r.relation === 'reserves');
    expect.sameItems('minerals', reserves.map((r) => r.mineral), ['chromium', 'rare-earth-metals', 'titanium', 'uranium']);
    expect.equal('all large', reserves.every((r) => r.extent === 'large'), true);
  }),
  fact('resources', 'Kazakhstan is a major producer of oil and natural gas', (data, expect) => {
    const production = Object.values(data.resources).filter((r) => r.relation === 'production');
    expect.sameItems('production', production.map((r) => `${r.country} ${r.mineral} ${r.extent}`), ['KZ natural-gas major', 'KZ oil major']);
  }),
];
