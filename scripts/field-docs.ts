/**
 * Field documentation, generated from the one place a field's meaning is written: its `.meta({ description })`
 * in the zod schemas of `src/schema/index.ts`. Part of `npm run generate`:
 *
 * - `docs/data-model.md`: each table between `<!-- fields:<name>:start -->` and `<!-- fields:<name>:end -->`
 *   (a record kind such as `agreement`, `record` for the fields every record has, or a shared shape such as
 *   `PartialDate`) is rewritten from the schema: field, type (worked out from the schema) and meaning. The prose
 *   around the tables is hand-written and left alone.
 * - `src/types.ts`: the TSDoc summary of every field of the record interfaces (and of `RecordBase` and the shared
 *   shapes) is rewritten to the schema's description, so editors and the API docs show the same words.
 */
import ts from 'typescript';
import type * as z from 'zod';
import { KIND_REGISTRY, RECORD_KINDS, typeNamesOf } from '../src/kinds.js';
import { idFields } from '../src/schema/id-fields.js';
import {
  CameoSchema,
  EvidenceSchema,
  OfficeSchema,
  PartialDateSchema,
  PloverSchema,
  ProvenanceRefSchema,
  ClaimRefSchema,
  QuantitySchema,
  RecordSchemas,
} from '../src/schema/index.js';

type Schema = z.core.$ZodType;
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly entries?: Readonly<Record<string, string>>;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly valueType?: Schema;
}

/** The shared object shapes, by the name their type has in `src/types.ts`. */
const SHAPES: ReadonlyMap<string, Schema> = new Map<string, Schema>([
  ['Evidence', EvidenceSchema],
  ['PartialDate', PartialDateSchema],
  ['Cameo', CameoSchema],
  ['Plover', PloverSchema],
  ['Office', OfficeSchema],
  ['Quantity', QuantitySchema],
  ['ProvenanceRef', ProvenanceRefSchema],
  ['ClaimRef', ClaimRefSchema],
]);

/** The fields every record has, documented once (on `RecordBase` and in the `record` table). */
const COMMON = ['id', 'kind', 'evidence', 'provenance', 'note'] as const;

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** The description a schema (or the schema it was copied from) carries. */
export function descriptionOf(schema: Schema): string | undefined {
  return (schema as z.ZodType).meta()?.description;
}

/** The name of the shared shape `schema` is (or was copied from), if any. */
function shapeName(schema: Schema): string | undefined {
  for (const [name, shape] of SHAPES) if (defOf(shape) === defOf(schema)) return name;
  return undefined;
}

