/**
 * Cities and other places the article names.
 * Countries and Wikidata ids come from `shared/reference/identifiers.md`; everything else from the text.
 */
import type { AnyIds, Place } from '../../src/types.js';
import { inferred, type Draft } from '../authoring.js';

export const places: Draft<Place<AnyIds>>[] = [
  {
    id: 'astana',
    kind: 'place',
    name: 'Astana',
    country: 'KZ',
    capitalOf: 'KZ',
    standsFor: null,
    wikidata: 'Q1520',
    evidence: ['the Kazakh capital of Astana'],
    note: null,
  },
  {
    id: 'seoul',
    kind: 'place',
    name: 'Seoul',
    country: 'KR',
    capitalOf: null,
    standsFor: 'KR',
    wikidata: 'Q8684',
    evidence: [
      { quote: 'Seoul’s “K-Silk Road Cooperation” initiative' },
      { quote: 'Seoul’s “K-Silk Road Cooperation Initiative”' },
    ],
    provenance: {
      standsFor: inferred(
        '"Seoul’s" initiative, in an article about South Korea’s president: the capital’s name used for the South Korean government.',
        'Seoul’s “K-Silk Road Cooperation” initiative centered on linking South Korea’s innovative capabilities',
      ),
    },
    note: 'Used in the text for the South Korean government.',
  },
  {
    id: 'pyongyang',
    kind: 'place',
    name: 'Pyongyang',
    country: 'KP',
    capitalOf: null,
    standsFor: 'KP',
    wikidata: 'Q18808',
    evidence: ['Pyongyang has staged six nuclear tests'],
    provenance: {
      standsFor: inferred(
        'The subject of "has staged six nuclear tests", followed by "the North": the capital’s name used for the North Korean government.',
        'Pyongyang has staged six nuclear tests',
      ),
    },
    note: 'Used in the text for the North Korean government.',
  },
  {
    id: 'hanoi',
    kind: 'place',
    name: 'Hanoi',
    country: 'VN',
    capitalOf: null,
    standsFor: null,
    wikidata: 'Q1858',
    evidence: ['the 2019 Hanoi summit'],
    note: null,
  },
];
