/** Readings a user makes through the queries, on the dataset given (not the embedded one). */
import { makeCatalog } from '../../src/catalog.js';
import { fact } from './check.js';

export const readingFacts = [
  fact('agreements', 'South Korea and Kazakhstan have seven agreements between them; Kazakhstan has no other partner', (data, expect) => {
    const catalog = makeCatalog(data);
    expect.equal('agreementsBetween KR KZ', catalog.agreementsBetween('KR', 'KZ').length, 7);
    expect.equal('partnersOf KZ', catalog.partnersOf('KZ').map((p) => p.country), ['KR']);
  }),
  fact('agreements', 'of the agreements, only the lithium MOU is on lithium', (data, expect) => {
    expect.equal('agreementsOn lithium', makeCatalog(data).agreementsOn('lithium').map((a) => a.id), ['kr-kz-lithium-mou']);
  }),
  fact('events', 'on 2024-06-12 the timeline certainly holds the summit, its agreements and the press conference', (data, expect) => {
    const ids = makeCatalog(data).eventsBetween('2024-06-12', '2024-06-12', { mode: 'within' }).map((e) => e.id);
    expect.sameItems('within', ids, [
      'astana-summit', 'joint-press-conference', 'kr-kz-critical-minerals-supply-chain-mou', 'kr-kz-lithium-mou', 'kr-kz-rare-metals-technology-mou',
      'kr-kz-energy-cooperation-deals', 'kr-kz-financing-mou', 'kr-kz-new-areas-cooperation', 'kr-kz-north-korea-condemnation',
    ]);
  }),
  fact('statements', 'Tokayev made four statements, Yoon three', (data, expect) => {
    const catalog = makeCatalog(data);
    expect.equal('counts', [catalog.statementsBy('kassym-jomart-tokayev').length, catalog.statementsBy('yoon-suk-yeol').length], [4, 3]);
  }),
  fact('resources', 'Kazakhstan’s minerals: reserves of chromium, rare-earth metals, titanium and uranium; oil and gas; and the agreements’ minerals', (data, expect) => {
    expect.sameItems('mineralsOf KZ', makeCatalog(data).mineralsOf('KZ').map((l) => `${l.relation} ${l.mineral}`), [
      'reserves chromium', 'reserves rare-earth-metals', 'reserves titanium', 'reserves uranium',
      'production oil', 'production natural-gas',
      'agreement critical-minerals', 'agreement lithium', 'agreement rare-metals',
    ]);
  }),
  fact('agreements', 'lithium ties South Korea and Kazakhstan through an agreement, and no country through reserves', (data, expect) => {
    expect.sameItems('countriesWith lithium', makeCatalog(data).countriesWith('lithium').map((l) => `${l.country} ${l.relation}`), ['KR agreement', 'KZ agreement']);
  }),
  fact('events', 'the timeline opens with independence (1991), the last nuclear test (2017) and the Hanoi summit (2019)', (data, expect) => {
    expect.equal('first three', makeCatalog(data).timeline().slice(0, 3).map((e) => e.id), ['kazakhstan-independence', 'north-korea-last-nuclear-test', 'hanoi-summit-2019']);
  }),
];
