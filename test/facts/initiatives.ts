/** South Korea's initiatives for Central Asia. */
import type { Dataset } from '../../src/types.js';
import { fact, type Expect } from './check.js';

function initiative(data: Dataset, id: string, expect: Expect, expected: Record<string, unknown>) {
  const i = data.initiatives[id as keyof Dataset['initiatives']];
  const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, (i as unknown as Record<string, unknown> | undefined)?.[k]]));
  expect.equal(id, actual, expected);
}

export const initiativeFacts = [
  fact('initiatives', 'the article names two initiatives: the K-Silk Road initiative and the summit plan', (data, expect) => {
    expect.sameItems('initiatives', Object.keys(data.initiatives), ['k-silk-road-cooperation-initiative', 'south-korea-central-asia-summit-plan']);
  }),
  fact('initiatives', 'the K-Silk Road Cooperation Initiative is Seoul’s strategy for Central Asia, announced before the trip, backed by Tokayev', (data, expect) => {
    initiative(data, 'k-silk-road-cooperation-initiative', expect, {
      name: 'K-Silk Road Cooperation Initiative', type: 'strategy', owner: 'KR', region: 'central-asia',
      aim: 'linking South Korea’s innovative capabilities with Central Asia’s resources and development potential',
      supporters: ['kassym-jomart-tokayev'], announcedAt: 'k-silk-road-announcement', events: [],
    });
    expect.basis(data.initiatives['k-silk-road-cooperation-initiative'], 'type', 'inferred');
  }),
  fact('initiatives', 'the plan to hold a South Korea–Central Asia summit is South Korea’s (read from "Seoul’s"), backed by Tokayev, for the planned summit', (data, expect) => {
    initiative(data, 'south-korea-central-asia-summit-plan', expect, {
      name: 'Plan to hold a South Korea–Central Asia summit', type: 'plan', owner: 'KR', region: 'central-asia', aim: null,
      supporters: ['kassym-jomart-tokayev'], announcedAt: null, events: ['south-korea-central-asia-summit'],
    });
    expect.basis(data.initiatives['south-korea-central-asia-summit-plan'], 'owner', 'inferred');
  }),
];
