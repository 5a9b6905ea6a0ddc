/**
 * The embedded dataset, built from the source article, and its catalog.
 *
 * @module
 */
import { makeCatalog, type Catalog } from './catalog.js';
import { deepFreeze } from './freeze.js';
import { agreements } from './generated/agreements.js';
import { countries } from './generated/countries.js';
import { events } from './generated/events.js';
import { figures } from './generated/figures.js';
import { initiatives } from './generated/initiatives.js';
import { minerals } from './generated/minerals.js';
import { organizations } from './generated/organizations.js';
import { people } from './generated/people.js';
import { places } from './generated/places.js';
import { regions } from './generated/regions.js';
import { resources } from './generated/resources.js';
import { sources } from './generated/sources.js';
import { statements } from './generated/statements.js';
import { topics } from './generated/topics.js';
import type { Dataset } from './types.js';

/**
 * The whole embedded dataset: one deep-frozen map per record kind, keyed by id.
 *
 * @example
 * ```ts
 * import { dataset } from 'critical-minerals';
 * console.log(Object.keys(dataset.agreements).length); // 7
 * ```
 */
export const dataset: Dataset = /* @__PURE__ */ deepFreeze({
  sources,
  countries,
  regions,
  places,
  people,
  organizations,
  minerals,
  topics,
  resources,
  agreements,
  events,
  statements,
  figures,
  initiatives,
});

/**
 * The embedded dataset's catalog: every query, as methods. The helpers the core entry exports
 * (`mineralsOf`, `agreementsBetween`, …) call these; use the catalog itself to pass the queries around.
 *
 * @example
 * ```ts
 * import { catalog } from 'critical-minerals';
 * const { agreementsOf } = catalog;
 * console.log(agreementsOf('KP').length); // 0
 * ```
 */
export const catalog: Catalog = /* @__PURE__ */ makeCatalog(dataset);
