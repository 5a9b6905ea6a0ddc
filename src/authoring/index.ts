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
 * @module critical-minerals/authoring
 */
export {
  anchorQuote,
  QuoteAnchorError,
  type ClosestPassage,
  type Disambiguation,
  type QuoteContext,
  type TextPosition,
} from './anchor-quote.js';
export { draftCatalog, type DraftCatalogInput } from './draft-catalog.js';
export { STANDARD, derivedBy, inferred, resolvedBy, statedBy, type ClaimSpec, type Draft, type ProvenanceSpec, type QuoteSpec } from './draft.js';
export { REANCHOR_LIMITS, reanchor, type QuotedSpan, type ReanchorResult } from './reanchor.js';
export { reanchorRecords, type ReanchorReport, type ReanchoredQuote } from './reanchor-records.js';
export { resolveDrafts, type ResolveOptions } from './resolve-drafts.js';
export { sha256Hex } from '../sha256.js';
export { DatasetError, type DatasetIssue } from '../errors.js';
