/**
 * Checks a record's provenance against its values and quotes: every populated field has an entry; a `stated`
 * entry's quotes hold a surface form of every item of the value; a `derived` entry names a known rule and the
 * quotes it reads; `standard` is used only on fields that hold outside identifiers; an `inferred` entry says why.
 *
 * @module
 */
import type { DatasetIssue } from './errors.js';
import { DERIVATION_RULES, PROVENANCE_BASES, populatedPaths, valueAt, type ProvenanceRef } from './provenance.js';
import { unstatedReason, type SurfaceContext } from './surface-forms.js';
import type { AnyIds, AnyRecord } from './types.js';

/**
 * The fields that hold outside identifiers from the project's reference list (ISO 3166 names and codes, UN M49,
 * element symbols and groups, checked Wikidata ids, CAMEO and PLOVER codes), by kind: the only fields a
 * `standard` entry may describe.
 */
export const STANDARD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  country: ['name', 'officialName', 'alpha2', 'alpha3', 'numeric', 'historical', 'wikidata'],
  region: ['name', 'm49', 'm49Members', 'wikidata'],
  place: ['country', 'wikidata'],
  person: ['wikidata'],
  mineral: ['category', 'symbol', 'atomicNumber', 'elements', 'wikidata'],
  agreement: ['cameo', 'plover'],
  event: ['cameo', 'plover'],
  statement: ['cameo'],
};

/** Fields that carry no provenance of their own on records of one kind: a source's text is the source itself. */
const OWN_TEXT: Readonly<Record<string, readonly string[]>> = { source: ['text'] };

/** The populated fields of a record that need a provenance entry, as dotted paths. */
export function provenancePaths(record: AnyRecord<AnyIds>): readonly string[] {
  const paths = populatedPaths(record);
  const skip = OWN_TEXT[record.kind];
  return skip === undefined ? paths : paths.filter((path) => !skip.includes(path));
}

const BASES: readonly string[] = PROVENANCE_BASES;

/**
 * Every problem with one record's provenance, as dataset issues naming the record and the field, appended to
 * `issues` (a new list if not given), which is returned.
 */
export function provenanceIssues(record: AnyRecord<AnyIds>, context: SurfaceContext, issues: DatasetIssue[] = []): DatasetIssue[] {
  const at = (path: string, message: string) =>
    issues.push({ record: record.id, kind: record.kind, path: `provenance.${path}`, message });
  const refs = (record as { provenance?: Readonly<Record<string, ProvenanceRef<AnyIds>>> }).provenance ?? {};
  const paths = provenancePaths(record);
  for (const path of paths) if (!Object.hasOwn(refs, path)) at(path, 'a populated field has no provenance entry');
  for (const path of Object.keys(refs)) {
    const ref = refs[path]!;
    if (!paths.includes(path)) {
      at(path, 'provenance for a field that is empty or not provenanced');
      continue;
    }
    if (!BASES.includes(ref.basis)) continue; // the schema reports it
    const bad = firstBadPosition(ref.evidence, record.evidence.length);
    if (bad !== -1) {
      at(path, `evidence position ${ref.evidence[bad]} is not in the record's evidence (0–${record.evidence.length - 1})`);
      continue;
    }
    // Every position is valid: there are as many quotes as positions.
    if (ref.basis === 'stated') {
      const reason =
        ref.evidence.length === 0
          ? 'a stated value needs at least one quote'
          : unstatedReason(record, path, ref.evidence.map((i) => record.evidence[i]!.quote), context);
      if (reason !== null) at(path, `stated, but ${reason}`);
    } else if (ref.basis === 'derived') {
      if (ref.rule === undefined || !Object.hasOwn(DERIVATION_RULES, ref.rule)) at(path, `derived by an unknown rule ${JSON.stringify(ref.rule)}`);
      else if (ref.evidence.length === 0 && ref.rule !== 'sha256-of-text') at(path, `derived by "${ref.rule}" from no quote: name the quotes the rule reads`);
    } else if (ref.basis === 'standard') {
      if (!(STANDARD_FIELDS[record.kind] ?? []).includes(path)) at(path, `standard, but ${record.kind}.${path} holds no outside identifier`);
    } else if (ref.note === undefined || ref.note.trim() === '') {
      at(path, 'inferred without a note saying why');
    }
    if (ref.basis !== 'derived' && ref.rule !== undefined) at(path, `a rule goes only with a derived value, not ${ref.basis}`);
    if (ref.comparator !== undefined && !Array.isArray(valueAt(record, path))) at(path, 'a comparator goes only with a list');
    if (ref.reportedBy !== undefined && context.lookup(ref.reportedBy)?.kind !== 'person') {
      at(path, `reportedBy "${ref.reportedBy}" is not a person in the dataset`);
    }
    if (ref.claims !== undefined) claimIssues(record, path, ref, context).forEach((message) => at(path, message));
    else if (ref.conflict !== undefined) at(path, 'conflict goes only with claims');
  }
  return issues;
}

/** The first of `positions` that is not a position in a list of `length` quotes, or -1 (a loop: no callback per entry). */
function firstBadPosition(positions: readonly number[], length: number): number {
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i]!;
    if (!Number.isInteger(at) || at < 0 || at >= length) return i;
  }
  return -1;
}

/** The same JSON value: claims and record values are plain data. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Problems with a field's claims: each claim's quotes exist (a stated claim's quotes hold its value's words); the
 * `conflict` flag says whether the claims disagree; a conflict is resolved by a named rule to one claimed value;
 * claims that agree give the record's value.
 */
function claimIssues(record: AnyRecord<AnyIds>, path: string, ref: ProvenanceRef<AnyIds>, context: SurfaceContext): string[] {
  const problems: string[] = [];
  const claims = ref.claims ?? [];
  claims.forEach((claim, i) => {
    const bad = claim.evidence.filter((e) => !Number.isInteger(e) || e < 0 || e >= record.evidence.length);
    if (bad.length > 0) return problems.push(`claim ${i}: evidence position ${bad[0]} is not in the record's evidence`);
    if (claim.basis === 'stated') {
      const claimed = { ...record, [path]: claim.value } as AnyRecord<AnyIds>;
      const reason = unstatedReason(claimed, path, claim.evidence.map((e) => record.evidence[e]!.quote), context);
      if (reason !== null) problems.push(`claim ${i} is stated, but ${reason}`);
    } else if (claim.basis === 'inferred' && claim.note === undefined) {
      problems.push(`claim ${i} is inferred without a note saying why`);
    } else if (claim.basis === 'standard') {
      problems.push(`claim ${i}: a claim comes from a source, so it cannot be standard`);
    }
    return undefined;
  });
  const value = valueAt(record, path);
  const disagree = claims.some((claim) => !same(claim.value, claims[0]!.value));
  if (disagree !== (ref.conflict === true)) {
    problems.push(disagree ? 'the claims disagree: mark conflict: true and resolve it by a rule' : 'conflict: true, but the claims agree');
  }
  if (disagree && ref.basis !== 'derived') problems.push('a conflict is resolved by a named rule: the value must be derived');
  if (!claims.some((claim) => same(claim.value, value))) problems.push('the value is none of the claimed values');
  return problems;
}

