/**
 * The evidence as W3C Web Annotation JSON-LD. Pure: no Node built-ins, so it runs in a browser too.
 *
 * Every evidence quote of every record becomes one `Annotation` whose target is the quoted span of the
 * source text, picked out two ways (https://www.w3.org/TR/annotation-model/#selectors):
 *
 * - a `TextQuoteSelector`: the `exact` words, with up to {@link CONTEXT_LENGTH} characters of `prefix` and
 *   `suffix` from the text around them (left out at the start or end of the text);
 * - a `TextPositionSelector`: `start` and `end` (0-based, end excluded), counted in Unicode code points as
 *   the model requires. The records count UTF-16 code units (JavaScript string indices); the two differ only
 *   after a character outside the Basic Multilingual Plane, such as an emoji.
 *
 * The body is the record the quote is evidence of. Records and sources are named by URNs,
 * `urn:critical-minerals:<kind>:<id>` (`urn:critical-minerals:agreement:kr-kz-lithium-mou`), since the
 * positions count in the text this package ships, not in any web page the text may also stand at.
 * The annotations are gathered in one `AnnotationCollection` with a single `AnnotationPage`.
 *
 * @module
 */
import { dataset } from '../embedded.js';
import { InvalidArgumentError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { quote } from '../printable.js';
import type { AnyIds, Dataset, Source } from '../types.js';
import type { RecordKind } from '../vocabulary.js';
import { kindsFor, recordsOf, type AnyDataset, type KindName } from './record-kind.js';

/**
 * The Web Annotation JSON-LD context.
 *
 * @group Web Annotation
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The JSON-LD context document that {@link ANNOTATION_CONTEXT} names, cut to the terms the evidence collection
 * uses, so that JSON-LD tools can read the evidence with no network (see {@link offlineDocumentLoader}). Each
 * term is defined exactly as in the W3C context (http://www.w3.org/ns/anno.jsonld, W3C Software and Document
 * License, whose notice the document carries in `dc:rights`), so it expands the evidence to the same RDF. The
 * package ships it as `data/contexts/anno.jsonld` and, for `require` and JSON imports, `data/contexts/anno.json`.
 *
 * @example
 * ```ts
 * import { ANNOTATION_CONTEXT_DOCUMENT } from 'critical-minerals/export';
 * console.log(ANNOTATION_CONTEXT_DOCUMENT['@context'].exact); // oa:exact
 * ```
 *
 * @group Web Annotation
 */
export const ANNOTATION_CONTEXT_DOCUMENT = deepFreeze({
  'dc:rights':
    'Term definitions from the W3C Web Annotation context, http://www.w3.org/ns/anno.jsonld. Copyright © 2016 W3C ® (MIT, ERCIM, Keio, Beihang). W3C liability, trademark use rules apply. This Document is licensed under the W3C Software and Document license',
  'dcterms:license': { '@id': 'https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document' },
  '@context': {
    oa: 'http://www.w3.org/ns/oa#',
    dc: 'http://purl.org/dc/elements/1.1/',
    dcterms: 'http://purl.org/dc/terms/',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    as: 'http://www.w3.org/ns/activitystreams#',
    id: { '@type': '@id', '@id': '@id' },
    type: { '@type': '@id', '@id': '@type' },
    Annotation: 'oa:Annotation',
    TextQuoteSelector: 'oa:TextQuoteSelector',
    TextPositionSelector: 'oa:TextPositionSelector',
    AnnotationCollection: 'as:OrderedCollection',
    AnnotationPage: 'as:OrderedCollectionPage',
    identifying: 'oa:identifying',
    body: { '@type': '@id', '@id': 'oa:hasBody' },
    target: { '@type': '@id', '@id': 'oa:hasTarget' },
    source: { '@type': '@id', '@id': 'oa:hasSource' },
    selector: { '@type': '@id', '@id': 'oa:hasSelector' },
    motivation: { '@type': '@vocab', '@id': 'oa:motivatedBy' },
    items: { '@type': '@id', '@id': 'as:items', '@container': '@list' },
    first: { '@type': '@id', '@id': 'as:first' },
    start: 'oa:start',
    end: 'oa:end',
    exact: 'oa:exact',
    prefix: 'oa:prefix',
    suffix: 'oa:suffix',
    label: 'rdfs:label',
    total: 'as:totalItems',
    startIndex: 'as:startIndex',
  },
} as const);

/**
 * What a JSON-LD document loader returns (the shape jsonld.js expects).
 *
 * @group Web Annotation
 */
export interface RemoteDocument {
  readonly contextUrl: null;
  readonly documentUrl: string;
  readonly document: typeof ANNOTATION_CONTEXT_DOCUMENT;
}

const CONTEXT_URLS: ReadonlySet<string> = new Set([ANNOTATION_CONTEXT, 'https://www.w3.org/ns/anno.jsonld']);

/**
 * A JSON-LD document loader that answers the Web Annotation context ({@link ANNOTATION_CONTEXT}, over `http:`
 * or `https:`) from {@link ANNOTATION_CONTEXT_DOCUMENT} and refuses every other URL, so that reading the
 * evidence never touches the network. Pass it as jsonld.js's `documentLoader` option:
 * `jsonld.toRDF(toAnnotations(), { documentLoader: offlineDocumentLoader, safe: true })`.
 *
 * @param url - the URL the JSON-LD processor asks for.
 * @throws `InvalidArgumentError` (as a rejected promise) for any other URL.
 * @example
 * ```ts
 * import { ANNOTATION_CONTEXT, offlineDocumentLoader } from 'critical-minerals/export';
 * const { documentUrl, document } = await offlineDocumentLoader(ANNOTATION_CONTEXT);
 * console.log(documentUrl, document['@context'].body['@id']); // http://www.w3.org/ns/anno.jsonld oa:hasBody
 * ```
 *
 * @group Web Annotation
 */
export async function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  if (typeof url === 'string' && CONTEXT_URLS.has(url)) return { contextUrl: null, documentUrl: url, document: ANNOTATION_CONTEXT_DOCUMENT };
  throw new InvalidArgumentError(
    `Invalid url: ${typeof url === 'string' ? quote(url) : typeof url} is not a context this package ships; it answers only ${ANNOTATION_CONTEXT} offline.`,
    'url',
    url,
  );
}

