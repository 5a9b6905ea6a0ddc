/** Minerals, energy commodities, topics of cooperation, and Kazakhstan's stated reserves and production. */
import type { AnyIds, Mineral, Resource, Topic } from '../../src/types.js';
import { inferred, type Draft } from '../authoring.js';

const RARE_EARTHS = ['Sc', 'Y', 'La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu'];
const KZ_RESERVES = 'Kazakhstan, a major oil and natural gas producer, holds a large reserve of uranium, chromium, titanium and rare earth metals';
const KZ_PRODUCTION = 'Kazakhstan, a major oil and natural gas producer';
const ENERGY = inferred('An energy commodity, not a mineral element: the text names it beside natural gas and oil as what Kazakhstan produces.');

export const minerals: Draft<Mineral<AnyIds>>[] = [
  {
    id: 'critical-minerals',
    kind: 'mineral',
    name: 'critical minerals',
    category: 'class',
    symbol: null,
    atomicNumber: null,
    elements: [],
    aliases: ['critical mineral', 'key minerals'],
    wikidata: null,
    evidence: ['the supply chain for critical minerals', 'key minerals, including lithium', 'the critical mineral supply chain'],
    provenance: {
      category: inferred('A class of minerals, not an element: the text names it as a group ("critical minerals").'),
      aliases: inferred(
        'Both are the text’s words; "key minerals" is read as the same class, since it names the goal of the critical-minerals agreements.',
        'key minerals, including lithium',
        'the critical mineral supply chain',
      ),
    },
    note: 'The text’s "key minerals" is read as the same class: it names the goal of the critical-minerals agreements.',
  },
  {
    id: 'lithium',
    kind: 'mineral',
    name: 'lithium',
    category: 'element',
    symbol: 'Li',
    atomicNumber: 3,
    elements: [],
    aliases: [],
    wikidata: 'Q568',
    evidence: ['joint lithium mine exploration and development', 'key minerals, including lithium'],
    note: null,
  },
  {
    id: 'uranium',
    kind: 'mineral',
    name: 'uranium',
    category: 'element',
    symbol: 'U',
    atomicNumber: 92,
    elements: [],
    aliases: [],
    wikidata: 'Q1098',
    evidence: [KZ_RESERVES],
    note: null,
  },
  {
    id: 'chromium',
    kind: 'mineral',
    name: 'chromium',
    category: 'element',
    symbol: 'Cr',
    atomicNumber: 24,
    elements: [],
    aliases: [],
    wikidata: 'Q725',
    evidence: [KZ_RESERVES],
    note: null,
  },
  {
    id: 'titanium',
    kind: 'mineral',
    name: 'titanium',
    category: 'element',
    symbol: 'Ti',
    atomicNumber: 22,
    elements: [],
    aliases: [],
    wikidata: 'Q716',
    evidence: [KZ_RESERVES],
    note: null,
  },
  {
    id: 'rare-earth-metals',
    kind: 'mineral',
    name: 'rare-earth metals',
    category: 'element-group',
    symbol: null,
    atomicNumber: null,
    elements: RARE_EARTHS,
    aliases: [],
    wikidata: null,
    evidence: [KZ_RESERVES],
    note: 'The 17 rare-earth elements: scandium, yttrium and the lanthanides (La–Lu).',
  },
  {
    id: 'rare-metals',
    kind: 'mineral',
    name: 'rare metals',
    category: 'class',
    symbol: null,
    atomicNumber: null,
    elements: [],
    aliases: [],
    wikidata: null,
    evidence: ['technology cooperation for rare metals commercialization'],
    provenance: { category: inferred('A class of metals the text does not list: not one element, and no element group is given.') },
    note: 'The text does not say which metals; no element list is given on purpose.',
  },
  {
    id: 'oil',
    kind: 'mineral',
    name: 'oil',
    category: 'energy-commodity',
    symbol: null,
    atomicNumber: null,
    elements: [],
    aliases: [],
    wikidata: null,
    evidence: [KZ_PRODUCTION],
    provenance: { category: ENERGY },
    note: null,
  },
  {
    id: 'natural-gas',
    kind: 'mineral',
    name: 'natural gas',
    category: 'energy-commodity',
    symbol: null,
    atomicNumber: null,
    elements: [],
    aliases: [],
    wikidata: null,
    evidence: [KZ_PRODUCTION],
    provenance: { category: ENERGY },
    note: null,
  },
];

