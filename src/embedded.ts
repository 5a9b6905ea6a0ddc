/**
 * The embedded dataset, built from the source article, and its catalog.
 *
 * @module
 */
import { makeCatalog, type Catalog } from './catalog.js';
import { deepFreeze } from './freeze.js';
import { records } from './generated/dataset.js';
import { tombstones } from './generated/tombstones.js';
import type { Dataset } from './types.js';

/**
 * The whole embedded dataset: one deep-frozen map per record kind, keyed by id.
 *
 * @example
 * ```ts
 * import { dataset } from 'critical-minerals';
 * console.log(Object.keys(dataset.agreements).length); // 7
 * ```
 *
 * @group Data
 */
export const dataset: Dataset = /* @__PURE__ */ deepFreeze(records);

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
 *
 * @group Data
 */
export const catalog: Catalog = /* @__PURE__ */ makeCatalog(dataset, tombstones);
