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
import { isLibraryCatalog, makeCatalog, type Catalog } from './catalog.js';
import { describeInput } from './check-input.js';
import { InvalidArgumentError } from './errors.js';
import type { Tombstone } from './tombstone.js';
import type { AnyIds, Dataset } from './types.js';
import { validateRecords } from './validate-dataset.js';
import { DATASET_KEYS, RECORD_KINDS } from './vocabulary.js';
import { validateTombstones } from './validate-tombstones.js';

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
  /**
   * A catalog (or dataset) to extend: its records stay, and yours may refer to them; a catalog's tombstones stay
   * too. A catalog this library made is taken as valid; anything else (a dataset, an object holding one as `data`)
   * is checked like `records`.
   */
  readonly extends?: Catalog<AnyIds> | Catalog | Dataset<AnyIds> | undefined;
  /**
   * Ids your data no longer has, each `{ id, kind, removedIn, replacedBy, reason }`: asking the catalog for one
   * throws {@link RemovedIdError} instead of an unknown-id error. `replacedBy` must be a record of the catalog, or `null`.
   */
  readonly tombstones?: readonly Tombstone[] | undefined;
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
  // Own properties only: `records` or `extends` set on Object.prototype by other code is not input.
  const own = (key: string): unknown => (input !== null && typeof input === 'object' && Object.hasOwn(input, key) ? (input as unknown as Record<string, unknown>)[key] : undefined);
  const records = own('records');
  if (input === null || typeof input !== 'object' || !Array.isArray(records)) {
    throw new InvalidArgumentError('createCatalog expects { records: [...] } (and optionally extends).', 'input', input);
  }
  const base = own('extends');
  const tombstones = own('tombstones') as readonly Tombstone[] | undefined;
  if (base === undefined) {
    const { data, byId, byKind } = validateRecords(records);
    return makeCatalog(data, validateTombstones(tombstones, data, {}), byId, byKind);
  }
  // A catalog this library made holds valid data; anything else is checked record by record, like `records`.
  if (isLibraryCatalog(base)) {
    const { data, byId, byKind } = validateRecords(records, base.data as Dataset<AnyIds>);
    return makeCatalog(data, validateTombstones(tombstones, data, base.tombstones), byId, byKind);
  }
  const { data, byId, byKind } = validateRecords([...recordsOf(base), ...records]);
  return makeCatalog(data, validateTombstones(tombstones, data, {}), byId, byKind);
}

/** The records of a dataset (or of something catalog-like holding one as `data`), every kind in order. */
function recordsOf(base: unknown): unknown[] {
  const data = base !== null && typeof base === 'object' && Object.hasOwn(base, 'data') ? (base as { data: unknown }).data : base;
  const maps =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? RECORD_KINDS.filter((kind) => Object.hasOwn(data, DATASET_KEYS[kind])).map((kind) => (data as Record<string, unknown>)[DATASET_KEYS[kind]])
      : [];
  if (maps.length === 0 || maps.some((map) => map === null || typeof map !== 'object' || Array.isArray(map))) {
    throw new InvalidArgumentError(
      `Invalid extends ${describeInput(base)}: expected a catalog (such as \`catalog\` from critical-minerals) or a dataset of records by kind.`,
      'extends',
      base,
    );
  }
  return maps.flatMap((map) => Object.values(map as object));
}

export { validateDataset } from './validate-dataset.js';
/** @group Errors */
export { DatasetError, RemovedIdError, type DatasetIssue } from './errors.js';
/** @group Your own data */
export type { Tombstone, Tombstones } from './tombstone.js';
/** @group Queries */
export type { Catalog } from './catalog.js';
