/**
 * The registry of record kinds: the one place a kind is declared. Each entry names the kind and the
 * {@link Dataset} key that holds its records. `RECORD_KINDS`, `DATASET_KEYS` and every per-kind list in the
 * package (dataset maps, generated modules, exports) are derived from it; the record type (`RecordTypes`) and the
 * schema (`RecordSchemas`) of a kind are type-checked against it.
 *
 * TypeScript names follow the kind: the record type is the kind capitalized (`Person`), the embedded dataset's id
 * union that plus `Id` (`PersonId`), unless the entry gives `idType` (`CountryCode`). The names are not kept as
 * strings for every kind because the registry ships in the core bundle and only `npm run generate` needs them.
 *
 * Plain constants, no zod: the core entry imports it.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';

/**
 * The registry, in the order the docs and exports list the kinds.
 *
 * @group Record kinds
 */
export const KIND_REGISTRY = /* @__PURE__ */ deepFreeze([
  { kind: 'source', key: 'sources' },
  { kind: 'country', key: 'countries', idType: 'CountryCode' },
  { kind: 'region', key: 'regions' },
  { kind: 'place', key: 'places' },
  { kind: 'person', key: 'people' },
  { kind: 'organization', key: 'organizations' },
  { kind: 'mineral', key: 'minerals' },
  { kind: 'topic', key: 'topics' },
  { kind: 'resource', key: 'resources' },
  { kind: 'agreement', key: 'agreements' },
  { kind: 'event', key: 'events' },
  { kind: 'statement', key: 'statements' },
  { kind: 'figure', key: 'figures' },
  { kind: 'initiative', key: 'initiatives' },
] as const satisfies readonly KindEntry[]);

/**
 * One entry of {@link KIND_REGISTRY}.
 *
 * @group Record kinds
 */
export interface KindEntry {
  /** The kind, singular (`'person'`): a record's `kind` field. */
  readonly kind: string;
  /** The {@link Dataset} key that holds the kind's records (`'people'`); also the export's name. */
  readonly key: string;
  /** The name of the embedded dataset's id union for the kind, where it is not the default (`'CountryCode'`). */
  readonly idType?: string;
}

/**
 * The TypeScript names of a kind's record type and id type, as `npm run generate` writes them.
 *
 * @example
 * ```ts
 * import { KIND_REGISTRY, typeNamesOf } from 'critical-minerals';
 * console.log(KIND_REGISTRY.map(typeNamesOf).slice(1, 3));
 * // [ { type: 'Country', idType: 'CountryCode' }, { type: 'Region', idType: 'RegionId' } ]
 * ```
 *
 * @group Record kinds
 */
export function typeNamesOf(entry: KindEntry): { readonly type: string; readonly idType: string } {
  const type = entry.kind.charAt(0).toUpperCase() + entry.kind.slice(1);
  return { type, idType: entry.idType ?? `${type}Id` };
}

/**
 * The kinds, as a tuple in registry order.
 *
 * @group Record kinds
 */
export type RecordKinds = typeof KIND_REGISTRY extends infer R extends readonly KindEntry[]
  ? { readonly [I in keyof R]: R[I]['kind'] }
  : never;
/**
 * A record kind, such as `'agreement'`.
 *
 * @group Record kinds
 */
export type RecordKind = (typeof KIND_REGISTRY)[number]['kind'];
/**
 * Each kind's {@link Dataset} key.
 *
 * @group Record kinds
 */
export type DatasetKeys = { readonly [E in (typeof KIND_REGISTRY)[number] as E['kind']]: E['key'] };
/**
 * A {@link Dataset} key, such as `'agreements'`.
 *
 * @group Record kinds
 */
export type DatasetKey = (typeof KIND_REGISTRY)[number]['key'];

/**
 * Every record kind in a dataset, in the order the docs and exports list them.
 *
 * @group Record kinds
 */
export const RECORD_KINDS: RecordKinds = /* @__PURE__ */ deepFreeze(KIND_REGISTRY.map((entry) => entry.kind)) as unknown as RecordKinds;

/**
 * The {@link Dataset} key that holds each kind (`person` → `people`).
 *
 * @group Record kinds
 */
export const DATASET_KEYS: DatasetKeys = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(KIND_REGISTRY.map((entry) => [entry.kind, entry.key])),
) as unknown as DatasetKeys;
