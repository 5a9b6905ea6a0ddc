/** Facts about the reference records (countries, places, people, organizations, minerals, resources, regions). */
import { fact } from './check.js';

export const referenceFacts = [
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
