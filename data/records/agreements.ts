/** The agreements reached at the Astana summit. */
import type { Agreement, AnyIds } from '../../src/types.js';
import { cameo, derivedBy, inferred, plover, resolvedBy, statedBy, type Draft, type ProvenanceSpec } from '../authoring.js';
import { HEADLINE, SUMMIT_DAY, SUMMIT_DAY_CLAIMS, SUMMIT_DAY_RESOLUTION } from '../article.js';

const LEADERS = ['yoon-suk-yeol', 'kassym-jomart-tokayev'];
const COUNTRIES = ['KR', 'KZ'];
const AIMS =
  'The agreements are aimed at developing a partnership covering the entire cycle of exploration, mining and refining of key minerals, including lithium, and giving Korean companies priority in developing economically viable minerals';
const atAstanaSummit = { place: 'astana', event: 'astana-summit' } as const;

/** The sentence that puts the first agreement at the summit, in Astana. */
const AT_SUMMIT_TALKS = 'The agreement came at summit talks held in the Kazakh capital of Astana';
const IN_THE_SUMMIT_ACCOUNT =
  'Reported in the account of the Astana summit, with no date, place or occasion of its own: read as reached at the summit.';

/** Date, place and occasion of an agreement the text reports in its account of the summit, without its own. */
function atTheSummit(...quotes: string[]): Record<string, ProvenanceSpec> {
  return {
    date: inferred(`${IN_THE_SUMMIT_ACCOUNT} The summit’s day in Astana is 2024-06-12 (see the summit’s claims: the seed’s "Tuesday" is the US day).`, 'agreed Tuesday', ...quotes),
    place: inferred(IN_THE_SUMMIT_ACCOUNT, AT_SUMMIT_TALKS, ...quotes),
    event: inferred(IN_THE_SUMMIT_ACCOUNT, AT_SUMMIT_TALKS, ...quotes),
  };
}

/** Parties given as "the two countries" (or "sides", "leaders"): the headline's pair. */
function theTwoCountries(quote: string): ProvenanceSpec {
  return derivedBy('the-two-countries', [quote, HEADLINE]);
}

