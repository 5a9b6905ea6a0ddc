/**
 * What the embedded data covers, for a reader to check at run time before trusting an answer: its sources and
 * their rights, how many records of each kind, and the licences (like `__meta` in @mdn/browser-compat-data).
 *
 * @module
 */
import { deepFreeze } from './freeze.js';
import { records } from './generated/dataset.js';
import { KIND_REGISTRY, type RecordKind } from './kinds.js';
import type { SourceId } from './generated/ids.js';
import type { PartialDate } from './types.js';

/**
 * One source the data is drawn from, without its text.
 *
 * @group Data
 */
export interface CoveredSource {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string | null;
  readonly published: PartialDate;
  readonly url: string | null;
  /** `true` when the package ships only the passages it cites, `false` when it ships the whole text. */
  readonly excerpt: boolean;
  /** Who holds the text's rights and on what terms the package ships it. */
  readonly rights: string;
}

/**
 * What the embedded data covers: see {@link coverage}.
 *
 * @group Data
 */
export interface Coverage {
  /** Every source, in id order. */
  readonly sources: readonly CoveredSource[];
  /** How many records of each kind. */
  readonly records: { readonly [K in RecordKind]: number };
  /** All records, of every kind. */
  readonly total: number;
  /** The licence of each part, as SPDX identifiers; `package.json`'s `license` is the three joined by `AND`. */
  readonly licenses: {
    readonly code: 'MIT';
    readonly data: 'CC0-1.0';
    readonly sourceTexts: 'LicenseRef-Third-Party-News-Text';
  };
}

function coverageOf(): Coverage {
  const sources = Object.values(records.sources)
    .map(({ id, title, publisher, published, url, excerpt, rights }) => ({ id, title, publisher, published, url, excerpt, rights }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const counts = Object.fromEntries(
    KIND_REGISTRY.map((entry) => [entry.kind, Object.keys(records[entry.key]).length]),
  ) as Coverage['records'];
  return {
    sources,
    records: counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    licenses: { code: 'MIT', data: 'CC0-1.0', sourceTexts: 'LicenseRef-Third-Party-News-Text' },
  };
}

/**
 * What the embedded data covers (deep-frozen): its sources with their `rights`, the record count per kind, the
 * total, and the licences of code, data and source texts. Check it before reading an empty answer as "none".
 *
 * @example
 * ```ts
 * import { coverage } from 'critical-minerals';
 * console.log(coverage.sources.length, coverage.records.agreement, coverage.licenses.data); // 3 7 CC0-1.0
 * ```
 *
 * @group Data
 */
export const coverage: Coverage = /* @__PURE__ */ deepFreeze(coverageOf());
