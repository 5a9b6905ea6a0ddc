/**
 * Marks on the schema's id-shaped fields: which record kinds a reference field may name, or why a field that
 * holds id-like codes is not a reference. The marks live in a zod registry of their own (not zod's global one),
 * so they stay out of the JSON Schema files; `src/references.ts` derives `REFERENCE_FIELDS` from them.
 *
 * @module
 */
import * as z from 'zod';
import type { RecordKind } from '../vocabulary.js';

/** What an id-shaped field holds: ids of records of these kinds, or codes that are not references, and why. */
export type IdFieldMark = { readonly references: readonly RecordKind[] } | { readonly notReference: string };

/** The registry of marks. A mark is inherited by the copies `.meta()`, `.describe()` and `.clone()` make. */
export const idFields = z.registry<IdFieldMark>();

/** A copy of `schema` (an id schema) marked as a reference to records of `kinds`, in the order errors list them. */
export function refersTo<T extends z.ZodType>(schema: T, ...kinds: readonly RecordKind[]): T {
  return (schema.clone() as z.ZodType).register(idFields, { references: kinds }) as T;
}

/** A copy of `schema` marked as holding codes that look like record ids but are not references, saying why. */
export function notReference<T extends z.ZodType>(schema: T, why: string): T {
  return (schema.clone() as z.ZodType).register(idFields, { notReference: why }) as T;
}

/**
 * Every marked field under `schema`, by dotted path (`office.country`). Follows objects, arrays, nullables and
 * optionals; an array of objects adds no path segment (`evidence.source`).
 */
export function markedFields(schema: z.core.$ZodType, path: readonly string[] = []): Map<string, IdFieldMark> {
  const found = new Map<string, IdFieldMark>();
  const mark = idFields.get(schema as z.ZodType);
  if (mark !== undefined) return found.set(path.join('.'), mark);
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> };
  if (def.type === 'object' && def.shape) {
    for (const [key, field] of Object.entries(def.shape)) {
      for (const [p, m] of markedFields(field, [...path, key])) found.set(p, m);
    }
  } else if ((def.type === 'nullable' || def.type === 'optional') && def.innerType) {
    return markedFields(def.innerType, path);
  } else if (def.type === 'array' && def.element) {
    return markedFields(def.element, path);
  }
  return found;
}
