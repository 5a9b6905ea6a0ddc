/** What the two presidents said, quoted or reported; the figures the text gives; the initiatives. */
import type { AnyIds, Figure, Initiative, Statement } from '../../src/types.js';
import { PUBLISHED, cameo, date, derivedBy, inferred, statedBy, type Draft, type ProvenanceSpec } from '../authoring.js';

/** Said during the state visit: June 2024, not after publication. */
const DURING_THE_VISIT = date('2024-06', { latest: PUBLISHED });
/** Said at the joint press conference, which came after the Tuesday summit. */
const AT_THE_PRESS_CONFERENCE = date('2024-06', { earliest: '2024-06-11', latest: PUBLISHED });
const UNDATED_WORDS = inferred(
  'Said during the state visit around the Tuesday (2024-06-11) summit (read as June 2024), and reported on 2024-06-12; the day and occasion are not stated.',
  'June 12, 2024',
);
/** How a statement's mode and date are known. */
function words(mode: ProvenanceSpec, date: ProvenanceSpec): Record<string, ProvenanceSpec> {
  return { mode, date };
}
const TOKAYEV_SAID = 'Tokayev said in the briefing';
const KIND_OF_NUMBER = (quote: string) => derivedBy('kind-of-number', [quote]);
const EXACT = (quote: string) => derivedBy('exact-unless-qualified', [quote]);
const FIGURE_LABEL = inferred('A descriptive label: the text gives the figure no name of its own.');
const TOKAYEV_INTEREST =
  'We are interested in enhancing cooperation in infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics.';
const TOKAYEV_SECTORS = ['infrastructure', 'industry', 'finance', 'energy', 'environment', 'automotive', 'aerospace', 'ai', 'electronics'];
const NEW_AREAS = ['climate-change', 'technology', 'education', 'tourism', 'people-to-people-exchanges'];
const ENERGY_AREAS = ['low-emission-power-generation', 'renewable-energy', 'power-plant-modernization'];

