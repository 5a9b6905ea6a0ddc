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
 * The ids a record's reference field holds: none for `null`, one for a string, all of an array. The field is a
 * dotted path, or its keys already split (so a check over many records splits each path once).
 */
export function referencedIds(record: object, path: string | readonly string[]): readonly string[] {
  let value: unknown = record;
  for (const key of typeof path === 'string' ? path.split('.') : path) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}
