/**
 * `critical-minerals show <id>`.
 *
 * @module
 */
import {
  dataset,
  get,
  people,
  provenanceOf,
  resolveCountry,
  AmbiguousInputError,
  type AnyRecord,
  type Provenance,
  type ProvenanceMap,
  type NamedId,
  type RecordId,
} from '../../index.js';
import { dayRange } from '../../dates.js';
import { JSON_OPTION, type Command, type CommandContext } from '../command.js';
import { widthOf } from '../display-width.js';
import { LANG_OPTION, langOption, nameIn } from './names.js';

/**
 * The id of the record `input` names: the id itself; an id in other case (`kz`); or a country name
 * (`kazakhstan`). Anything else goes to the library as typed, whose error suggests the nearest ids.
 */
export function recordIdArg(input: string): RecordId {
  const all = Object.values(dataset).flatMap((map) => Object.keys(map));
  if (all.includes(input)) return input as RecordId;
  const folded = all.filter((id) => id.toLowerCase() === input.toLowerCase());
  if (folded.length === 1) return folded[0] as RecordId;
  try {
    return resolveCountry(input);
  } catch (error) {
    if (error instanceof AmbiguousInputError) throw error;
    return input as RecordId;
  }
}

/** A record's heading: its name, label or title; a statement's speaker and mode. */
export function titleOf(record: AnyRecord): string {
  switch (record.kind) {
    case 'statement':
      return `${people[record.speaker].name}, ${record.mode === 'direct' ? 'quoted' : 'reported'}`;
    case 'figure':
      return record.label;
    case 'source':
      return record.title;
    case 'resource':
      return `${record.country}: ${record.relation} of ${record.mineral}${record.extent ? ` (${record.extent})` : ''}`;
    default:
      return record.name;
  }
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A field value on one line: dates, CAMEO and PLOVER codes as people write them, lists joined by commas. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(fieldText).join(', ');
  if (isObject(value)) {
    if (typeof value['value'] === 'string' && typeof value['precision'] === 'string') {
      const span = dayRange(value['value']);
      const narrower = span !== null && (span.first !== value['earliest'] || span.last !== value['latest']);
      const bounds = narrower ? `, ${String(value['earliest'])} to ${String(value['latest'])}` : '';
      return `${value['value']} (${String(value['precision'])} precision${bounds})`;
    }
    if (typeof value['value'] === 'number' && typeof value['comparator'] === 'string') {
      const words: Record<string, string> = { eq: '', gt: 'more than ', gte: 'at least ' };
      return `${words[value['comparator']] ?? ''}${value['value']}`;
    }
    if (typeof value['code'] === 'string' && typeof value['label'] === 'string') return `${value['code']} ${value['label']}`;
    if (typeof value['category'] === 'string' && 'mode' in value) {
      return value['mode'] === null ? String(value['category']) : `${String(value['category'])} (mode: ${String(value['mode'])})`;
    }
    return Object.entries(value)
      .map(([key, v]) => `${key}: ${fieldText(v)}`)
      .join(', ');
  }
  return JSON.stringify(value);
}

/**
 * Where a field's value comes from, after the value: `‹stated #0 #2›` (the quotes by number), `‹derived rule #1›`,
 * `‹standard›`, `‹inferred›`. Nested fields (`office`) list their parts.
 */
function basisText(record: AnyRecord, key: string, provenance: ProvenanceMap): string {
  const own = Object.hasOwn(provenance, key) ? [[key, provenance[key]!] as const] : [];
  const parts = own.length > 0 ? own : Object.entries(provenance).filter(([path]) => path.startsWith(`${key}.`));
  if (parts.length === 0 || record.evidence === undefined) return '';
  const one = (p: Provenance) => [p.basis, p.rule, p.comparator, ...p.evidence.map((e) => `#${record.evidence.indexOf(e)}`)].filter(Boolean).join(' ');
  return `  ‹${parts.map(([path, p]) => (path === key ? one(p) : `${path.slice(key.length + 1)}: ${one(p)}`)).join('; ')}›`;
}

function printRecord(context: CommandContext, record: AnyRecord, lang: string | undefined): void {
  const { style } = context;
  // id and kind head the output, evidence follows it, and a source's text comes last.
  const fields = Object.entries(record).filter(
    ([key]) => !['id', 'kind', 'evidence', 'provenance'].includes(key) && !(key === 'text' && record.kind === 'source'),
  );
  const provenance = provenanceOf(record);
  const width = Math.max(...fields.map(([key]) => widthOf(key)));
  const lines = [`${style.dim(record.kind)} ${style.cyan(record.id)}`, style.bold(lang !== undefined && 'name' in record ? nameIn(record.id as NamedId, lang) : titleOf(record)), ''];
  const indent = ' '.repeat(width + 2);
  for (const [key, value] of fields) {
    const text = fieldText(value).replace(/\n/g, `\n${indent}`);
    lines.push(`${style.dim(key.padEnd(width))}  ${value === null ? style.dim(text) : text}${basisText(record, key, provenance)}`);
    const own = Object.hasOwn(provenance, key) ? provenance[key] : undefined;
    if (own?.note !== undefined) lines.push(`${indent}${style.dim(`why: ${own.note}`)}`);
    for (const [path, part] of Object.entries(provenance)) {
      if (path.startsWith(`${key}.`) && part.note !== undefined) lines.push(`${indent}${style.dim(`why (${path.slice(key.length + 1)}): ${part.note}`)}`);
    }
    for (const claim of own?.claims ?? []) {
      const how = [claim.basis, claim.rule].filter(Boolean).join(' ');
      lines.push(`${indent}${style.dim(`claim: ${fieldText(claim.value)} from ${claim.source} ‹${how}›`)}`);
    }
  }
  if (record.kind === 'source') lines.push(`${style.dim('text'.padEnd(width))}  ${record.text.length} characters, below`);
  const sourcesCited = new Set(record.evidence.map((e) => e.source));
  const one = sourcesCited.size === 1 ? ` in ${[...sourcesCited][0]}` : '';
  const count = record.evidence.length;
  lines.push('', `${style.bold(`Evidence: ${count} ${count === 1 ? 'quote' : 'quotes'}${one}`)} ${style.dim('[start–end], end excluded')}`);
  record.evidence.forEach((e, i) => {
    const where = one === '' ? `${e.source} ` : '';
    lines.push(`  ${style.dim(`#${i} ${where}[${e.start}–${e.end}]`)} ${JSON.stringify(e.quote)}`);
  });
  if (record.kind === 'source') lines.push('', style.bold('Text'), '', record.text.trimEnd());
  context.print(`${lines.join('\n')}\n`);
}

/** A record with every field, and its quotes with their offsets. */
export const showCommand: Command = {
  name: 'show',
  args: '<id>',
  min: 1,
  max: 1,
  summary: 'a record with its quotes and their offsets',
  description:
    'A record of any kind with all its fields, then each evidence quote with its offsets: ' +
    'source.text.slice(start, end) is the quote. A source shows its whole text at the end.',
  argHelp: [['<id>', 'a record id (kr-kz-lithium-mou, lithium, KZ); a country may also be given by name']],
  options: [LANG_OPTION, JSON_OPTION],
  examples: ['critical-minerals show kr-kz-critical-minerals-supply-chain-mou', 'critical-minerals show kazakhstan --json', 'critical-minerals show KZ --lang ko'],
  run(context) {
    const lang = langOption(context.options['lang']);
    const record = get(recordIdArg(context.args[0]!)) as AnyRecord;
    if (context.options['json']) return context.printJson(record);
    printRecord(context, record, lang);
  },
};