const TOKAYEV_SECTORS = 'cooperation in infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics';
const NEW_AREAS = 'new areas, including climate change, technology, education, tourism and people-to-people exchanges';

function topic(id: string, name: string, evidence: string[], note: string | null = null): Draft<Topic<AnyIds>> {
  return { id, kind: 'topic', name, evidence, note };
}

export const topics: Draft<Topic<AnyIds>>[] = [
  topic('critical-minerals-supply-chain', 'critical-minerals supply chain', [
    'collaborate on the supply chain for critical minerals',
    'critical minerals supply chain partnership',
  ]),
  topic('strategic-partnership', 'strategic partnership', ['strengthen the strategic partnership in a wide field of areas']),
  topic('bilateral-relations', 'bilateral relations', [
    'the bilateral relations has advanced to a higher level',
    'further develop ties in a wide range of fields',
  ]),
  topic('energy', 'energy', ['cooperate in the energy sector', TOKAYEV_SECTORS]),
  topic('low-emission-power-generation', 'low-emission power generation', ['low-emission power generation']),
  topic('renewable-energy', 'renewable energy', ['renewable energy']),
  topic('power-plant-modernization', 'modernization of old power plants', ['the modernization of old power plants']),
  topic('financial-support', 'financial support', ['an MOU on financial support cooperation']),
  topic('policy-financing', 'policy financing', ['policy financing']),
  topic('infrastructure', 'infrastructure', ['major infrastructure projects', TOKAYEV_SECTORS]),
  topic('climate-change', 'climate change', [NEW_AREAS]),
  topic('technology', 'technology', [NEW_AREAS, 'technology cooperation for rare metals commercialization']),
  topic('education', 'education', [NEW_AREAS]),
  topic('tourism', 'tourism', [NEW_AREAS]),
  topic('people-to-people-exchanges', 'people-to-people exchanges', [NEW_AREAS]),
  topic('industry', 'industry', [TOKAYEV_SECTORS]),
  topic('finance', 'finance', [TOKAYEV_SECTORS]),
  topic('environment', 'environment', [TOKAYEV_SECTORS]),
  topic('automotive', 'automotive', [TOKAYEV_SECTORS]),
  topic('aerospace', 'aerospace', [TOKAYEV_SECTORS]),
  topic('ai', 'AI', [TOKAYEV_SECTORS], 'Artificial intelligence; the text writes "AI".'),
  topic('electronics', 'electronics', [TOKAYEV_SECTORS]),
  topic('korean-peninsula-security', 'security situation on the Korean Peninsula', ['the security situation on the Korean Peninsula']),
  topic('nuclear-and-missile-programs', 'nuclear and missile programs', [
    'North Korea’s nuclear and missile programs',
    'condemn North Korea’s illegal nuclear and missile development',
  ]),
  topic('illegal-funding', 'illegal funding', ['to block its illegal funding']),
  topic('denuclearization', 'denuclearization', ['a global model for denuclearization']),
];

function reserve(mineral: string): Draft<Resource<AnyIds>> {
  return {
    id: `kz-${mineral}-reserves`,
    kind: 'resource',
    country: 'KZ',
    mineral,
    relation: 'reserves',
    extent: 'large',
    evidence: [KZ_RESERVES],
    note: null,
  };
}

function production(mineral: string): Draft<Resource<AnyIds>> {
  return {
    id: `kz-${mineral}-production`,
    kind: 'resource',
    country: 'KZ',
    mineral,
    relation: 'production',
    extent: 'major',
    evidence: [KZ_PRODUCTION],
    note: null,
  };
}

export const resources: Draft<Resource<AnyIds>>[] = [
  production('oil'),
  production('natural-gas'),
  reserve('uranium'),
  reserve('chromium'),
  reserve('titanium'),
  reserve('rare-earth-metals'),
];