export const statements: Draft<Statement<AnyIds>>[] = [
  {
    id: 'yoon-on-the-supply-chain',
    kind: 'statement',
    speaker: 'yoon-suk-yeol',
    mode: 'direct',
    text: 'The two countries agreed to strengthen the critical mineral supply chain by combining Kazakhstan’s abundant mineral resources with South Korea’s advanced technology',
    occasion: 'joint-press-conference',
    date: AT_THE_PRESS_CONFERENCE,
    subjects: ['KR', 'KZ', 'critical-minerals'],
    topics: ['critical-minerals-supply-chain'],
    cameo: null,
    evidence: [
      'The two countries agreed to strengthen the critical mineral supply chain by combining Kazakhstan’s abundant mineral resources with South Korea’s advanced technology,” Yoon said in a joint press conference',
    ],
    provenance: words(
      derivedBy('quotation-marks', ['advanced technology,” Yoon said']),
      derivedBy('date-of-occasion', ['Yoon said in a joint press conference']),
    ),
    note: null,
  },
  {
    id: 'yoon-on-north-korea',
    kind: 'statement',
    speaker: 'yoon-suk-yeol',
    mode: 'direct',
    text: 'The two countries agreed to continue to join international efforts to condemn North Korea’s illegal nuclear and missile development, and to block its illegal funding',
    occasion: null,
    date: DURING_THE_VISIT,
    subjects: ['KP'],
    topics: ['nuclear-and-missile-programs', 'illegal-funding'],
    cameo: cameo('111'),
    evidence: [
      'The two countries agreed to continue to join international efforts to condemn North Korea’s illegal nuclear and missile development, and to block its illegal funding,” Yoon said',
    ],
    provenance: {
      ...words(derivedBy('quotation-marks', ['its illegal funding,” Yoon said']), UNDATED_WORDS),
      topics: inferred('Illegal funding is stated; "nuclear and missile development" is read as the nuclear and missile programs topic.'),
    },
    note: 'The occasion is not stated ("Yoon said").',
  },
  {
    id: 'yoon-on-the-k-silk-road',
    kind: 'statement',
    speaker: 'yoon-suk-yeol',
    mode: 'reported',
    text: 'he explained Seoul’s “K-Silk Road Cooperation Initiative” with Central Asia and the plan to hold a South Korea-Central Asia summit',
    occasion: null,
    date: DURING_THE_VISIT,
    subjects: ['k-silk-road-cooperation-initiative', 'south-korea-central-asia-summit-plan', 'central-asia'],
    topics: [],
    cameo: null,
    evidence: [
      'Yoon said he explained Seoul’s “K-Silk Road Cooperation Initiative” with Central Asia and the plan to hold a South Korea-Central Asia summit',
    ],
    provenance: words(derivedBy('reporting-verb', ['Yoon said he explained']), UNDATED_WORDS),
    note: 'The occasion is not stated.',
  },
  {
    id: 'tokayev-supports-the-initiatives',
    kind: 'statement',
    speaker: 'kassym-jomart-tokayev',
    mode: 'reported',
    text: 'Tokayev expressed his full support for these initiatives',
    occasion: null,
    date: DURING_THE_VISIT,
    subjects: ['k-silk-road-cooperation-initiative', 'south-korea-central-asia-summit-plan'],
    topics: [],
    cameo: cameo('051'),
    evidence: ['Tokayev expressed his full support for these initiatives'],
    provenance: {
      ...words(derivedBy('reporting-verb', ['Tokayev expressed']), UNDATED_WORDS),
      subjects: inferred(
        '"these initiatives": the K-Silk Road initiative and the summit plan Yoon explained in the same sentence.',
        'Yoon said he explained Seoul’s “K-Silk Road Cooperation Initiative” with Central Asia and the plan to hold a South Korea-Central Asia summit',
      ),
    },
    note: 'Reported in the same sentence as Yoon’s account; the text does not say whether it is Yoon’s report or the reporter’s.',
  },
  {
    id: 'tokayev-on-the-state-visit',
    kind: 'statement',
    speaker: 'kassym-jomart-tokayev',
    mode: 'reported',
    text: 'Yoon’s state visit to Kazakhstan demonstrates that the bilateral relations has advanced to a higher level and vowed to further develop ties in a wide range of fields',
    occasion: null,
    date: DURING_THE_VISIT,
    subjects: ['KR', 'KZ'],
    topics: ['bilateral-relations'],
    cameo: null,
    evidence: [
      'Tokayev said Yoon’s state visit to Kazakhstan demonstrates that the bilateral relations has advanced to a higher level and vowed to further develop ties in a wide range of fields',
    ],
    provenance: {
      ...words(derivedBy('reporting-verb', ['Tokayev said Yoon’s']), UNDATED_WORDS),
      subjects: inferred('"the bilateral relations" of Yoon’s visit to Kazakhstan: South Korea’s and Kazakhstan’s.', 'Yoon’s state visit to Kazakhstan'),
    },
    note: 'The occasion is not stated.',
  },
  {
    id: 'tokayev-on-korean-companies',
    kind: 'statement',
    speaker: 'kassym-jomart-tokayev',
    mode: 'direct',
    text: 'More than 700 Korean companies are successfully operating in Kazakhstan',
    occasion: 'tokayev-briefing',
    date: DURING_THE_VISIT,
    subjects: ['korean-companies', 'KZ'],
    topics: [],
    cameo: null,
    evidence: ['More than 700 Korean companies are successfully operating in Kazakhstan,” Tokayev said in the briefing'],
    provenance: words(derivedBy('quotation-marks', ['in Kazakhstan,” Tokayev said']), derivedBy('date-of-occasion', [TOKAYEV_SAID])),
    note: null,
  },
  {
    id: 'tokayev-on-cooperation-sectors',
    kind: 'statement',
    speaker: 'kassym-jomart-tokayev',
    mode: 'direct',
    text: TOKAYEV_INTEREST,
    occasion: 'tokayev-briefing',
    date: DURING_THE_VISIT,
    subjects: ['KR', 'KZ'],
    topics: TOKAYEV_SECTORS,
    cameo: null,
    evidence: [`“${TOKAYEV_INTEREST}”`],
    provenance: {
      speaker: inferred('The quotation follows "Tokayev said in the briefing" with no speaker of its own.', TOKAYEV_SAID),
      occasion: inferred('The quotation follows "Tokayev said in the briefing".', TOKAYEV_SAID),
      ...words(derivedBy('quotation-marks', [`“${TOKAYEV_INTEREST}”`]), derivedBy('date-of-occasion', [TOKAYEV_SAID])),
      subjects: inferred('"We" is Kazakhstan, speaking of cooperation with South Korea, the visiting side.', TOKAYEV_SAID),
    },
    note: 'The speaker is taken from the preceding sentence ("Tokayev said in the briefing").',
  },
];

