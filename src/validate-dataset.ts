/**
 * Whole-dataset validation: each record against its zod schema, then what a schema alone cannot see (unique
 * ids, references that resolve to a record of an allowed kind, quotes that stand at their offsets). Every
 * problem is collected, so one run reports them all.
 *
 * @module
 */
import { AnyRecordSchema } from './schema/index.js';
import { DatasetError, type DatasetIssue } from './errors.js';
import { REFERENCE_FIELDS, referencedIds } from './references.js';
import { DATASET_KEYS, RECORD_KINDS, type RecordKind } from './vocabulary.js';
import type { AnyIds, AnyRecord, Dataset, Source } from './types.js';
import { deepFreeze } from './freeze.js';
import { provenanceIssues } from './provenance-check.js';
import type { SurfaceContext } from './surface-forms.js';

/**
 * What the surface-form check needs from a dataset: a lookup by id, the reference fields, and the cities each
 * country's government goes by in the text (a place's `standsFor`).
 */
export function surfaceContext(lookup: (id: string) => AnyRecord<AnyIds> | undefined, places: Iterable<AnyRecord<AnyIds>> = []): SurfaceContext {
  const standsFor = new Map<string, { id: string; name: string }[]>();
  for (const place of places) {
    if (place.kind !== 'place' || place.standsFor === null) continue;
    standsFor.set(place.standsFor, [...(standsFor.get(place.standsFor) ?? []), { id: place.id, name: place.name }]);
  }
  return {
    lookup,
    isReference: (kind, path) => Object.hasOwn(REFERENCE_FIELDS[kind as RecordKind] ?? {}, path),
    standsFor,
  };
}

/** An empty dataset of the right shape. */
export function emptyDataset(): { -readonly [K in keyof Dataset<AnyIds>]: Record<string, AnyRecord<AnyIds>> } {
  const dataset = {} as Record<string, Record<string, AnyRecord<AnyIds>>>;
  for (const kind of RECORD_KINDS) dataset[DATASET_KEYS[kind]] = {};
  return dataset as ReturnType<typeof emptyDataset>;
}

function isKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

/**
 * Validates `records` (any kinds, sources included), on top of an already valid `base` dataset if given, and
 * returns the combined dataset, deep-frozen. Throws {@link DatasetError} listing every problem.
 *
 * @example
 * ```ts
 * import { validateDataset } from 'critical-minerals/catalog';
 * import { dataset } from 'critical-minerals';
 * try {
 *   validateDataset([{ id: 'Lithium', kind: 'topic', name: 'lithium', evidence: [], provenance: {}, note: null }], dataset);
 * } catch (error) {
 *   console.log((error as Error).message);
 *   // Invalid dataset: 2 problems
 *   //   - topic "Lithium" at id: must be lower-case words joined by hyphens, like "astana"
 *   //   - topic "Lithium" at evidence: every record needs at least one evidence quote
 * }
 * ```
 *
 * @group Your own data
 */
export function validateDataset(records: readonly unknown[], base?: Dataset<AnyIds>): Dataset<AnyIds> {
  const issues: DatasetIssue[] = [];
  const dataset = emptyDataset();
  const kindOf = new Map<string, RecordKind>();
  if (base) {
    for (const kind of RECORD_KINDS) {
      for (const [id, record] of Object.entries(base[DATASET_KEYS[kind]])) {
        dataset[DATASET_KEYS[kind]][id] = record as AnyRecord<AnyIds>;
        kindOf.set(id, kind);
      }
    }
  }
  if (!Array.isArray(records)) {
    throw new DatasetError([{ record: 'records', kind: null, path: '', message: `expected an array of records, got ${typeof records}` }]);
  }

  const valid: AnyRecord<AnyIds>[] = [];
  /** Ids of records that failed their schema: references to them are not reported again. */
  const invalid = new Set<string>();
  records.forEach((raw, index) => {
    const obj = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const label = typeof obj['id'] === 'string' && obj['id'] !== '' ? obj['id'] : `records[${index}]`;
    const kind = isKind(obj['kind']) ? obj['kind'] : null;
    const parsed = AnyRecordSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.add(label);
      for (const issue of parsed.error.issues) {
        issues.push({ record: label, kind, path: issue.path.join('.'), message: issue.message });
      }
      return;
    }
    const record = parsed.data as AnyRecord<AnyIds>;
    const existing = kindOf.get(record.id);
    if (existing !== undefined) {
      issues.push({ record: record.id, kind: record.kind, path: 'id', message: `duplicate id: a ${existing} already has it` });
      return;
    }
    kindOf.set(record.id, record.kind);
    dataset[DATASET_KEYS[record.kind]][record.id] = record;
    valid.push(record);
  });

  const sources = dataset.sources as Record<string, Source<AnyIds>>;
  for (const record of valid) {
    for (const [path, kinds] of Object.entries(REFERENCE_FIELDS[record.kind])) {
      for (const id of referencedIds(record, path)) {
        const target = kindOf.get(id);
        if (target === undefined) {
          if (invalid.has(id)) continue;
          issues.push({ record: record.id, kind: record.kind, path, message: `refers to "${id}", which is not in the dataset (expected a ${kinds.join(' or ')})` });
        } else if (!kinds.includes(target)) {
          issues.push({ record: record.id, kind: record.kind, path, message: `refers to "${id}", a ${target}; expected a ${kinds.join(' or ')}` });
        }
      }
    }
    record.evidence.forEach((evidence, i) => {
      const source = Object.hasOwn(sources, evidence.source) ? sources[evidence.source] : undefined;
      if (source === undefined) {
        if (invalid.has(evidence.source)) return;
        issues.push({ record: record.id, kind: record.kind, path: `evidence.${i}.source`, message: `unknown source "${evidence.source}"` });
      } else if (source.text.slice(evidence.start, evidence.end) !== evidence.quote) {
        issues.push({
          record: record.id,
          kind: record.kind,
          path: `evidence.${i}.quote`,
          message: `quote does not stand at ${evidence.start}–${evidence.end} of "${source.id}": the text there is "${source.text.slice(evidence.start, evidence.end)}"`,
        });
      }
    });
  }

  const all = new Map<string, AnyRecord<AnyIds>>();
  for (const kind of RECORD_KINDS) for (const record of Object.values(dataset[DATASET_KEYS[kind]])) all.set(record.id, record);
  const context = surfaceContext((id) => all.get(id), Object.values(dataset.places));
  for (const record of valid) issues.push(...provenanceIssues(record, context));

  if (issues.length > 0) throw new DatasetError(issues);
  return deepFreeze(dataset) as unknown as Dataset<AnyIds>;
}
