/**
 * `critical-minerals/export`: the dataset as plain files for analysts, generated from the same records the
 * package ships. JSON and tidy CSV per kind (link tables for lists, `evidence.csv` for the quotes), NDJSON for everything, and the evidence as W3C Web Annotation
 * JSON-LD. Every function returns text (or, for {@link toAnnotations}, a JSON-ready object) and imports no
 * Node built-in, so it runs in a browser as well as in the build script and the CLI.
 *
 * @example
 * ```ts
 * import { toCsv, toNdjson, toJsonLd } from 'critical-minerals/export';
 * console.log(toCsv('agreement').split('\r\n')[0]?.startsWith('id,kind,name,type,count_value,count_comparator')); // true
 * // records, then evidence quotes:
 * console.log(toNdjson().split('\n').length - 1, JSON.parse(toJsonLd()).total); // 103 255
 * ```
 *
 * @groupDescription Files
 * The dataset as JSON, CSV and NDJSON text, one file per kind or all at once.
 *
 * @groupDescription Web Annotation
 * Every evidence quote as a W3C Web Annotation with quote and position selectors, as JSON-LD.
 *
 * @groupDescription Graphs and viewer
 * Who agreed with whom as GraphML and Cytoscape.js JSON, and the evidence viewer: a source's text with every quote
 * highlighted, as one HTML page.
 *
 * @groupDescription Kinds
 * Checking a kind name given as text, and the dataset shape the exporters take.
 *
 * @module critical-minerals/export
 */
export { csvCell, toCsv, toCsvEvidence, toCsvLinks, type CsvOptions } from './csv.js';
export { countRecords, EXPORT_FORMATS, exportFiles, parseExportFormat, type ExportFile, type ExportFormat } from './files.js';
export { toJson, toNdjson } from './json.js';
export {
  ANNOTATION_CONTEXT,
  ANNOTATION_CONTEXT_DOCUMENT,
  annotationId,
  CONTEXT_LENGTH,
  offlineDocumentLoader,
  recordUrn,
  toAnnotations,
  toJsonLd,
  type EvidenceAnnotation,
  type EvidenceCollection,
  type RemoteDocument,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './json-ld.js';
export { parseRecordKind, type AnyDataset, type KindName } from './record-kind.js';
/** @group Graphs and viewer */
export { toEvidenceViewer } from './evidence-viewer.js';
/** @group Graphs and viewer */
export { toGraphMl } from './graphml.js';
/** @group Graphs and viewer */
export { toCytoscape, type CytoscapeElements } from './cytoscape.js';
/** @group Graphs and viewer */
export type { GraphEdge, GraphNode, GraphRole } from './agreement-graph.js';
