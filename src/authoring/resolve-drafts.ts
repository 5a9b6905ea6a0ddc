/**
 * Drafts to records: each quote found in its source (offsets), each source's SHA-256 computed, each value's
 * provenance filled in (`stated` where the record's quotes hold its surface forms, `standard` for a field of
 * outside identifiers, otherwise a problem asking for it), then the whole set validated. Every problem is reported
 * at once, with the record and the field. `npm run generate` builds the embedded dataset with the same function.
 *
 * @module
 */
import type { Catalog } from '../catalog.js';
import { DatasetError, InvalidArgumentError, type DatasetIssue } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import type { ProvenanceRef } from '../provenance.js';
import { sha256Hex } from '../sha256.js';
import type { AnyIds, AnyRecord, Dataset, Evidence } from '../types.js';
import { surfaceContext, validateDataset } from '../validate-dataset.js';
import { DATASET_KEYS, RECORD_KINDS, type RecordKind } from '../vocabulary.js';
import { locateQuote, locationProblem } from './anchor-quote.js';
import type { ProvenanceSpec, QuoteSpec } from './draft.js';
import { resolveProvenance } from './resolve-provenance.js';

/**
 * Options of {@link resolveDrafts}.
 *
 * @group Drafts
 */
export interface ResolveOptions {
  /** Records the drafts may refer to and quote (their sources): a catalog or a dataset, already valid. */
  readonly extends?: Catalog<AnyIds> | Catalog | Dataset<AnyIds> | Dataset | undefined;
  /** The source a quote without `source` is found in; by default the drafts' only source, or the only source there is. */
  readonly defaultSource?: string | undefined;
}

/** An evidence item as a draft may give it: a quote, a quote with context, or already resolved offsets. */
type EvidenceSpec = string | QuoteSpec | Evidence<AnyIds>;

const isResolved = (spec: EvidenceSpec): spec is Evidence<AnyIds> =>
  typeof spec === 'object' && spec !== null && typeof (spec as { start?: unknown }).start === 'number';

/**
 * Finds one quote: in `texts` by its source (or `defaultSource`), exactly once with its prefix and suffix.
 * The offsets cover the quote alone.
 */
export function locateEvidence(
  spec: string | QuoteSpec,
  texts: ReadonlyMap<string, string>,
  defaultSource: string | undefined,
): { evidence: Evidence<AnyIds> } | { problem: string } {
  if (typeof spec !== 'string' && (spec === null || typeof spec !== 'object' || typeof spec.quote !== 'string')) {
    return { problem: 'expected a quote: a string, or { quote, prefix?, suffix?, source? }' };
  }
  const { quote, prefix = '', suffix = '', source = defaultSource } = typeof spec === 'string' ? { quote: spec } : spec;
  if (source === undefined) {
    return { problem: `which source? There is more than one: name it with { quote, source } (one of ${[...texts.keys()].map((id) => `"${id}"`).join(', ')})` };
  }
  const text = texts.get(source);
  if (text === undefined) return { problem: `unknown source "${source}"${texts.size > 0 ? ` (known: ${[...texts.keys()].map((id) => `"${id}"`).join(', ')})` : ''}` };
  if (quote === '') return { problem: 'empty quote' };
  const found = locateQuote(text, quote, { prefix, suffix });
  if (found.status !== 'found') return { problem: locationProblem(found, prefix + quote + suffix, source) };
  return { evidence: { source, start: found.start, end: found.end, quote } };
}

/** Resolves drafts to records; the issues found on the way are returned, not thrown. */
/** What a source draft may leave out, and the value it then gets. */
const SOURCE_DEFAULTS = { timeZone: null, retrieved: null, excerpt: false, rights: 'Not stated by the catalog’s author.' } as const;

/**
 * A source draft's missing metadata, filled in: no time zone or retrieval day, the whole text, rights not stated;
 * each filled-in value that is not `null` marked `inferred`, with a note saying the draft did not give it.
 */
function sourceDefaults(draft: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = {};
  const provenance = { ...((draft['provenance'] ?? {}) as Record<string, unknown>) };
  for (const [field, value] of Object.entries(SOURCE_DEFAULTS)) {
    if (Object.hasOwn(draft, field)) continue;
    filled[field] = value;
    if (value !== null && !Object.hasOwn(provenance, field)) {
      provenance[field] = { basis: 'inferred', note: 'Not given in the draft: filled in by the authoring toolkit.', quotes: [] };
    }
  }
  return Object.keys(filled).length === 0 ? {} : { ...filled, provenance };
}

