/**
 * Regions the article names: UN M49 areas, and regions without a standard code.
 * Codes and Wikidata ids come from `shared/reference/identifiers.md`; everything else from the text.
 */
import type { AnyIds, Region } from '../../src/types.js';
import type { Draft } from '../authoring.js';

export const regions: Draft<Region<AnyIds>>[] = [
  {
    id: 'central-asia',
    kind: 'region',
    name: 'Central Asia',
    m49: '143',
    m49Members: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    wikidata: null,
    evidence: ['Central Asia’s resources and development potential', 'Yoon’s Central Asia trip'],
    note: 'Members are the UN M49 list, not the text: Kyrgyzstan and Tajikistan are not named in the article.',
  },
  {
    id: 'korean-peninsula',
    kind: 'region',
    name: 'Korean Peninsula',
    m49: null,
    m49Members: [],
    wikidata: null,
    evidence: ['the security situation on the Korean Peninsula'],
    note: 'No UN M49 code; the text does not list what it includes beyond North Korea’s programs.',
  },
];
