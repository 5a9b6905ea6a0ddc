/** The numbers the article gives, with what kind of number each is. */
import type { Dataset } from '../../src/types.js';
import { fact, type Expect } from './check.js';

function figure(data: Dataset, id: string, expect: Expect, expected: Record<string, unknown>) {
  const f = data.figures[id as keyof Dataset['figures']];
  const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, (f as unknown as Record<string, unknown> | undefined)?.[k]]));
  expect.equal(id, actual, expected);
}

export const figureFacts = [
  fact('figures', 'the article gives six figures', (data, expect) => {
    expect.sameItems('figures', Object.keys(data.figures), [
      'korean-companies-in-kazakhstan', 'north-korea-nuclear-test-count', 'kazakhstan-former-arsenal-rank', 'tokayev-cooperation-sectors',
      'new-cooperation-areas', 'energy-deal-areas',
    ]);
  }),
  fact('figures', 'more than 700 Korean companies operate in Kazakhstan, by Tokayev’s count: a lower bound, not 700', (data, expect) => {
    figure(data, 'korean-companies-in-kazakhstan', expect, {
      label: 'Korean companies operating in Kazakhstan', type: 'count', value: 700, comparator: 'gt', unit: 'companies', items: [],
      about: ['korean-companies', 'KZ'], reportedBy: 'kassym-jomart-tokayev',
    });
    expect.basis(data.figures['korean-companies-in-kazakhstan'], 'comparator', 'stated');
  }),
  fact('figures', 'North Korea has staged exactly six nuclear tests', (data, expect) => {
    figure(data, 'north-korea-nuclear-test-count', expect, {
      label: 'North Korea’s nuclear tests', type: 'count', value: 6, comparator: 'eq', unit: 'nuclear tests', items: [],
      about: ['KP', 'north-korea-nuclear-tests'], reportedBy: null,
    });
    expect.basis(data.figures['north-korea-nuclear-test-count'], 'comparator', 'derived', 'exact-unless-qualified');
  }),
  fact('figures', 'the arsenal Kazakhstan dismantled was the world’s fourth-largest: a rank, not a count of weapons', (data, expect) => {
    figure(data, 'kazakhstan-former-arsenal-rank', expect, {
      label: 'World rank of the nuclear arsenal Kazakhstan dismantled', type: 'rank', value: 4, comparator: 'eq',
      unit: 'rank by size among the world’s nuclear arsenals', items: [], about: ['KZ', 'kazakhstan-nuclear-arsenal-dismantlement'], reportedBy: null,
    });
  }),
  fact('figures', 'Tokayev lists exactly nine sectors for more cooperation, from infrastructure to electronics', (data, expect) => {
    figure(data, 'tokayev-cooperation-sectors', expect, {
      label: 'Sectors in which Tokayev wants more cooperation', type: 'list', value: 9, comparator: 'eq', unit: null,
      items: ['infrastructure', 'industry', 'finance', 'energy', 'environment', 'automotive', 'aerospace', 'ai', 'electronics'],
      about: ['tokayev-on-cooperation-sectors'], reportedBy: 'kassym-jomart-tokayev',
    });
    expect.basis(data.figures['tokayev-cooperation-sectors'], 'value', 'derived', 'list-length');
  }),
  fact('figures', 'the new areas of cooperation are at least five ("including"): climate change, technology, education, tourism, exchanges', (data, expect) => {
    figure(data, 'new-cooperation-areas', expect, {
      label: 'New areas the two countries agreed to work together in', type: 'list', value: 5, comparator: 'gte', unit: null,
      items: ['climate-change', 'technology', 'education', 'tourism', 'people-to-people-exchanges'],
      about: ['kr-kz-new-areas-cooperation'], reportedBy: null,
    });
    expect.basis(data.figures['new-cooperation-areas'], 'comparator', 'stated');
  }),
  fact('figures', 'the energy deals cover exactly three areas: low-emission power generation, renewable energy, old power plants', (data, expect) => {
    figure(data, 'energy-deal-areas', expect, {
      label: 'Areas of the energy cooperation deals', type: 'list', value: 3, comparator: 'eq', unit: null,
      items: ['low-emission-power-generation', 'renewable-energy', 'power-plant-modernization'],
      about: ['kr-kz-energy-cooperation-deals'], reportedBy: null,
    });
  }),
  fact('figures', 'every type of number is derived from how the text gives it', (data, expect) => {
    for (const f of Object.values(data.figures)) expect.basis(f, 'type', 'derived', 'kind-of-number');
  }),
];
