/** Kazakhstan's stated reserves and production. */
import type { AnyIds, Resource } from '../../src/types.js';
import type { Draft } from '../authoring.js';
import { KZ_PRODUCTION, KZ_RESERVES } from '../article.js';

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