function resolve(drafts: readonly unknown[], options: { extends: Dataset<AnyIds> | undefined; defaultSource?: string | undefined }): { records: unknown[]; issues: DatasetIssue[] } {
  const issues: DatasetIssue[] = [];
  const texts = new Map<string, string>();
  for (const source of Object.values(options.extends?.sources ?? {})) texts.set(source.id, source.text);
  const objects = drafts.map((raw) => (raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : null));
  for (const draft of objects) {
    if (draft?.['kind'] === 'source' && typeof draft['id'] === 'string' && typeof draft['text'] === 'string') texts.set(draft['id'], draft['text']);
  }
  // By default, the drafts' own source when they have one, else the only source there is.
  const own = objects.filter((draft) => draft?.['kind'] === 'source' && typeof draft['id'] === 'string').map((draft) => draft!['id'] as string);
  const defaultSource = options.defaultSource ?? (own.length === 1 ? own[0] : own.length === 0 && texts.size === 1 ? [...texts.keys()][0] : undefined);
  const idOf = (draft: Record<string, unknown>, i: number) => (typeof draft['id'] === 'string' && draft['id'] !== '' ? draft['id'] : `records[${i}]`);
  const kindOf = (draft: Record<string, unknown>) => ((RECORD_KINDS as readonly unknown[]).includes(draft['kind']) ? (draft['kind'] as RecordKind) : null);
  /** Where a draft's quotes are found by default: a source's in its own text, any other record's in the default source. */
  const sourceFor = (draft: Record<string, unknown>) => (draft['kind'] === 'source' && typeof draft['id'] === 'string' ? draft['id'] : defaultSource);

  // Quotes first: every record's offsets, and each source's digest.
  const withEvidence = objects.map((draft, i) => {
    if (draft === null || !Array.isArray(draft['evidence'])) return draft ?? drafts[i];
    const id = idOf(draft, i);
    const evidence = (draft['evidence'] as EvidenceSpec[]).flatMap((spec, at) => {
      if (isResolved(spec)) return [spec];
      const found = locateEvidence(spec, texts, sourceFor(draft));
      if ('problem' in found) {
        issues.push({ record: id, kind: kindOf(draft), path: `evidence.${at}`, message: found.problem });
        return [];
      }
      return [found.evidence];
    });
    const record: Record<string, unknown> = { ...draft, evidence };
    if (draft['kind'] === 'source') Object.assign(record, sourceDefaults(draft));
    if (draft['kind'] === 'source' && typeof draft['text'] === 'string') {
      const digest = sha256Hex(draft['text']);
      const provenance = (record['provenance'] ?? {}) as Record<string, unknown>;
      if (!Object.hasOwn(provenance, 'sha256')) record['provenance'] = { ...provenance, sha256: { basis: 'derived', rule: 'sha256-of-text', quotes: [] } };
      if (draft['sha256'] === undefined) {
        record['sha256'] = digest;
      } else if (draft['sha256'] !== digest) {
        issues.push({ record: id, kind: 'source', path: 'sha256', message: `recorded ${String(draft['sha256'])}, but the text hashes to ${digest}` });
      }
    }
    return record;
  });

  // Provenance once every record is known: a stated reference is checked against the names of the record it names.
  const known = new Map<string, AnyRecord<AnyIds>>();
  if (options.extends) {
    for (const kind of RECORD_KINDS) for (const record of Object.values(options.extends[DATASET_KEYS[kind]])) known.set(record.id, record as AnyRecord<AnyIds>);
  }
  for (const record of withEvidence) {
    if (record !== null && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string') known.set((record as AnyRecord<AnyIds>).id, record as AnyRecord<AnyIds>);
  }
  const context = surfaceContext((id) => known.get(id), known.values());
  const records = withEvidence.map((record, i) => {
    if (record === null || typeof record !== 'object' || kindOf(record as Record<string, unknown>) === null || !Array.isArray((record as { evidence?: unknown }).evidence)) {
      return record; // the schema reports what is wrong with it
    }
    const draft = record as Record<string, unknown>;
    const specs = (draft['provenance'] ?? {}) as Record<string, ProvenanceSpec | ProvenanceRef<AnyIds>>;
    if (typeof specs !== 'object' || specs === null) return record;
    const locate = (quote: string | QuoteSpec) => locateEvidence(quote, texts, sourceFor(draft));
    const mine: DatasetIssue[] = [];
    const resolved = resolveProvenance({ ...draft, provenance: {} } as unknown as AnyRecord<AnyIds>, specs, locate, context, mine);
    // Named as every other issue names the record: `records[i]` where its id is not a usable one.
    for (const issue of mine) issues.push({ ...issue, record: idOf(draft, i) });
    return { ...draft, ...resolved };
  });
  // A value "not stated" by a record whose quotes were not all found may be stated by the missing one: the
  // missing quote is the problem to report.
  const unfound = new Set(issues.filter((issue) => issue.path.startsWith('evidence.')).map((issue) => issue.record));
  return { records, issues: issues.filter((issue) => !(unfound.has(issue.record) && issue.message.startsWith('not stated by'))) };
}

/** Resolves and validates: the records and the dataset they make with `extends`, or a {@link DatasetError}. */
export function resolveAndValidate(drafts: readonly unknown[], options: ResolveOptions = {}): { records: readonly AnyRecord<AnyIds>[]; dataset: Dataset<AnyIds> } {
  if (!Array.isArray(drafts)) throw new InvalidArgumentError(`expected an array of records, got ${typeof drafts}`, 'records', drafts);
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('expected options { extends?, defaultSource? }', 'options', options);
  const given = options.extends;
  const base = (given === undefined ? undefined : 'data' in given ? given.data : given) as Dataset<AnyIds> | undefined;
  const { records, issues } = resolve(drafts, { ...options, extends: base });
  let dataset: Dataset<AnyIds> | undefined;
  let later: readonly DatasetIssue[] = [];
  try {
    dataset = validateDataset(records, base);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    later = error.issues;
  }
  // Say each problem once: a field already reported is not reported again, and a record whose quotes could not
  // all be found fails the evidence and provenance checks for that reason alone.
  const reported = new Set(issues.map((issue) => `${issue.record}\u0000${issue.path}`));
  const unfound = new Set(issues.filter((issue) => issue.path.startsWith('evidence')).map((issue) => issue.record));
  const all = [
    ...issues,
    ...later.filter((issue) => !reported.has(`${issue.record}\u0000${issue.path}`) && !(unfound.has(issue.record) && /^(evidence|provenance)\b/.test(issue.path))),
  ];
  if (all.length > 0 || dataset === undefined) throw new DatasetError(all);
  return { records: deepFreeze(records) as readonly AnyRecord<AnyIds>[], dataset };
}

/**
 * Turns drafts into records: every quote found in its source (a quote alone or with `prefix`/`suffix`; a draft may
 * also give offsets), every source's `sha256` computed when absent (and checked when present), and provenance
 * filled in where the record's quotes state the value, or the field holds an outside identifier. Returns the
 * records, validated and deep-frozen, ready for `createCatalog` or a JSON file.
 *
 * @throws {@link DatasetError} listing every problem, each with the record and the field.
 * @example
 * ```ts
 * import { resolveDrafts } from 'critical-minerals/authoring';
 * const [source, topic] = resolveDrafts([
 *   {
 *     id: 'my-note', kind: 'source', title: 'My note', language: 'en', publisher: null, url: null,
 *     published: { value: '2025-01-02', precision: 'day', earliest: '2025-01-02', latest: '2025-01-02' },
 *     text: 'Mongolia and Japan talked about copper smelting.', evidence: ['Mongolia and Japan talked'], note: null,
 *     provenance: { title: { basis: 'inferred', note: 'my title', quotes: [] }, language: { basis: 'inferred', note: 'English', quotes: [] },
 *       published: { basis: 'inferred', note: 'the day I wrote it', quotes: [] } },
 *   },
 *   { id: 'copper-smelting', kind: 'topic', name: 'copper smelting', evidence: ['copper smelting'], note: null },
 * ]);
 * console.log(source?.kind === 'source' && source.sha256.slice(0, 12)); // 91d02559a5c6
 * console.log(topic?.evidence[0], topic?.provenance);
 * // { source: 'my-note', start: 32, end: 47, quote: 'copper smelting' } { name: { basis: 'stated', evidence: [ 0 ] } }
 * ```
 * @group Drafts
 */
export function resolveDrafts(drafts: readonly unknown[], options: ResolveOptions = {}): readonly AnyRecord<AnyIds>[] {
  return resolveAndValidate(drafts, options).records;
}