/**
 * How many characters (code points) of text around a quote a `TextQuoteSelector` carries on each side.
 *
 * @group Web Annotation
 */
export const CONTEXT_LENGTH = 32;

/**
 * A W3C `TextQuoteSelector`: the quote, and the text just before and after it.
 *
 * @group Web Annotation
 */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  /** Up to {@link CONTEXT_LENGTH} characters before the quote; absent at the start of the text. */
  readonly prefix?: string;
  /** Up to {@link CONTEXT_LENGTH} characters after the quote; absent at the end of the text. */
  readonly suffix?: string;
}

/**
 * A W3C `TextPositionSelector`: code-point offsets, 0-based, `end` excluded.
 *
 * @group Web Annotation
 */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/**
 * One evidence quote as a W3C `Annotation`: the body is the record, the target the quoted span.
 *
 * @group Web Annotation
 */
export interface EvidenceAnnotation {
  /** `urn:critical-minerals:annotation:<record id>:<index of the quote in its evidence>`. */
  readonly id: string;
  readonly type: 'Annotation';
  /** `identifying`: the quote names or describes the record. */
  readonly motivation: 'identifying';
  /** The record's URN, `urn:critical-minerals:<kind>:<id>`. */
  readonly body: string;
  readonly target: {
    /** The source's URN, `urn:critical-minerals:source:<id>`. */
    readonly source: string;
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  };
}

/**
 * The JSON-LD document: every annotation in one collection.
 *
 * @group Web Annotation
 */
export interface EvidenceCollection {
  readonly '@context': typeof ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly EvidenceAnnotation[];
  };
}

/**
 * The URN that names a record in the JSON-LD: `urn:critical-minerals:<kind>:<id>`.
 *
 * @example
 * ```ts
 * import { recordUrn } from 'critical-minerals/export';
 * console.log(recordUrn('country', 'KZ')); // urn:critical-minerals:country:KZ
 * ```
 *
 * @group Web Annotation
 */
export function recordUrn(kind: RecordKind, id: string): string {
  return `urn:critical-minerals:${kind}:${encodeURIComponent(id)}`;
}

/**
 * The id of the annotation for a record's `i`-th evidence quote: `urn:critical-minerals:annotation:<id>:<i>`. The
 * graph exports name evidence by these ids, so an edge's evidence can be looked up in the JSON-LD.
 *
 * @example
 * ```ts
 * import { annotationId } from 'critical-minerals/export';
 * console.log(annotationId('kr-kz-lithium-mou', 0)); // urn:critical-minerals:annotation:kr-kz-lithium-mou:0
 * ``` * @group Web Annotation
 */