export const figures: Draft<Figure<AnyIds>>[] = [
  {
    id: 'korean-companies-in-kazakhstan',
    kind: 'figure',
    label: 'Korean companies operating in Kazakhstan',
    type: 'count',
    value: 700,
    comparator: 'gt',
    unit: 'companies',
    items: [],
    about: ['korean-companies', 'KZ'],
    reportedBy: 'kassym-jomart-tokayev',
    evidence: ['More than 700 Korean companies are successfully operating in Kazakhstan'],
    provenance: {
      label: FIGURE_LABEL,
      type: KIND_OF_NUMBER('More than 700 Korean companies'),
      reportedBy: statedBy([TOKAYEV_SAID]),
    },
    note: 'Tokayev’s figure, and a lower bound: more than 700, not 700. The exact count is not given.',
  },
  {
    id: 'north-korea-nuclear-test-count',
    kind: 'figure',
    label: 'North Korea’s nuclear tests',
    type: 'count',
    value: 6,
    comparator: 'eq',
    unit: 'nuclear tests',
    items: [],
    about: ['KP', 'north-korea-nuclear-tests'],
    reportedBy: null,
    evidence: ['Pyongyang has staged six nuclear tests'],
    provenance: {
      label: FIGURE_LABEL,
      type: KIND_OF_NUMBER('staged six nuclear tests'),
      comparator: EXACT('Pyongyang has staged six nuclear tests'),
    },
    note: null,
  },
  {
    id: 'kazakhstan-former-arsenal-rank',
    kind: 'figure',
    label: 'World rank of the nuclear arsenal Kazakhstan dismantled',
    type: 'rank',
    value: 4,
    comparator: 'eq',
    unit: 'rank by size among the world’s nuclear arsenals',
    items: [],
    about: ['KZ', 'kazakhstan-nuclear-arsenal-dismantlement'],
    reportedBy: null,
    evidence: ['the world’s fourth-largest nuclear arsenal'],
    provenance: {
      label: FIGURE_LABEL,
      type: KIND_OF_NUMBER('the world’s fourth-largest nuclear arsenal'),
      comparator: EXACT('the world’s fourth-largest nuclear arsenal'),
      unit: inferred('"fourth-largest": a rank by size among the world’s nuclear arsenals.'),
      about: statedBy([
        'Kazakhstan is considered a global model for denuclearization for closing the former Soviet Union’s nuclear testing site in its territory and dismantling the world’s fourth-largest nuclear arsenal',
      ]),
    },
    note: 'The text gives the rank only, not the number of weapons.',
  },
  {
    id: 'tokayev-cooperation-sectors',
    kind: 'figure',
    label: 'Sectors in which Tokayev wants more cooperation',
    type: 'list',
    value: TOKAYEV_SECTORS.length,
    comparator: 'eq',
    unit: null,
    items: TOKAYEV_SECTORS,
    about: ['tokayev-on-cooperation-sectors'],
    reportedBy: 'kassym-jomart-tokayev',
    evidence: ['cooperation in infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics'],
    provenance: {
      label: FIGURE_LABEL,
      type: KIND_OF_NUMBER('infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics'),
      value: derivedBy('list-length', ['infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics']),
      comparator: EXACT('infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics'),
      about: inferred('The list is the one in Tokayev’s quoted words.'),
      reportedBy: inferred('The quotation follows "Tokayev said in the briefing" with no speaker of its own.', TOKAYEV_SAID),
    },
    note: null,
  },
  {
    id: 'new-cooperation-areas',
    kind: 'figure',
    label: 'New areas the two countries agreed to work together in',
    type: 'list',
    value: NEW_AREAS.length,
    comparator: 'gte',
    unit: null,
    items: NEW_AREAS,
    about: ['kr-kz-new-areas-cooperation'],
    reportedBy: null,
    evidence: ['new areas, including climate change, technology, education, tourism and people-to-people exchanges'],
    provenance: {
      label: FIGURE_LABEL,
      type: KIND_OF_NUMBER('climate change, technology, education, tourism and people-to-people exchanges'),
      value: derivedBy('list-length', ['climate change, technology, education, tourism and people-to-people exchanges']),
      items: statedBy([], { comparator: 'gte', note: '"including": the areas named may not be all of them.' }),
      about: inferred('The areas of the agreement to "work together in new areas".', 'the two countries agreed to work together in new areas'),
    },
    note: '"including": the list may not be complete, so its size is at least 5.',
  },
  {
    id: 'energy-deal-areas',
    kind: 'figure',
    label: 'Areas of the energy cooperation deals',
    type: 'list',
    value: ENERGY_AREAS.length,
    comparator: 'eq',
    unit: null,
    items: ENERGY_AREAS,
    about: ['kr-kz-energy-cooperation-deals'],
    reportedBy: null,
    evidence: ['cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants'],
    provenance: {
      label: FIGURE_LABEL,
      type: KIND_OF_NUMBER('low-emission power generation, renewable energy and the modernization of old power plants'),
      value: derivedBy('list-length', ['low-emission power generation, renewable energy and the modernization of old power plants']),
      comparator: EXACT('cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants'),
    },
    note: null,
  },
];

