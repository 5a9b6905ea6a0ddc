/** What the two presidents said, quoted or reported. */
import type { AnyIds, Statement } from '../../src/types.js';
import { PUBLISHED, cameo, date, derivedBy, inferred, type Draft, type ProvenanceSpec } from '../authoring.js';
import { TOKAYEV_SAID, TOKAYEV_SECTORS } from '../article.js';

/** Said during the state visit (which began on 2024-06-11), not after the seed's publication. */
const DURING_THE_VISIT = date('2024-06', { earliest: '2024-06-11', latest: PUBLISHED });
/** Said at the joint press conference, after the summit, on Wednesday 2024-06-12 in Astana. */
const AT_THE_PRESS_CONFERENCE = date('2024-06-12');
const UNDATED_WORDS = inferred(
  'Said during the state visit, which began on 2024-06-11 (Chosun Ilbo), and reported on 2024-06-12; the day and occasion are not stated.',
  'June 12, 2024',
);
/** How a statement's mode and date are known. */
function words(mode: ProvenanceSpec, date: ProvenanceSpec): Record<string, ProvenanceSpec> {
  return { mode, date };
}
const TOKAYEV_INTEREST =
  'We are interested in enhancing cooperation in infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics.';

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