export const agreements: Draft<Agreement<AnyIds>>[] = [
  {
    id: 'kr-kz-critical-minerals-supply-chain-mou',
    kind: 'agreement',
    name: 'MOU on critical minerals supply chain partnership',
    type: 'mou',
    count: { value: 1, comparator: 'eq' },
    parties: COUNTRIES,
    signedBy: COUNTRIES,
    agreedBy: LEADERS,
    reportedBy: null,
    subjects: ['korean-companies'],
    topics: ['critical-minerals-supply-chain'],
    stages: ['exploration', 'development', 'mining', 'refining', 'commercialization', 'final-use'],
    minerals: ['critical-minerals'],
    date: SUMMIT_DAY,
    ...atAstanaSummit,
    cameo: cameo('057'),
    plover: plover('SUPPORT'),
    evidence: [
      HEADLINE,
      'President Yoon Suk Yeol and Kazakh President Kassym-Jomart Tokayev agreed Tuesday to collaborate on the supply chain for critical minerals, from exploration and development to commercialization',
      'The agreement came at summit talks held in the Kazakh capital of Astana',
      'During the talks, the two sides signed a memorandum of understanding (MOU) on critical minerals supply chain partnership to pave the way for comprehensive cooperation ranging from joint exploration to the final use of critical minerals',
      AIMS,
    ],
    provenance: {
      signedBy: theTwoCountries('the two sides signed a memorandum of understanding'),
      date: resolvedBy('local-date-of-event', `Agreed and signed at the summit. ${SUMMIT_DAY_RESOLUTION}`, SUMMIT_DAY_CLAIMS),
      stages: statedBy([], { note: 'mining and refining come from the sentence on "the agreements" as a whole.' }),
      subjects: inferred(
        'The sentence on "the agreements" as a whole gives Korean companies priority; read as covering this MOU.',
        AIMS,
      ),
    },
    note: 'The leaders "agreed"; "the two sides signed": no signer is named.',
  },
  {
    id: 'kr-kz-lithium-mou',
    kind: 'agreement',
    name: 'MOU on joint lithium mine exploration and development',
    type: 'mou',
    count: null,
    parties: COUNTRIES,
    signedBy: null,
    agreedBy: null,
    reportedBy: null,
    subjects: ['korean-companies'],
    topics: ['critical-minerals-supply-chain'],
    stages: ['exploration', 'development', 'mining', 'refining'],
    minerals: ['lithium'],
    date: SUMMIT_DAY,
    ...atAstanaSummit,
    cameo: cameo('057'),
    plover: plover('SUPPORT'),
    evidence: ['Other MOUs call for joint lithium mine exploration and development', AIMS],
    provenance: {
      name: inferred('A label made from what the text says the MOU calls for; the text gives it no name.'),
      parties: inferred('One of the "Other MOUs" of the Korea–Kazakhstan summit; the sentence names no parties.', HEADLINE),
      topics: inferred('Lithium mining and refining are part of the critical-minerals supply chain the summit agreed on.', 'collaborate on the supply chain for critical minerals'),
      subjects: inferred('The sentence on "the agreements" as a whole gives Korean companies priority; read as covering this MOU.', AIMS),
      ...atTheSummit('Other MOUs call for joint lithium mine exploration and development'),
    },
    note: '"Other MOUs" gives no count and no signatories.',
  },
  {
    id: 'kr-kz-rare-metals-technology-mou',
    kind: 'agreement',
    name: 'MOU on technology cooperation for rare metals commercialization',
    type: 'mou',
    count: null,
    parties: COUNTRIES,
    signedBy: null,
    agreedBy: null,
    reportedBy: null,
    subjects: ['public-sector', 'private-sector', 'korean-companies'],
    topics: ['technology', 'critical-minerals-supply-chain'],
    stages: ['exploration', 'mining', 'refining', 'commercialization'],
    minerals: ['rare-metals'],
    date: SUMMIT_DAY,
    ...atAstanaSummit,
    cameo: cameo('057'),
    plover: plover('SUPPORT'),
    evidence: [
      'Other MOUs call for joint lithium mine exploration and development, and technology cooperation for rare metals commercialization between the public and private sectors',
      AIMS,
    ],
    provenance: {
      name: inferred('A label made from what the text says the MOU calls for; the text gives it no name.'),
      parties: inferred('One of the "Other MOUs" of the Korea–Kazakhstan summit; the sentence names no parties.', HEADLINE),
      topics: inferred(
        '"technology" is stated; rare-metals mining and refining are read as part of the critical-minerals supply chain the summit agreed on.',
        'collaborate on the supply chain for critical minerals',
      ),
      subjects: inferred(
        'The public and private sectors are stated; Korean companies come from the sentence on "the agreements" as a whole.',
        AIMS,
      ),
      ...atTheSummit('Other MOUs call for joint lithium mine exploration and development'),
    },
    note: 'One of the "Other MOUs": no count and no signatories given. The public and private sectors are whom the cooperation is between, not named signatories.',
  },
  {
    id: 'kr-kz-energy-cooperation-deals',
    kind: 'agreement',
    name: 'cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants',
    type: 'deal',
    count: { value: 2, comparator: 'gte' },
    parties: COUNTRIES,
    signedBy: null,
    agreedBy: LEADERS,
    reportedBy: null,
    subjects: [],
    topics: ['energy', 'low-emission-power-generation', 'renewable-energy', 'power-plant-modernization'],
    stages: [],
    minerals: [],
    date: SUMMIT_DAY,
    ...atAstanaSummit,
    cameo: cameo('057'),
    plover: plover('SUPPORT'),
    evidence: [
      'The two leaders also agreed to cooperate in the energy sector by signing cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants',
    ],
    provenance: {
      count: derivedBy('plural-at-least-two', ['by signing cooperation deals']),
      parties: theTwoCountries('The two leaders also agreed'),
      agreedBy: theTwoCountries('The two leaders also agreed'),
      ...atTheSummit(),
    },
    note: '"cooperation deals" gives no count: at least two. Who signed them is not said.',
  },
  {
    id: 'kr-kz-financing-mou',
    kind: 'agreement',
    name: 'MOU on financial support cooperation and policy financing',
    type: 'mou',
    count: { value: 1, comparator: 'eq' },
    parties: COUNTRIES,
    signedBy: ['kr-financial-institutions', 'kz-financial-institutions'],
    agreedBy: null,
    reportedBy: null,
    subjects: ['korean-companies'],
    topics: ['financial-support', 'policy-financing', 'infrastructure'],
    stages: [],
    minerals: [],
    date: SUMMIT_DAY,
    ...atAstanaSummit,
    cameo: cameo('057'),
    plover: plover('SUPPORT'),
    evidence: [
      'To support Korean companies’ participation in major infrastructure projects, financial institutions of the two countries signed an MOU on financial support cooperation and policy financing',
    ],
    provenance: {
      parties: theTwoCountries('financial institutions of the two countries signed'),
      signedBy: theTwoCountries('financial institutions of the two countries signed'),
      ...atTheSummit(),
    },
    note: 'Signed by unnamed financial institutions of the two countries.',
  },
  {
    id: 'kr-kz-new-areas-cooperation',
    kind: 'agreement',
    name: 'Agreement to work together in new areas',
    type: 'agreement-in-principle',
    count: null,
    parties: COUNTRIES,
    signedBy: null,
    agreedBy: COUNTRIES,
    reportedBy: null,
    subjects: [],
    topics: ['climate-change', 'technology', 'education', 'tourism', 'people-to-people-exchanges'],
    stages: [],
    minerals: [],
    date: SUMMIT_DAY,
    ...atAstanaSummit,
    cameo: cameo('030'),
    plover: plover('AGREE'),
    evidence: [
      'Additionally, the two countries agreed to work together in new areas, including climate change, technology, education, tourism and people-to-people exchanges',
    ],
    provenance: {
      name: inferred('A label in the text’s words ("agreed to work together in new areas").'),
      parties: theTwoCountries('the two countries agreed to work together'),
      agreedBy: theTwoCountries('the two countries agreed to work together'),
      topics: statedBy([], { comparator: 'gte', note: '"including": the areas named may not be all of them.' }),
      ...atTheSummit(),
    },
    note: 'Nothing is said to have been signed.',
  },
  {
    id: 'kr-kz-north-korea-condemnation',
    kind: 'agreement',
    name: 'Agreement to keep condemning North Korea’s illegal nuclear and missile development and block its illegal funding',
    type: 'agreement-in-principle',
    count: null,
    parties: COUNTRIES,
    signedBy: null,
    agreedBy: COUNTRIES,
    reportedBy: 'yoon-suk-yeol',
    subjects: ['KP'],
    topics: ['nuclear-and-missile-programs', 'illegal-funding', 'korean-peninsula-security'],
    stages: [],
    minerals: [],
    date: SUMMIT_DAY,
    ...atAstanaSummit,
    cameo: cameo('030'),
    plover: plover('AGREE'),
    evidence: [
      'The two countries agreed to continue to join international efforts to condemn North Korea’s illegal nuclear and missile development, and to block its illegal funding,” Yoon said',
    ],
    provenance: {
      name: inferred('A label in the text’s words, shortened.'),
      parties: theTwoCountries('The two countries agreed to continue'),
      agreedBy: theTwoCountries('The two countries agreed to continue'),
      topics: inferred(
        'Nuclear and missile development and illegal funding are stated; the Korean Peninsula’s security is the summit topic the sentence follows.',
        'The summit also covered the security situation on the Korean Peninsula',
      ),
      ...atTheSummit('The summit also covered the security situation on the Korean Peninsula'),
    },
    note: 'Known only from Yoon’s words; nothing is said to have been signed. North Korea is the subject, not a party.',
  },
];