export const initiatives: Draft<Initiative<AnyIds>>[] = [
  {
    id: 'k-silk-road-cooperation-initiative',
    kind: 'initiative',
    name: 'K-Silk Road Cooperation Initiative',
    type: 'strategy',
    owner: 'KR',
    region: 'central-asia',
    aim: 'linking South Korea’s innovative capabilities with Central Asia’s resources and development potential',
    supporters: ['kassym-jomart-tokayev'],
    announcedAt: 'k-silk-road-announcement',
    events: [],
    evidence: [
      'Seoul’s “K-Silk Road Cooperation” initiative centered on linking South Korea’s innovative capabilities with Central Asia’s resources and development potential',
      'The regional strategy was announced ahead of Yoon’s Central Asia trip',
      'Tokayev expressed his full support for these initiatives',
    ],
    provenance: {
      type: inferred('"The regional strategy" of the next sentence is read as this initiative.', 'The regional strategy was announced'),
    },
    note: 'The text writes both “K-Silk Road Cooperation” initiative and “K-Silk Road Cooperation Initiative”.',
  },
  {
    id: 'south-korea-central-asia-summit-plan',
    kind: 'initiative',
    name: 'Plan to hold a South Korea–Central Asia summit',
    type: 'plan',
    owner: 'KR',
    region: 'central-asia',
    aim: null,
    supporters: ['kassym-jomart-tokayev'],
    announcedAt: null,
    events: ['south-korea-central-asia-summit'],
    evidence: ['the plan to hold a South Korea-Central Asia summit', 'Tokayev expressed his full support for these initiatives'],
    provenance: {
      owner: inferred('Whose plan is read from "Seoul’s" initiative in the same sentence.', 'Yoon said he explained Seoul’s'),
    },
    note: 'Whose plan is read from "Seoul’s" initiative in the same sentence; no date is given.',
  },
];
