/**
 * Fact checks as data: each check states one fact of the article, takes a dataset and returns what it found
 * wrong (nothing when the fact holds). `test/facts.test.ts` runs them on the embedded data; `npm run mutate:data`
 * runs them on mutated copies, in memory, to measure whether they notice a careless edit.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Dataset } from '../../src/types.js';
import type { DatasetKey } from '../../src/kinds.js';

export interface FactCheck {
  /** The kind of record the fact is about. */
  readonly kind: DatasetKey;
  /** The fact, as a sentence. */
  readonly fact: string;
  /** The findings on `data`: empty when the fact holds. */
  check(data: Dataset): string[];
}

/** What a check body uses to compare: each failed comparison becomes a finding. */
export interface Expect {
  /** `actual` deep-equals `expected`. */
  equal(what: string, actual: unknown, expected: unknown): void;
  /** `actual` holds the same items as `expected`, in any order. */
  sameItems(what: string, actual: readonly unknown[] | null | undefined, expected: readonly unknown[]): void;
  /** The provenance of `field` in `record` has this basis (and rule, and evidence quotes when given). */
  basis(record: ProvenancedRecord | undefined, field: string, basis: string, rule?: string): void;
  /** The provenance of `field` in `record` cites exactly these quotes, in this order. */
  quotes(record: ProvenancedRecord | undefined, field: string, quotes: readonly string[]): void;
}

interface ProvenancedRecord {
  readonly id: string;
  readonly provenance: Readonly<Record<string, { readonly basis: string; readonly rule?: string; readonly evidence: readonly number[] }>>;
  readonly evidence: readonly { readonly quote: string }[];
}

const show = (value: unknown) => JSON.stringify(value);

/** One fact about records of `kind`. A body that throws (a record gone, say) is a finding too. */
export function fact(kind: DatasetKey, statement: string, body: (data: Dataset, expect: Expect) => void): FactCheck {
  return {
    kind,
    fact: statement,
    check(data) {
      const findings: string[] = [];
      const expect: Expect = {
        equal(what, actual, expected) {
          if (!isDeepStrictEqual(actual, expected)) findings.push(`${what}: expected ${show(expected)}, got ${show(actual)}`);
        },
        sameItems(what, actual, expected) {
          const sorted = (items: readonly unknown[]) => items.map(show).sort();
          if (!Array.isArray(actual) || !isDeepStrictEqual(sorted(actual), sorted(expected))) {
            findings.push(`${what}: expected the items ${show(expected)}, got ${show(actual)}`);
          }
        },
        basis(record, field, basis, rule) {
          const entry = record?.provenance[field];
          const got = entry === undefined ? undefined : rule === undefined ? entry.basis : `${entry.basis} ${entry.rule}`;
          const want = rule === undefined ? basis : `${basis} ${rule}`;
          if (got !== want) findings.push(`${record?.id}.${field} basis: expected ${want}, got ${got}`);
        },
        quotes(record, field, quotes) {
          const cited = record?.provenance[field]?.evidence.map((i) => record.evidence[i]?.quote);
          if (!isDeepStrictEqual(cited, quotes)) findings.push(`${record?.id}.${field} quotes: expected ${show(quotes)}, got ${show(cited)}`);
        },
      };
      try {
        body(data, expect);
      } catch (error) {
        findings.push(`threw: ${(error as Error).message}`);
      }
      return findings;
    },
  };
}
