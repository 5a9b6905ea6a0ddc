/**
 * `critical-minerals/catalog`: make a catalog of your own sources and records, validated with the zod
 * schemas, optionally on top of the embedded one. Needs `zod` (an optional peer dependency).
 *
 * @groupDescription Your own data
 * Validate your own sources and records and query them like the embedded ones.
 *
 * @groupDescription Errors
 * What validation throws: one error listing every problem with its record id and field path.
 *
 * @groupDescription Queries
 * The catalog type the queries run on.
 *
 * @module critical-minerals/catalog
 */
import { makeCatalog, type Catalog } from './catalog.js';
import { InvalidArgumentError } from './errors.js';
import type { AnyIds, Dataset } from './types.js';
import { validateDataset } from './validate-dataset.js';

/**
 * What {@link createCatalog} takes.
 *
 * @group Your own data
 */
export interface CatalogInput {
  /**
   * Your records, of any kinds, sources (kind `source`, with their `text`) included. Each is checked
   * against its schema; every id must be unique, every reference must resolve, and every evidence quote
   * must stand at its offsets in its source.
   */
  readonly records: readonly unknown[];
  /** A catalog (or dataset) to extend: its records stay, and yours may refer to them. */
  readonly extends?: Catalog<AnyIds> | Catalog | Dataset<AnyIds> | undefined;
}

/**
 * A catalog of your own data, with every query the embedded one has. Validates everything first and
 * throws a {@link DatasetError} that lists every problem, each with the record id and field path.
 *
 * @example
 * ```ts
 * import { createCatalog } from 'critical-minerals/catalog';
 * import { catalog, sources } from 'critical-minerals';
 * const source = sources['2024-06-12-kr-kz-critical-minerals'];
 * const mine = createCatalog({
 *   extends: catalog,
 *   records: [{
 *     id: 'kz-lithium-interest', kind: 'resource', country: 'KZ', mineral: 'lithium',
 *     relation: 'reserves', extent: null, note: 'illustration only',
 *     evidence: [{ source: source.id, start: 1129, end: 1136, quote: 'lithium' }],
 *     // Where each value comes from: the quote says "lithium"; the rest is this example's reading.
 *     provenance: {
 *       mineral: { basis: 'stated', evidence: [0] },
 *       country: { basis: 'inferred', evidence: [], note: 'illustration only' },
 *       relation: { basis: 'inferred', evidence: [], note: 'illustration only' },
 *     },
 *   }],
 * });
 * console.log(mine.mineralsOf('KZ', { relation: 'reserves' }).length); // 5
 * ```
 *
 * @group Your own data
 */
export function createCatalog(input: CatalogInput): Catalog<AnyIds> {
  if (input === null || typeof input !== 'object' || !Array.isArray((input as { records?: unknown }).records)) {
    throw new InvalidArgumentError('createCatalog expects { records: [...] } (and optionally extends).', 'input', input);
  }
  const base = input.extends === undefined ? undefined : 'data' in input.extends ? input.extends.data : input.extends;
  return makeCatalog(validateDataset(input.records, base as Dataset<AnyIds> | undefined));
}

export { validateDataset } from './validate-dataset.js';
/** @group Errors */
export { DatasetError, type DatasetIssue } from './errors.js';
/** @group Queries */
export type { Catalog } from './catalog.js';
