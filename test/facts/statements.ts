/** What the article quotes or reports the two leaders saying. */
import type { Dataset } from '../../src/types.js';
import { fact, type Expect } from './check.js';

const YOON = 'yoon-suk-yeol';
const TOKAYEV = 'kassym-jomart-tokayev';
const VISIT_TO_PUBLICATION = { value: '2024-06', precision: 'month', earliest: '2024-06-11', latest: '2024-06-12' };

function said(data: Dataset, id: string, expect: Expect, expected: Record<string, unknown>) {
  const s = data.statements[id as keyof Dataset['statements']];
  const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, (s as unknown as Record<string, unknown> | undefined)?.[k]]));
  expect.equal(id, actual, expected);
}

export const statementFacts = [
  fact('statements', 'the article carries seven statements: three by Yoon, four by Tokayev', (data, expect) => {
    const by = (speaker: string) => Object.values(data.statements).filter((s) => s.speaker === speaker).map((s) => s.id);
    expect.sameItems('Yoon’s', by(YOON), ['yoon-on-the-supply-chain', 'yoon-on-north-korea', 'yoon-on-the-k-silk-road']);
    expect.sameItems('Tokayev’s', by(TOKAYEV), ['tokayev-supports-the-initiatives', 'tokayev-on-the-state-visit', 'tokayev-on-korean-companies', 'tokayev-on-cooperation-sectors']);
  }),
  fact('statements', 'a statement in quotation marks is direct, one introduced by "said"/"expressed" without them is reported', (data, expect) => {
    for (const s of Object.values(data.statements)) {
      expect.basis(s, 'mode', 'derived', s.mode === 'direct' ? 'quotation-marks' : 'reporting-verb');
    }
  }),
  fact('statements', 'Yoon, at the joint press conference: the two countries agreed to strengthen the critical mineral supply chain', (data, expect) => {
    said(data, 'yoon-on-the-supply-chain', expect, {
      speaker: YOON, mode: 'direct', occasion: 'joint-press-conference',
      text: 'The two countries agreed to strengthen the critical mineral supply chain by combining Kazakhstan’s abundant mineral resources with South Korea’s advanced technology',
      date: { value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' },
      subjects: ['KR', 'KZ', 'critical-minerals'], topics: ['critical-minerals-supply-chain'], cameo: null,
    });
    expect.basis(data.statements['yoon-on-the-supply-chain'], 'date', 'derived', 'date-of-occasion');
  }),
  fact('statements', 'Yoon, on an occasion not stated: the two countries will keep condemning North Korea (CAMEO 111 "Criticize or denounce")', (data, expect) => {
    said(data, 'yoon-on-north-korea', expect, {
      speaker: YOON, mode: 'direct', occasion: null,
      text: 'The two countries agreed to continue to join international efforts to condemn North Korea’s illegal nuclear and missile development, and to block its illegal funding',
      date: VISIT_TO_PUBLICATION, subjects: ['KP'], topics: ['nuclear-and-missile-programs', 'illegal-funding'],
      cameo: { code: '111', label: 'Criticize or denounce' },
    });
    expect.basis(data.statements['yoon-on-north-korea'], 'date', 'inferred');
  }),
  fact('statements', 'Yoon reports explaining the K-Silk Road initiative and the plan for a South Korea–Central Asia summit', (data, expect) => {
    said(data, 'yoon-on-the-k-silk-road', expect, {
      speaker: YOON, mode: 'reported', occasion: null,
      text: 'he explained Seoul’s “K-Silk Road Cooperation Initiative” with Central Asia and the plan to hold a South Korea-Central Asia summit',
      date: VISIT_TO_PUBLICATION, subjects: ['k-silk-road-cooperation-initiative', 'south-korea-central-asia-summit-plan', 'central-asia'], topics: [], cameo: null,
    });
  }),
  fact('statements', 'Tokayev expressed his full support for the two initiatives (CAMEO 051 "Praise or endorse")', (data, expect) => {
    said(data, 'tokayev-supports-the-initiatives', expect, {
      speaker: TOKAYEV, mode: 'reported', occasion: null, text: 'Tokayev expressed his full support for these initiatives',
      date: VISIT_TO_PUBLICATION, subjects: ['k-silk-road-cooperation-initiative', 'south-korea-central-asia-summit-plan'], topics: [],
      cameo: { code: '051', label: 'Praise or endorse' },
    });
    expect.basis(data.statements['tokayev-supports-the-initiatives'], 'subjects', 'inferred');
  }),
  fact('statements', 'Tokayev said the state visit shows bilateral relations have advanced to a higher level', (data, expect) => {
    said(data, 'tokayev-on-the-state-visit', expect, {
      speaker: TOKAYEV, mode: 'reported', occasion: null,
      text: 'Yoon’s state visit to Kazakhstan demonstrates that the bilateral relations has advanced to a higher level and vowed to further develop ties in a wide range of fields',
      date: VISIT_TO_PUBLICATION, subjects: ['KR', 'KZ'], topics: ['bilateral-relations'], cameo: null,
    });
  }),
  fact('statements', 'Tokayev, in the briefing: more than 700 Korean companies operate in Kazakhstan', (data, expect) => {
    said(data, 'tokayev-on-korean-companies', expect, {
      speaker: TOKAYEV, mode: 'direct', occasion: 'tokayev-briefing', text: 'More than 700 Korean companies are successfully operating in Kazakhstan',
      date: VISIT_TO_PUBLICATION, subjects: ['korean-companies', 'KZ'], topics: [], cameo: null,
    });
    expect.basis(data.statements['tokayev-on-korean-companies'], 'date', 'derived', 'date-of-occasion');
  }),
  fact('statements', 'Tokayev, in the briefing (speaker and occasion read from the sentence before): nine sectors for more cooperation', (data, expect) => {
    const s = data.statements['tokayev-on-cooperation-sectors'];
    said(data, 'tokayev-on-cooperation-sectors', expect, {
      speaker: TOKAYEV, mode: 'direct', occasion: 'tokayev-briefing',
      text: 'We are interested in enhancing cooperation in infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics.',
      date: VISIT_TO_PUBLICATION, subjects: ['KR', 'KZ'],
      topics: ['infrastructure', 'industry', 'finance', 'energy', 'environment', 'automotive', 'aerospace', 'ai', 'electronics'], cameo: null,
    });
    expect.basis(s, 'speaker', 'inferred');
    expect.basis(s, 'occasion', 'inferred');
  }),
];