function joinOr(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** A field's type in words, for the tables: `country id`, `list of topic ids`, `PartialDate \| null`. */
export function typeOf(schema: Schema): string {
  const mark = idFields.get(schema as z.ZodType);
  if (mark !== undefined) {
    if (!('references' in mark)) return 'ISO alpha-2 code';
    return mark.references.length === RECORD_KINDS.length ? 'record id' : `${joinOr(mark.references)} id`;
  }
  const def = defOf(schema);
  const format = def.format ?? (schema._zod as { bag?: { format?: string } }).bag?.format;
  switch (def.type) {
    case 'nullable':
      return `${typeOf(def.innerType!)} \\| null`;
    case 'optional':
      return `${typeOf(def.innerType!)} (optional)`;
    case 'array': {
      const item = typeOf(def.element!);
      return /(id|code|string|integer)$/.test(item) ? `list of ${item}s` : `list of (${item})`;
    }
    case 'string':
      return format === 'date' ? 'date (`YYYY-MM-DD`)' : format === 'url' ? 'URL' : 'string';
    case 'number':
      return format?.includes('int') ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'literal':
      return def.values!.map((v) => `\`${JSON.stringify(v).replaceAll('"', "'")}\``).join(' \\| ');
    case 'enum':
      return Object.values(def.entries!).map((v) => `\`'${v}'\``).join(' \\| ');
    case 'unknown':
      return 'the field’s own type';
    case 'record':
      return `map of field → ${typeOf(def.valueType!)}`;
    case 'object': {
      const name = shapeName(schema);
      if (name !== undefined) return name;
      break;
    }
  }
  throw new Error(`no words for a zod ${def.type} schema: teach typeOf in scripts/field-docs.ts`);
}

function shapeOf(schema: Schema): Readonly<Record<string, Schema>> {
  return defOf(schema).shape!;
}

function table(fields: readonly [name: string, schema: Schema][]): string {
  const rows = fields.map(([name, schema]) => {
    const description = descriptionOf(schema);
    if (description === undefined) throw new Error(`field ${name} has no description: add .meta({ description }) in src/schema/index.ts`);
    return `| \`${name}\` | ${typeOf(schema)} | ${description.replaceAll('|', '\\|')} |`;
  });
  return ['| field | type | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The field tables, by marker name. */
export function fieldTables(): Map<string, string> {
  const tables = new Map<string, string>();
  const common = shapeOf(RecordSchemas.agreement);
  tables.set('record', table(COMMON.map((name) => [name, common[name]!])));
  for (const [name, schema] of SHAPES) tables.set(name, table(Object.entries(shapeOf(schema))));
  for (const kind of RECORD_KINDS) {
    const fields = Object.entries(shapeOf(RecordSchemas[kind])).filter(
      ([name, schema]) => !(COMMON as readonly string[]).includes(name) || descriptionOf(schema) !== descriptionOf(common[name]!),
    );
    tables.set(kind, table(fields));
  }
  return tables;
}

/** `docs/data-model.md` with every marked table regenerated. Throws on a table without markers. */
export function renderDataModel(markdown: string): string {
  let text = markdown;
  for (const [name, rendered] of fieldTables()) {
    const start = `<!-- fields:${name}:start -->`;
    const end = `<!-- fields:${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) {
      throw new Error(`docs/data-model.md has no ${start} … ${end} markers: add them where the ${name} fields belong`);
    }
    text = `${text.slice(0, from + start.length)}\n${rendered}\n${text.slice(to)}`;
  }
  return text;
}

/** The schema whose fields each interface of `src/types.ts` documents. */
function interfaceSchemas(): Map<string, Schema> {
  const map = new Map<string, Schema>(SHAPES);
  // ProvenanceRef is declared beside the provenance code (src/provenance.ts), not in src/types.ts.
  map.delete('ProvenanceRef');
  map.delete('ClaimRef');
  map.set('RecordBase', RecordSchemas.agreement);
  for (const entry of KIND_REGISTRY) map.set(typeNamesOf(entry).type, RecordSchemas[entry.kind]);
  return map;
}

/** A TSDoc comment holding `text`, indented by `indent`, on one line if it fits in 120 columns. */
function tsdoc(text: string, indent: string): string {
  const one = `/** ${text} */`;
  if (indent.length + one.length <= 120) return one;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + 3 + line.length + 1 + word.length > 120) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return ['/**', ...lines.map((l) => `${indent} * ${l}`), `${indent} */`].join('\n');
}

/** `src/types.ts` with each documented field's TSDoc summary set to its schema description. */
export function renderTypes(source: string): string {
  const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.Latest, true);
  const schemas = interfaceSchemas();
  const edits: { start: number; end: number; text: string }[] = [];
  const documented = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const schema = schemas.get(statement.name.text);
    if (schema === undefined) continue;
    documented.add(statement.name.text);
    const shape = shapeOf(schema);
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
      const name = member.name.text;
      const field = shape[name];
      const description = field && descriptionOf(field);
      if (description === undefined) throw new Error(`${statement.name.text}.${name} has no schema field with a description`);
      const docs = (member as unknown as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
      const indent = ' '.repeat(member.getStart(file) - source.lastIndexOf('\n', member.getStart(file)) - 1);
      const text = tsdoc(description, indent);
      if (docs.length === 0) {
        edits.push({ start: member.getStart(file), end: member.getStart(file), text: `${text}\n${indent}` });
      } else {
        const doc = docs.at(-1)!;
        if (doc.tags !== undefined && doc.tags.length > 0) throw new Error(`${statement.name.text}.${name}: TSDoc tags on a field are not kept`);
        edits.push({ start: doc.getStart(file), end: doc.getEnd(), text });
      }
    }
  }
  const missing = [...schemas.keys()].filter((name) => !documented.has(name));
  if (missing.length > 0) throw new Error(`src/types.ts declares no interface ${missing.join(', ')}`);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
