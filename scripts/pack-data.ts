/**
 * Packs each kind's records for `src/generated/` in the form `src/unpack.ts` reads (see there): keys once per
 * kind, evidence as positions in the source texts, provenance entries as tuples. Every packed kind is unpacked
 * again here and must give back exactly the records it was made from (same keys, same order, same values), or
 * the generation fails: the packing can drop nothing.
 */
import { PROVENANCE_BASES } from '../src/provenance.js';
import type { AnyIds, Dataset } from '../src/types.js';
import { unpack, type PackedKind, type SourceTexts } from '../src/unpack.js';
import type { RecordKind } from '../src/vocabulary.js';

type Json = Record<string, unknown>;

/** Every source's id and text, in the dataset's order: what packed evidence points into. */
export function sourceTextsOf(dataset: Dataset<AnyIds>): SourceTexts {
  return Object.values(dataset.sources).map((source) => [source.id, source.text] as const);
}

/** The records of one kind (a dataset map), packed as a JSON string; throws if unpacking it would not give them back. */
export function packKind(kind: RecordKind, map: Readonly<Record<string, unknown>>, sources: SourceTexts): string {
  const records = Object.values(map) as Json[];
  const fields = Object.keys(records[0] ?? { id: '', kind });
  const sourceIndex = new Map(sources.map(([id], index) => [id, index]));
  for (const record of records) {
    const keys = Object.keys(record);
    if (keys.join() !== fields.join()) throw new Error(`${kind} ${String(record['id'])}: keys ${keys.join()} differ from the kind's ${fields.join()}`);
  }
  // Column by column: a field's values side by side (ids with ids, dates with dates) compress better than rows.
  const columns = fields.filter((field) => field !== 'kind').map((field) => records.map((record) => packField(kind, field, record, sourceIndex)));
  const packed = JSON.stringify([fields, columns] satisfies PackedKind);
  const back = JSON.stringify(unpack(kind, sources, packed));
  if (back !== JSON.stringify(map)) throw new Error(`packing the ${kind} records does not give them back`);
  return packed;
}

function packField(kind: RecordKind, field: string, record: Json, sourceIndex: ReadonlyMap<string, number>): unknown {
  const value = record[field];
  if (field === 'evidence') {
    return (value as Json[]).flatMap(({ source, start, end }) => [sourceIndex.get(source as string), start, (end as number) - (start as number)]);
  }
  if (field === 'provenance') {
    return Object.entries(value as Record<string, Json>).flatMap(([path, { basis, evidence, ...rest }]) => {
      const more = Object.keys(rest).length > 0;
      if (basis === 'standard' && (evidence as number[]).length === 0 && !more) return [path];
      return [path, PROVENANCE_BASES.indexOf(basis as never), ...(evidence as number[]), ...(more ? [rest] : [])];
    });
  }
  // A source's text is in the source list already: its position stands for it.
  if (field === 'text' && kind === 'source') return sourceIndex.get(record['id'] as string);
  return value;
}
