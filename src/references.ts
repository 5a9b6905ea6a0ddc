/**
 * Which fields of which record kinds hold ids, and what kinds those ids may name. Used to check referential
 * integrity (every id a record refers to exists and is of an allowed kind) and to follow links.
 *
 * Derived from the zod schemas, where each reference field is marked with the kinds it may name
 * (`refersTo` in `src/schema/id-fields.ts`), so a new field cannot be forgotten here.
 *
 * @module
 */
import { RecordSchemas } from './schema/index.js';
import { markedFields } from './schema/id-fields.js';
import { RECORD_KINDS, type RecordKind } from './vocabulary.js';

/**
 * For each kind, each reference field (a dotted path for nested ones) and the kinds it may point to. Evidence
 * (`evidence.source`) is left out: `validateDataset` checks each quote against its source on its own.
 */
export const REFERENCE_FIELDS: { readonly [K in RecordKind]: Readonly<Record<string, readonly RecordKind[]>> } = Object.fromEntries(
  RECORD_KINDS.map((kind) => [
    kind,
    Object.fromEntries(
      [...markedFields(RecordSchemas[kind])].flatMap(([path, mark]) =>
        'references' in mark && path.split('.')[0] !== 'evidence' ? [[path, mark.references]] : [],
      ),
    ),
  ]),
) as { readonly [K in RecordKind]: Readonly<Record<string, readonly RecordKind[]>> };

/**
 * Calls `visit` with each id at `keys` (a field's path, split) of `record`: the string there, or each string of
 * the list there. Anything else there (nothing, a number, an object) holds no id.
 */
export function forEachReferencedId(record: object, keys: readonly string[], visit: (id: string) => void): void {
  let value: unknown = record;
  for (const key of keys) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') visit(item);
}

/** The ids at `path` (`'office.country'`, or its keys) of `record`, as {@link forEachReferencedId} finds them. */
export function referencedIds(record: object, path: string | readonly string[]): readonly string[] {
  const ids: string[] = [];
  forEachReferencedId(record, typeof path === 'string' ? path.split('.') : path, (id) => ids.push(id));
  return ids;
}
