/**
 * Which kind an export is for: a `RecordKind` (`agreement`) or its dataset key (`agreements`), checked
 * at run time so a typo gets a suggestion rather than an empty file.
 *
 * @module
 */
import { dataset } from '../embedded.js';
import { InvalidArgumentError } from '../errors.js';
import { describeInput } from '../check-input.js';
import { nearest } from '../suggest.js';
import type { AnyIds, AnyRecord, Dataset } from '../types.js';
import { DATASET_KEYS, RECORD_KINDS, type DatasetKey, type RecordKind } from '../vocabulary.js';

/**
 * How an export names a kind: the kind itself (`'agreement'`) or its dataset key (`'agreements'`).
 *
 * @group Kinds
 */
export type KindName = RecordKind | DatasetKey;

/**
 * A dataset: the embedded one, or one of your own (such as `createCatalog(...).data`).
 *
 * @group Kinds
 */
export type AnyDataset = Dataset | Dataset<AnyIds>;

/**
 * The record kind that `input` names: a kind (`'agreement'`) or a dataset key (`'agreements'`), any case.
 *
 * @throws `InvalidArgumentError` for anything else, suggesting the nearest kind.
 * @example
 * ```ts
 * import { parseRecordKind } from 'critical-minerals/export';
 * console.log(parseRecordKind('Agreements'), parseRecordKind('person'), parseRecordKind('people')); // agreement person person
 * ```
 *
 * @group Kinds
 */
export function parseRecordKind(input: unknown): RecordKind {
  if (typeof input === 'string') {
    const key = input.trim().toLowerCase();
    for (const kind of RECORD_KINDS) if (key === kind || key === DATASET_KEYS[kind]) return kind;
  }
  const candidates = RECORD_KINDS.map((kind) => ({ value: kind, label: kind, names: [kind, DATASET_KEYS[kind]] }));
  const near = typeof input === 'string' ? nearest(input, candidates, 1) : [];
  const hint = near[0] ? ` Did you mean "${near[0].value}"?` : '';
  throw new InvalidArgumentError(
    `Invalid kind ${describeInput(input)}: expected a record kind, one of ${RECORD_KINDS.join(', ')}.${hint}`,
    'kind',
    input,
  );
}

/** The records of one kind, in the dataset's order (which is the order of the data files). */
export function recordsOf(kind: RecordKind, data: AnyDataset = dataset): readonly AnyRecord<AnyIds>[] {
  const map = (data as Dataset<AnyIds>)[DATASET_KEYS[kind]] as Readonly<Record<string, AnyRecord<AnyIds>>>;
  return Object.values(map);
}

/** The kinds an export covers: the one asked for, or every kind in `RECORD_KINDS` order. */
export function kindsFor(kind: unknown): readonly RecordKind[] {
  return kind === undefined || kind === null ? RECORD_KINDS : [parseRecordKind(kind)];
}
