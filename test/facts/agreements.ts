/** What the article says about the agreements of the Astana summit. */
import { fact } from './check.js';

const SUPPLY_CHAIN = 'kr-kz-critical-minerals-supply-chain-mou' as const;
const LITHIUM = 'kr-kz-lithium-mou' as const;
const RARE_METALS = 'kr-kz-rare-metals-technology-mou' as const;
const ENERGY = 'kr-kz-energy-cooperation-deals' as const;
const FINANCING = 'kr-kz-financing-mou' as const;
const NEW_AREAS = 'kr-kz-new-areas-cooperation' as const;
const CONDEMNATION = 'kr-kz-north-korea-condemnation' as const;
const LEADERS = ['yoon-suk-yeol', 'kassym-jomart-tokayev'];
const SUMMIT_DAY = { value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' };
const SIGNED = { cameo: { code: '057', label: 'Sign formal agreement' }, plover: { category: 'SUPPORT', mode: null } };
const AGREED = { cameo: { code: '030', label: 'Express intent to cooperate' }, plover: { category: 'AGREE', mode: null } };

export const agreementFacts = [
  fact('agreements', 'seven agreements came out of the summit, and nothing else is an agreement', (data, expect) => {
    expect.sameItems('agreements', Object.keys(data.agreements), [SUPPLY_CHAIN, LITHIUM, RARE_METALS, ENERGY, FINANCING, NEW_AREAS, CONDEMNATION]);
  }),
  fact('agreements', 'every agreement is between South Korea and Kazakhstan, made at the Astana summit on Wednesday 2024-06-12 (the day in Astana)', (data, expect) => {
    for (const a of Object.values(data.agreements)) {
      expect.equal(`${a.id} parties`, a.parties, ['KR', 'KZ']);
      expect.equal(`${a.id} date`, a.date, SUMMIT_DAY);
      expect.equal(`${a.id} place`, a.place, 'astana');
      expect.equal(`${a.id} event`, a.event, 'astana-summit');
    }
  }),
  fact('agreements', 'only the supply-chain MOU is stated to be in Astana; the other agreements are placed there by inference', (data, expect) => {
    expect.basis(data.agreements[SUPPLY_CHAIN], 'place', 'stated');
    expect.basis(data.agreements[SUPPLY_CHAIN], 'event', 'stated');
    for (const id of [LITHIUM, RARE_METALS, ENERGY, FINANCING, NEW_AREAS, CONDEMNATION]) {
      expect.basis(data.agreements[id], 'place', 'inferred');
      expect.basis(data.agreements[id], 'date', 'inferred');
    }
  }),
  fact('agreements', 'the five MOUs and deals are coded CAMEO 057 "Sign formal agreement", PLOVER SUPPORT', (data, expect) => {
    for (const id of [SUPPLY_CHAIN, LITHIUM, RARE_METALS, ENERGY, FINANCING]) {
      const a = data.agreements[id];
      expect.equal(`${id} codes`, { cameo: a?.cameo, plover: a?.plover }, SIGNED);
    }
  }),
  fact('agreements', 'the two agreements nobody signed are coded CAMEO 030 "Express intent to cooperate", PLOVER AGREE', (data, expect) => {
    for (const id of [NEW_AREAS, CONDEMNATION]) {
      const a = data.agreements[id];
      expect.equal(`${id} codes`, { cameo: a?.cameo, plover: a?.plover }, AGREED);
    }
  }),

  fact('agreements', 'the supply-chain MOU is one MOU "on critical minerals supply chain partnership", dated to the summit’s day in Astana; the seed’s "Tuesday" stays a claim', (data, expect) => {
    const mou = data.agreements[SUPPLY_CHAIN]!;
    expect.equal('name', mou.name, 'MOU on critical minerals supply chain partnership');
    expect.equal('type', mou.type, 'mou');
    expect.equal('count', mou.count, { value: 1, comparator: 'eq' });
    expect.basis(mou, 'date', 'derived', 'local-date-of-event');
    expect.quotes(mou, 'date', [
      'disclosed the agreement in a joint press announcement held after their summit in Astana on Wednesday',
      'Written: 2024-06-12 17:34:52',
      '윤 대통령은 12일 토카예프 대통령과 정상회담을 하고',
      '2024. 6. 11. 23:14',
    ]);
  }),
  fact('agreements', 'Yoon and Tokayev agreed the supply-chain MOU; "the two sides" signed it, read as the two countries', (data, expect) => {
    const mou = data.agreements[SUPPLY_CHAIN]!;
    expect.equal('agreedBy', mou.agreedBy, LEADERS);
    expect.basis(mou, 'agreedBy', 'stated');
    expect.equal('signedBy', mou.signedBy, ['KR', 'KZ']);
    expect.basis(mou, 'signedBy', 'derived', 'the-two-countries');
    expect.equal('reportedBy', mou.reportedBy, null);
  }),
  fact('agreements', 'the supply-chain MOU covers exploration, development, mining, refining, commercialization and final use of critical minerals', (data, expect) => {
    const mou = data.agreements[SUPPLY_CHAIN]!;
    expect.equal('stages', mou.stages, ['exploration', 'development', 'mining', 'refining', 'commercialization', 'final-use']);
    expect.equal('minerals', mou.minerals, ['critical-minerals']);
    expect.equal('topics', mou.topics, ['critical-minerals-supply-chain']);
  }),
  fact('agreements', 'the supply-chain MOU gives Korean companies priority, read from the sentence on "the agreements" as a whole', (data, expect) => {
    const mou = data.agreements[SUPPLY_CHAIN]!;
    expect.equal('subjects', mou.subjects, ['korean-companies']);
    expect.basis(mou, 'subjects', 'inferred');
  }),

  fact('agreements', 'the lithium MOU is on joint lithium mine exploration and development, one of "other MOUs" with no count or signatories', (data, expect) => {
    const mou = data.agreements[LITHIUM]!;
    expect.equal('name', mou.name, 'MOU on joint lithium mine exploration and development');
    expect.equal('type', mou.type, 'mou');
    expect.equal('minerals', mou.minerals, ['lithium']);
    expect.equal('count, signedBy, agreedBy, reportedBy', [mou.count, mou.signedBy, mou.agreedBy, mou.reportedBy], [null, null, null, null]);
  }),
  fact('agreements', 'the lithium MOU runs through exploration, development, mining and refining, for Korean companies, in the supply chain', (data, expect) => {
    const mou = data.agreements[LITHIUM]!;
    expect.equal('stages', mou.stages, ['exploration', 'development', 'mining', 'refining']);
    expect.equal('subjects', mou.subjects, ['korean-companies']);
    expect.basis(mou, 'subjects', 'inferred');
    expect.equal('topics', mou.topics, ['critical-minerals-supply-chain']);
    expect.basis(mou, 'topics', 'inferred');
  }),

  fact('agreements', 'the rare-metals MOU is on technology cooperation for rare metals commercialization, with no count or signatories', (data, expect) => {
    const mou = data.agreements[RARE_METALS]!;
    expect.equal('name', mou.name, 'MOU on technology cooperation for rare metals commercialization');
    expect.equal('type', mou.type, 'mou');
    expect.equal('minerals', mou.minerals, ['rare-metals']);
    expect.equal('count, signedBy, agreedBy, reportedBy', [mou.count, mou.signedBy, mou.agreedBy, mou.reportedBy], [null, null, null, null]);
  }),
  fact('agreements', 'the rare-metals MOU is between the public and private sectors, for Korean companies, on technology in the supply chain', (data, expect) => {
    const mou = data.agreements[RARE_METALS]!;
    expect.equal('subjects', mou.subjects, ['public-sector', 'private-sector', 'korean-companies']);
    expect.equal('topics', mou.topics, ['technology', 'critical-minerals-supply-chain']);
    expect.equal('stages', mou.stages, ['exploration', 'mining', 'refining', 'commercialization']);
  }),

  fact('agreements', 'the energy deals are at least two deals ("deals"), agreed by the two leaders, signers unnamed', (data, expect) => {
    const deals = data.agreements[ENERGY]!;
    expect.equal('name', deals.name, 'cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants');
    expect.equal('type', deals.type, 'deal');
    expect.equal('count', deals.count, { value: 2, comparator: 'gte' });
    expect.basis(deals, 'count', 'derived', 'plural-at-least-two');
    expect.equal('agreedBy', deals.agreedBy, LEADERS);
    expect.basis(deals, 'agreedBy', 'derived', 'the-two-countries');
    expect.equal('signedBy, reportedBy', [deals.signedBy, deals.reportedBy], [null, null]);
  }),
  fact('agreements', 'the energy deals cover low-emission power generation, renewable energy and old power plants, and no mineral', (data, expect) => {
    const deals = data.agreements[ENERGY]!;
    expect.equal('topics', deals.topics, ['energy', 'low-emission-power-generation', 'renewable-energy', 'power-plant-modernization']);
    expect.equal('minerals, stages, subjects', [deals.minerals, deals.stages, deals.subjects], [[], [], []]);
  }),

  fact('agreements', 'the financing MOU is one MOU on financial support cooperation and policy financing, signed by the two countries’ financial institutions', (data, expect) => {
    const mou = data.agreements[FINANCING]!;
    expect.equal('name', mou.name, 'MOU on financial support cooperation and policy financing');
    expect.equal('type', mou.type, 'mou');
    expect.equal('count', mou.count, { value: 1, comparator: 'eq' });
    expect.equal('signedBy', mou.signedBy, ['kr-financial-institutions', 'kz-financial-institutions']);
    expect.basis(mou, 'signedBy', 'derived', 'the-two-countries');
    expect.equal('agreedBy, reportedBy', [mou.agreedBy, mou.reportedBy], [null, null]);
  }),
  fact('agreements', 'the financing MOU supports Korean companies in major infrastructure projects, and names no mineral', (data, expect) => {
    const mou = data.agreements[FINANCING]!;
    expect.equal('subjects', mou.subjects, ['korean-companies']);
    expect.equal('topics', mou.topics, ['financial-support', 'policy-financing', 'infrastructure']);
    expect.equal('minerals, stages', [mou.minerals, mou.stages], [[], []]);
  }),

  fact('agreements', 'the two countries agreed in principle to work together in new areas: climate change, technology, education, tourism and exchanges', (data, expect) => {
    const a = data.agreements[NEW_AREAS]!;
    expect.equal('name', a.name, 'Agreement to work together in new areas');
    expect.equal('type', a.type, 'agreement-in-principle');
    expect.equal('topics', a.topics, ['climate-change', 'technology', 'education', 'tourism', 'people-to-people-exchanges']);
    expect.equal('agreedBy', a.agreedBy, ['KR', 'KZ']);
    expect.basis(a, 'agreedBy', 'derived', 'the-two-countries');
    expect.equal('count, signedBy, reportedBy', [a.count, a.signedBy, a.reportedBy], [null, null, null]);
    expect.equal('minerals, stages, subjects', [a.minerals, a.stages, a.subjects], [[], [], []]);
  }),

  fact('agreements', 'Yoon reports that the two countries agreed to keep condemning North Korea’s nuclear and missile development and block its funding', (data, expect) => {
    const a = data.agreements[CONDEMNATION]!;
    expect.equal('type', a.type, 'agreement-in-principle');
    expect.equal('agreedBy', a.agreedBy, ['KR', 'KZ']);
    expect.equal('reportedBy', a.reportedBy, 'yoon-suk-yeol');
    expect.basis(a, 'reportedBy', 'stated');
    expect.equal('count, signedBy', [a.count, a.signedBy], [null, null]);
  }),
  fact('agreements', 'North Korea is the subject of the condemnation agreement, which is about its programs, its funding and the peninsula’s security', (data, expect) => {
    const a = data.agreements[CONDEMNATION]!;
    expect.equal('name', a.name, 'Agreement to keep condemning North Korea’s illegal nuclear and missile development and block its illegal funding');
    expect.equal('subjects', a.subjects, ['KP']);
    expect.equal('topics', a.topics, ['nuclear-and-missile-programs', 'illegal-funding', 'korean-peninsula-security']);
    expect.equal('minerals, stages', [a.minerals, a.stages], [[], []]);
  }),
];
