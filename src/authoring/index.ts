/**
 * `critical-minerals/authoring`: bring your own article. Find a quote's offsets ({@link anchorQuote}), turn
 * records written as quotes into validated records ({@link resolveDrafts}, {@link draftCatalog}), and find the
 * quotes again after the text is corrected ({@link reanchor}, {@link reanchorRecords}). Needs `zod` (an optional
 * peer dependency) for validation, and no Node built-in: it runs in browsers too.
 *
 * @example
 * ```ts
 * import { anchorQuote } from 'critical-minerals/authoring';
 * console.log(anchorQuote('Kazakhstan holds uranium.', 'uranium')); // { start: 17, end: 24 }
 * ```
 *
 * @groupDescription Anchoring
 * Finding a quote's offsets in a text, and the SHA-256 a source record holds.
 *
 * @groupDescription Drafts
 * Records written as quotes, with provenance only where the quotes do not state a value, resolved into a catalog.
 *
 * @groupDescription Re-anchoring
 * Finding the quotes again after a source text is corrected: anchored, relocated (accepted explicitly) or orphaned.
 *
 * @groupDescription Errors
 * What resolving drafts throws: one error listing every problem with its record id and field path.
 *
 * @module critical-minerals/authoring
 */
/** @group Anchoring */
export {
  anchorQuote,
  QuoteAnchorError,
  type ClosestPassage,
  type Disambiguation,
  type QuoteContext,
  type TextPosition,
} from './anchor-quote.js';
/** @group Drafts */
export { draftCatalog, type DraftCatalogInput } from './draft-catalog.js';
/** @group Drafts */
export { STANDARD, derivedBy, inferred, resolvedBy, statedBy, type ClaimSpec, type Draft, type ProvenanceSpec, type QuoteSpec } from './draft.js';
/** @group Re-anchoring */
export { REANCHOR_LIMITS, reanchor, type QuotedSpan, type ReanchorResult } from './reanchor.js';
/** @group Re-anchoring */
export { reanchorRecords, type ReanchorReport, type ReanchoredQuote } from './reanchor-records.js';
/** @group Drafts */
export { resolveDrafts, type ResolveOptions } from './resolve-drafts.js';
/** @group Anchoring */
export { sha256Hex } from '../sha256.js';
/** @group Errors */
export { DatasetError, type DatasetIssue } from '../errors.js';
