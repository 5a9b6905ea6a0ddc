/** Topics: the fields of cooperation or discussion the article names. */
import type { AnyIds, Topic } from '../../src/types.js';
import type { Draft } from '../authoring.js';

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
