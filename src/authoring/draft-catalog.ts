/**
 * `draftCatalog`: a catalog straight from drafts, the step before `createCatalog` for people who write quotes,
 * not offsets.
 *
 * @module
 */
import { makeCatalog, type Catalog } from '../catalog.js';
import { InvalidArgumentError } from '../errors.js';
import type { AnyIds, Dataset } from '../types.js';
import { resolveAndValidate } from './resolve-drafts.js';

/**
 * What {@link draftCatalog} takes.
 *
 * @group Drafts
 */
export interface DraftCatalogInput {
  /**
   * Your records as drafts: evidence as quotes (`'the words'` or `{ quote, prefix?, suffix?, source? }`), sources
   * with their `text` and without `sha256` if you like, provenance only for values the quotes do not state.
   */
  readonly records: readonly unknown[];
  /** A catalog (or dataset) to extend: its records stay, yours may refer to them and quote its sources. */
  readonly extends?: Catalog<AnyIds> | Catalog | Dataset<AnyIds> | undefined;
  /** The source a quote without `source` is found in; by default your only source, or the only source there is. */
  readonly defaultSource?: string | undefined;
}

/**
 * A catalog from drafts: resolves them as {@link resolveDrafts} does, then builds the catalog, with every query
 * the embedded one has.
 *
 * @throws `DatasetError` listing every problem, each with the record and the field.
 * @example
 * ```ts
 * import { draftCatalog } from 'critical-minerals/authoring';
 * import { catalog } from 'critical-minerals';
 * const mine = draftCatalog({
 *   extends: catalog,
 *   records: [{
 *     id: 'kz-lithium-interest', kind: 'resource', country: 'KZ', mineral: 'lithium', relation: 'reserves',
 *     extent: null, note: 'illustration only',
 *     evidence: [{ quote: 'lithium', prefix: 'joint ', source: '2024-06-12-kr-kz-critical-minerals' }],
 *     provenance: { country: { basis: 'inferred', note: 'illustration only', quotes: [] }, relation: { basis: 'inferred', note: 'illustration only', quotes: [] } },
 *   }],
 * });
 * console.log(mine.mineralsOf('KZ', { relation: 'reserves' }).length); // 5
 * console.log(mine.provenanceOf('kz-lithium-interest').mineral?.evidence[0]?.start); // 1129
 * ```
 * @group Drafts
 */
export function draftCatalog(input: DraftCatalogInput): Catalog<AnyIds> {
  if (input === null || typeof input !== 'object' || !Array.isArray((input as { records?: unknown }).records)) {
    throw new InvalidArgumentError('draftCatalog expects { records: [...] } (and optionally extends, defaultSource).', 'input', input);
  }
  return makeCatalog(resolveAndValidate(input.records, { extends: input.extends, defaultSource: input.defaultSource }).dataset);
}
