/**
 * Turns the authored data (`data/`) into the typed modules of `src/generated/`: reads the sources, finds each
 * quote's offsets, validates the whole dataset with the zod schemas, and renders one module per kind.
 * Any problem stops the build with a message naming the record and the field.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft, ProvenanceSpec, QuoteSpec } from '../data/authoring.js';
import { resolveProvenance } from './provenance-build.js';
import { surfaceContext } from '../src/validate-dataset.js';
import { ARTICLE } from '../data/authoring.js';
import { validateDataset } from '../src/validate-dataset.js';
import { DatasetError, type DatasetIssue } from '../src/errors.js';
import type { AnyIds, AnyRecord, Dataset, Evidence } from '../src/types.js';
import { KIND_REGISTRY, typeNamesOf } from '../src/kinds.js';
import type { RecordKind } from '../src/vocabulary.js';

export interface SourceFile {
  /** The source record without `text`, as authored in `<id>.json`. */
  readonly meta: Record<string, unknown> & { id: string; evidence: readonly (string | QuoteSpec)[] };
  readonly text: string;
}

/** Reads every `<id>.json` + `<id>.txt` pair under `dir`. */
export function readSources(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      meta: JSON.parse(readFileSync(join(dir, name), 'utf8')),
      text: readFileSync(join(dir, name.replace(/\.json$/, '.txt')), 'utf8'),
    }));
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Finds a quote in its source: exactly one occurrence of `prefix + quote + suffix`, else an issue saying
 * whether it is missing or how often it occurs.
 */
export function locate(
  spec: string | QuoteSpec,
  texts: ReadonlyMap<string, string>,
  defaultSource: string = ARTICLE,
): { evidence: Evidence<AnyIds> } | { problem: string } {
  const { quote, prefix = '', suffix = '', source = defaultSource } = typeof spec === 'string' ? { quote: spec } : spec;
  const text = texts.get(source);
  if (text === undefined) return { problem: `unknown source "${source}"` };
  if (quote === '') return { problem: 'empty quote' };
  const needle = prefix + quote + suffix;
  const first = text.indexOf(needle);
  if (first === -1) return { problem: `quote not found in "${source}": "${needle}"` };
  const second = text.indexOf(needle, first + 1);
  if (second !== -1) {
    let count = 2;
    for (let at = text.indexOf(needle, second + 1); at !== -1; at = text.indexOf(needle, at + 1)) count++;
    return { problem: `quote is ambiguous: "${needle}" occurs ${count} times in "${source}"; add a prefix or suffix` };
  }
  const start = first + prefix.length;
  return { evidence: { source, start, end: start + quote.length, quote } };
}

/** Resolves every draft's quotes and validates the result; throws {@link DatasetError} listing every problem. */
export function buildDataset(sources: readonly SourceFile[], drafts: readonly Draft[]): Dataset<AnyIds> {
  const texts = new Map(sources.map((s) => [s.meta.id, s.text]));
  const issues: DatasetIssue[] = [];
  const records: unknown[] = [];
  // A record's quotes are from the seed article unless they name their source; a source's, from itself.
  const resolve = (id: string, kind: RecordKind, specs: readonly (string | QuoteSpec)[]) =>
    specs.flatMap((spec, i) => {
      const found = locate(spec, texts, kind === 'source' ? id : ARTICLE);
      if ('problem' in found) {
        issues.push({ record: id, kind, path: `evidence.${i}`, message: found.problem });
        return [];
      }
      return [found.evidence];
    });
  for (const { meta, text } of sources) {
    const digest = sha256(text);
    if (meta['sha256'] !== digest) {
      issues.push({ record: meta.id, kind: 'source', path: 'sha256', message: `recorded ${String(meta['sha256'])}, but the text hashes to ${digest}` });
    }
    records.push({ ...meta, text, evidence: resolve(meta.id, 'source', meta.evidence) });
  }
  const withEvidence = drafts.map((draft) => ({ draft, record: { ...draft, evidence: resolve(draft.id, draft.kind, draft.evidence) } }));
  // Provenance is filled in once every record is known: a stated reference is checked against the names of the
  // record it names.
  const known = new Map<string, AnyRecord<AnyIds>>();
  for (const record of records) known.set((record as AnyRecord<AnyIds>).id, record as AnyRecord<AnyIds>);
  for (const { record } of withEvidence) known.set(record.id, record as unknown as AnyRecord<AnyIds>);
  const context = surfaceContext((id) => known.get(id), known.values());
  for (const { meta } of sources) {
    const record = known.get(meta.id)!;
    const specs = (meta['provenance'] ?? {}) as Record<string, ProvenanceSpec>;
    const resolved = resolveProvenance({ ...record, provenance: {} } as AnyRecord<AnyIds>, specs, (q) => locate(q, texts, meta.id), context, issues);
    records[records.indexOf(record)] = { ...record, ...resolved };
  }
  for (const { draft, record } of withEvidence) {
    const resolved = resolveProvenance(record as unknown as AnyRecord<AnyIds>, draft.provenance ?? {}, (q) => locate(q, texts), context, issues);
    records.push({ ...record, ...resolved });
  }
  if (issues.length > 0) throw new DatasetError(issues);
  return validateDataset(records);
}