export function annotationId(recordId: string, index: number): string {
  return `urn:critical-minerals:annotation:${encodeURIComponent(recordId)}:${index}`;
}

/** A text's code points, with the UTF-16 index each starts at, so offsets can be converted both ways. */
interface CodePoints {
  readonly chars: readonly string[];
  /** `index[i]` is the code-point index of UTF-16 index `i` (and of `text.length`, the end). */
  readonly index: Uint32Array;
}

function codePointsOf(text: string): CodePoints {
  const chars: string[] = [];
  const index = new Uint32Array(text.length + 1);
  let unit = 0;
  for (const char of text) {
    index[unit] = chars.length;
    if (char.length === 2) index[unit + 1] = chars.length;
    unit += char.length;
    chars.push(char);
  }
  index[text.length] = chars.length;
  return { chars, index };
}

/**
 * The evidence of every record (or of one kind's records) as a Web Annotation collection: an object ready
 * for `JSON.stringify`. Records in `RECORD_KINDS` order, then dataset order, then evidence order.
 *
 * @param kind - keep only the evidence of this kind's records; omit for all.
 * @param data - the dataset to read; the embedded one by default.
 * @throws `InvalidArgumentError` for an unknown kind.
 * @example
 * ```ts
 * import { toAnnotations } from 'critical-minerals/export';
 * const [first] = toAnnotations('agreement').first.items;
 * console.log(first?.body, first?.target.selector[1]);
 * // urn:critical-minerals:agreement:kr-kz-critical-minerals-supply-chain-mou { type: 'TextPositionSelector', start: 0, end: 65 }
 * ```
 *
 * @group Web Annotation
 */
export function toAnnotations(kind?: KindName | null, data: AnyDataset = dataset): EvidenceCollection {
  const sources = (data as Dataset<AnyIds>).sources as Readonly<Record<string, Source<AnyIds>>>;
  const texts = new Map<string, CodePoints>();
  const textOf = (source: string): CodePoints => {
    let points = texts.get(source);
    if (!points) {
      const record = Object.hasOwn(sources, source) ? sources[source] : undefined;
      if (!record) throw new InvalidArgumentError(`Invalid data: evidence points into an unknown source "${source}".`, 'data', data);
      texts.set(source, (points = codePointsOf(record.text)));
    }
    return points;
  };
  const items: EvidenceAnnotation[] = [];
  for (const k of kindsFor(kind)) {
    for (const record of recordsOf(k, data)) {
      record.evidence.forEach((evidence, i) => {
        const { chars, index } = textOf(evidence.source);
        const start = index[evidence.start]!;
        const end = index[evidence.end]!;
        const prefix = chars.slice(Math.max(0, start - CONTEXT_LENGTH), start).join('');
        const suffix = chars.slice(end, end + CONTEXT_LENGTH).join('');
        const quote: TextQuoteSelector = {
          type: 'TextQuoteSelector',
          exact: evidence.quote,
          ...(prefix === '' ? {} : { prefix }),
          ...(suffix === '' ? {} : { suffix }),
        };
        items.push({
          id: annotationId(record.id, i),
          type: 'Annotation',
          motivation: 'identifying',
          body: recordUrn(record.kind, record.id),
          target: {
            source: recordUrn('source', evidence.source),
            selector: [quote, { type: 'TextPositionSelector', start, end }],
          },
        });
      });
    }
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: kind === undefined || kind === null ? 'urn:critical-minerals:evidence' : `urn:critical-minerals:evidence:${kindsFor(kind)[0]}`,
    type: 'AnnotationCollection',
    label: 'Evidence quotes of the critical-minerals dataset',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * {@link toAnnotations} as JSON-LD text, indented by two spaces, with a final newline.
 *
 * @example
 * ```ts
 * import { toJsonLd } from 'critical-minerals/export';
 * const doc = JSON.parse(toJsonLd());
 * console.log(doc['@context'], doc.type); // http://www.w3.org/ns/anno.jsonld AnnotationCollection
 * ```
 *
 * @group Web Annotation
 */
export function toJsonLd(kind?: KindName | null, data: AnyDataset = dataset): string {
  return `${JSON.stringify(toAnnotations(kind, data), null, 2)}\n`;
}
