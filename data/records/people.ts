/**
 * People the article names, with their offices as of the source date.
 * Wikidata ids come from `shared/reference/identifiers.md`; everything else from the text.
 */
import type { AnyIds, Person } from '../../src/types.js';
import { AS_OF_PUBLICATION, inferred, type Draft } from '../authoring.js';
import { HEADLINE } from '../article.js';

export const people: Draft<Person<AnyIds>>[] = [
  {
    id: 'yoon-suk-yeol',
    kind: 'person',
    name: 'Yoon Suk Yeol',
    familyName: 'Yoon',
    office: { title: 'President', country: 'KR', asOf: '2024-06-12' },
    wikidata: null,
    evidence: ['President Yoon Suk Yeol', 'Yoon’s state visit to Kazakhstan'],
    provenance: {
      'office.country': inferred(
        'The text calls him "President" without a country; that he is South Korea’s follows from the headline and his state visit to Kazakhstan.',
        HEADLINE,
      ),
      'office.asOf': AS_OF_PUBLICATION,
    },
    note: 'The text calls him "President"; that he is South Korea’s follows from the headline and his state visit to Kazakhstan. Wikidata id left out: not in the checked reference list.',
  },
  {
    id: 'kassym-jomart-tokayev',
    kind: 'person',
    name: 'Kassym-Jomart Tokayev',
    familyName: 'Tokayev',
    office: { title: 'President', country: 'KZ', asOf: '2024-06-12' },
    wikidata: null,
    evidence: ['Kazakh President Kassym-Jomart Tokayev'],
    provenance: { 'office.asOf': AS_OF_PUBLICATION },
    note: 'Wikidata id left out: not in the checked reference list.',
  },
];
