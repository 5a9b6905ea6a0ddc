/** The initiatives and plans the article names. */
import type { AnyIds, Initiative } from '../../src/types.js';
import { inferred, type Draft } from '../authoring.js';

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
