/**
 * Checks the tombstones given to `createCatalog`: each names a removed record (an id no record has, a known kind,
 * the release it went in, why) and what replaces it, which must be a record of the dataset.
 *
 * @module
 */
import { DatasetError, type DatasetIssue } from './errors.js';
import { DATASET_KEYS, RECORD_KINDS } from './kinds.js';
import type { Tombstone, Tombstones } from './tombstone.js';
import type { AnyIds, Dataset } from './types.js';
import type { RecordKind } from './vocabulary.js';

const VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/;

/**
 * The tombstones of `base` and `input` together, frozen; throws {@link DatasetError} listing every problem with
 * `input`, each at `tombstones[i]` or the tombstone's id and the field at fault.
 */
export function validateTombstones(input: unknown, data: Dataset<AnyIds>, base: Tombstones = {}): Tombstones {
  if (input === undefined) return base;
  const issues: DatasetIssue[] = [];
  if (!Array.isArray(input)) {
    throw new DatasetError([{ record: 'tombstones', kind: null, path: '', message: 'must be a list of tombstones' }]);
  }
  const live = (id: string) => RECORD_KINDS.some((kind) => Object.hasOwn(data[DATASET_KEYS[kind]], id));
  const result: Record<string, Tombstone> = { ...base };
  input.forEach((raw: unknown, i) => {
    const t = (raw ?? {}) as Record<string, unknown>;
    const record = typeof t['id'] === 'string' && t['id'] !== '' ? t['id'] : `tombstones[${i}]`;
    const kind = (RECORD_KINDS as readonly unknown[]).includes(t['kind']) ? (t['kind'] as RecordKind) : null;
    const issue = (path: string, message: string) => issues.push({ record, kind, path, message });
    if (typeof raw !== 'object' || raw === null) return issue('', 'must be an object { id, kind, removedIn, replacedBy, reason }');
    if (record === `tombstones[${i}]`) issue('id', 'must be a non-empty string');
    else if (live(record)) issue('id', 'is the id of a record in the dataset: an id cannot be both live and removed');
    else if (Object.hasOwn(result, record)) issue('id', 'has a tombstone already');
    if (kind === null) issue('kind', `must be one of ${RECORD_KINDS.join(', ')}`);
    if (typeof t['removedIn'] !== 'string' || !VERSION.test(t['removedIn'])) issue('removedIn', 'must be a version, like "0.3.0"');
    if (t['replacedBy'] !== null && (typeof t['replacedBy'] !== 'string' || !live(t['replacedBy']))) {
      issue('replacedBy', 'must be the id of a record in the dataset, or null');
    }
    if (typeof t['reason'] !== 'string' || t['reason'].trim() === '') issue('reason', 'must say why, in a sentence');
    result[record] = Object.freeze({
      id: record,
      kind: kind!,
      removedIn: t['removedIn'] as string,
      replacedBy: t['replacedBy'] as string | null,
      reason: t['reason'] as string,
    });
  });
  if (issues.length > 0) throw new DatasetError(issues);
  return Object.freeze(result);
}
