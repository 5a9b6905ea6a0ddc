/**
 * The registry of record kinds: the one place a kind is declared. Each entry names the kind, the
 * {@link Dataset} key that holds its records, and the names of its TypeScript record type and id type (used by
 * `npm run generate` to write `src/generated/`). `RECORD_KINDS`, `DATASET_KEYS` and every per-kind list in the
 * package (dataset maps, schemas, generated modules, exports) are derived from it.
 *
 * Plain constants, no zod: the core entry imports it.
 *
 * @module
 */

/** The registry, in the order the docs and exports list the kinds. */
export const KIND_REGISTRY = [
  { kind: 'source', key: 'sources', type: 'Source', idType: 'SourceId' },
  { kind: 'country', key: 'countries', type: 'Country', idType: 'CountryCode' },
  { kind: 'region', key: 'regions', type: 'Region', idType: 'RegionId' },
  { kind: 'place', key: 'places', type: 'Place', idType: 'PlaceId' },
  { kind: 'person', key: 'people', type: 'Person', idType: 'PersonId' },
  { kind: 'organization', key: 'organizations', type: 'Organization', idType: 'OrganizationId' },
  { kind: 'mineral', key: 'minerals', type: 'Mineral', idType: 'MineralId' },
  { kind: 'topic', key: 'topics', type: 'Topic', idType: 'TopicId' },
  { kind: 'resource', key: 'resources', type: 'Resource', idType: 'ResourceId' },
  { kind: 'agreement', key: 'agreements', type: 'Agreement', idType: 'AgreementId' },
  { kind: 'event', key: 'events', type: 'Event', idType: 'EventId' },
  { kind: 'statement', key: 'statements', type: 'Statement', idType: 'StatementId' },
  { kind: 'figure', key: 'figures', type: 'Figure', idType: 'FigureId' },
  { kind: 'initiative', key: 'initiatives', type: 'Initiative', idType: 'InitiativeId' },
] as const satisfies readonly KindEntry[];

/** One entry of {@link KIND_REGISTRY}. */
export interface KindEntry {
  /** The kind, singular (`'person'`): a record's `kind` field. */
  readonly kind: string;
  /** The {@link Dataset} key that holds the kind's records (`'people'`); also the export's name. */
  readonly key: string;
  /** The name of the kind's record type (`'Person'`). */
  readonly type: string;
  /** The name of the embedded dataset's id union for the kind (`'PersonId'`). */
  readonly idType: string;
}

/** The kinds, as a tuple in registry order. */
export type RecordKinds = typeof KIND_REGISTRY extends infer R extends readonly KindEntry[]
  ? { readonly [I in keyof R]: R[I]['kind'] }
  : never;
/** A record kind, such as `'agreement'`. */
export type RecordKind = (typeof KIND_REGISTRY)[number]['kind'];
/** Each kind's {@link Dataset} key. */
export type DatasetKeys = { readonly [E in (typeof KIND_REGISTRY)[number] as E['kind']]: E['key'] };
/** A {@link Dataset} key, such as `'agreements'`. */
export type DatasetKey = (typeof KIND_REGISTRY)[number]['key'];

/** Every record kind in a dataset, in the order the docs and exports list them. */
export const RECORD_KINDS: RecordKinds = /* @__PURE__ */ KIND_REGISTRY.map((entry) => entry.kind) as unknown as RecordKinds;

/** The {@link Dataset} key that holds each kind (`person` → `people`). */
export const DATASET_KEYS: DatasetKeys = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ KIND_REGISTRY.map((entry) => [entry.kind, entry.key]),
) as unknown as DatasetKeys;
