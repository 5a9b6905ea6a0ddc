/**
 * Turns authored provenance into stored provenance. An author writes provenance only for values that are not
 * simply stated by the record's quotes (derived, inferred, an open list, someone's reported words); every other
 * populated field is filled in here: `stated`, pointing at the record's quotes that hold its surface forms, or,
 * for a field that holds an outside identifier and no quote says, `standard`. A field that fits neither is a
 * problem naming the record and the field. The validation that follows checks every entry again. An entry already
 * in stored form (`evidence` as positions) is kept as it is.
 *
 * @module
 */
import type { DatasetIssue } from '../errors.js';
import { STANDARD_FIELDS, provenancePaths } from '../provenance-check.js';
import { valueAt, type ClaimRef, type ProvenanceRef } from '../provenance.js';
import { sayingQuotes, unstatedReason, type SurfaceContext } from '../surface-forms.js';
import type { AnyIds, AnyRecord, Evidence } from '../types.js';
import type { ProvenanceSpec, QuoteSpec } from './draft.js';

/** What {@link resolveProvenance} gives: the record's evidence (grown by the quotes provenance names) and its provenance. */
export interface Resolved {
  readonly evidence: Evidence<AnyIds>[];
  readonly provenance: Record<string, ProvenanceRef<AnyIds>>;
}

type Locate = (spec: string | QuoteSpec) => { evidence: Evidence<AnyIds> } | { problem: string };

/** Resolves one record's authored provenance; problems go to `issues`. */
export function resolveProvenance(
  record: AnyRecord<AnyIds>,
  specs: Readonly<Record<string, ProvenanceSpec | ProvenanceRef<AnyIds>>>,
  locate: Locate,
  context: SurfaceContext,
  issues: DatasetIssue[],
): Resolved {
  const evidence = [...record.evidence];
  const issue = (path: string, message: string) => issues.push({ record: record.id, kind: record.kind, path: `provenance.${path}`, message });
  const positionOf = (found: Evidence<AnyIds>) => {
    const at = evidence.findIndex((e) => e.source === found.source && e.start === found.start && e.end === found.end);
    if (at !== -1) return at;
    evidence.push(found);
    return evidence.length - 1;
  };
  const positions = (path: string, quotes: readonly (string | QuoteSpec)[]) =>
    quotes.flatMap((quote) => {
      const found = locate(quote);
      if ('problem' in found) {
        issue(path, found.problem);
        return [];
      }
      return [positionOf(found.evidence)];
    });

  const provenance: Record<string, ProvenanceRef<AnyIds>> = {};
  const paths = provenancePaths(record);
  for (const path of Object.keys(specs)) if (!paths.includes(path)) issue(path, 'authored provenance for a field that is empty');
  for (const path of paths) {
    const spec = Object.hasOwn(specs, path) ? specs[path]! : undefined;
    if (spec === undefined) {
      const quotes = evidence.map((e) => e.quote);
      const saying = sayingQuotes(record, path, quotes, context);
      const reason = unstatedReason(record, path, saying.map((i) => quotes[i]!), context);
      if (reason === null) provenance[path] = { basis: 'stated', evidence: saying };
      else if ((STANDARD_FIELDS[record.kind] ?? []).includes(path)) provenance[path] = { basis: 'standard', evidence: [] };
      else issue(path, `not stated by the record's quotes (${reason}); author its provenance: derived, inferred, or stated by another quote`);
      continue;
    }
    if ('evidence' in spec) {
      provenance[path] = spec;
      continue;
    }
    const ref: { -readonly [K in keyof ProvenanceRef<AnyIds>]: ProvenanceRef<AnyIds>[K] } = { basis: spec.basis, evidence: [] };
    if (spec.basis !== 'standard') ref.evidence = positions(path, spec.quotes);
    if (spec.basis === 'stated' && ref.evidence.length === 0) {
      ref.evidence = sayingQuotes(record, path, evidence.map((e) => e.quote), context);
    }
    if (spec.basis === 'derived') ref.rule = spec.rule;
    if (spec.note !== undefined) ref.note = spec.note;
    if ('comparator' in spec && spec.comparator !== undefined) ref.comparator = spec.comparator;
    if ('reportedBy' in spec && spec.reportedBy !== undefined) ref.reportedBy = spec.reportedBy;
    if ('claims' in spec && spec.claims !== undefined) {
      const claims = spec.claims.map((claim) => {
        const stored: { -readonly [K in keyof ClaimRef]: ClaimRef[K] } = { value: claim.value, basis: claim.basis, evidence: positions(path, claim.quotes) };
        if (claim.rule !== undefined) stored.rule = claim.rule;
        if (claim.note !== undefined) stored.note = claim.note;
        if (claim.gloss !== undefined) stored.gloss = claim.gloss;
        return stored;
      });
      ref.claims = claims;
      const value = JSON.stringify(valueAt(record, path));
      if (claims.some((claim) => JSON.stringify(claim.value) !== JSON.stringify(claims[0]!.value))) ref.conflict = true;
      // A resolved value points at the quotes of the claims that give it.
      if (ref.evidence.length === 0) {
        ref.evidence = [...new Set(claims.filter((c) => JSON.stringify(c.value) === value).flatMap((c) => c.evidence))];
      }
    }
    provenance[path] = ref;
  }
  return { evidence, provenance };
}