const HEADER = '// Generated by `npm run generate` from data/. Do not edit: edit data/ and run it again.\n';

/** The generated modules, by path relative to `src/generated/`: one per kind, the ids, and two that gather them. */
export function renderModules(dataset: Dataset<AnyIds>): Map<string, string> {
  const files = new Map<string, string>();
  const ids: string[] = [HEADER];
  const space: string[] = [];
  for (const entry of KIND_REGISTRY) {
    const { kind, key } = entry;
    const { type, idType } = typeNamesOf(entry);
    const keys = Object.keys(dataset[key]);
    ids.push(`/**\n * Every ${kind} id in the embedded dataset.\n *\n * @group Names\n */\nexport type ${idType} =\n${keys.map((k) => `  | ${JSON.stringify(k)}`).join('\n')};\n`);
    space.push(`  ${kind}: ${idType};`);
    files.set(
      `${key}.ts`,
      `${HEADER}import type { ${type} } from '../types.js';\nimport type { ${idType} } from './ids.js';\nimport { deepFreeze } from '../freeze.js';\n\n` +
        `/**\n * Every ${kind} in the embedded dataset, by id (deep-frozen).\n *\n * @group Data\n */\n` +
        `export const ${key}: Readonly<Record<${idType}, ${type}>> = /* @__PURE__ */ deepFreeze<Record<${idType}, ${type}>>(${JSON.stringify(dataset[key], null, 2)});\n`,
    );
  }
  ids.push(`/**\n * The embedded dataset's id space: each kind's literal id union.\n *\n * @group Names\n */\nexport interface EmbeddedIds {\n${space.join('\n')}\n}\n`);
  files.set('ids.ts', ids.join('\n'));
  const imports = KIND_REGISTRY.map(({ key }) => `import { ${key} } from './${key}.js';\n`).join('');
  files.set(
    'index.ts',
    `${HEADER}// What the core entry re-exports of the embedded data: one map per kind and the literal id unions.\n` +
      KIND_REGISTRY.map(({ key }) => `export { ${key} } from './${key}.js';\n`).join('') +
      `export type {\n${[...KIND_REGISTRY.map((entry) => typeNamesOf(entry).idType), 'EmbeddedIds'].map((name) => `  ${name},\n`).join('')}} from './ids.js';\n`,
  );
  files.set(
    'dataset.ts',
    `${HEADER}import type { Dataset } from '../types.js';\n${imports}\n` +
      `/** The embedded records, one map per kind under its dataset key; \`src/embedded.ts\` freezes it as \`dataset\`. */\n` +
      `export const records: Dataset = {\n${KIND_REGISTRY.map(({ key }) => `  ${key},\n`).join('')}};\n`,
  );
  return files;
}
