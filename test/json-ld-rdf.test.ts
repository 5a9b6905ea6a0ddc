/**
 * The evidence JSON-LD read by a real JSON-LD processor (jsonld.js) with no network: the package's own context
 * document answers the one remote context, and the RDF it gives is counted against the evidence itself.
 */
import jsonld, { type Quad } from 'jsonld';
import { describe, expect, it } from 'vitest';
import { dataset, InvalidArgumentError } from '../src/index.js';
import { ANNOTATION_CONTEXT, ANNOTATION_CONTEXT_DOCUMENT, offlineDocumentLoader, toAnnotations, toJsonLd } from '../src/export/index.js';
import { recordsOf } from '../src/export/record-kind.js';
import { RECORD_KINDS } from '../src/vocabulary.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const OA = 'http://www.w3.org/ns/oa#';


/** Every evidence quote in the dataset, with whether it has text before and after it in its source. */
function evidenceOfDataset() {
  const all: { id: string; urn: string; start: number; end: number; textLength: number; quote: string }[] = [];
  for (const kind of RECORD_KINDS) {
    const records = recordsOf(kind, dataset);
    for (const record of records) {
      for (const e of record.evidence) {
        const text = (dataset.sources as Readonly<Record<string, { text: string }>>)[e.source]!.text;
        all.push({ id: record.id, urn: `urn:critical-minerals:${kind}:${encodeURIComponent(record.id)}`, start: e.start, end: e.end, textLength: text.length, quote: e.quote });
      }
    }
  }
  return all;
}

async function toQuads(doc: unknown, asked: string[]): Promise<Quad[]> {
  const loader = (url: string) => {
    asked.push(url);
    return offlineDocumentLoader(url);
  };
  return jsonld.toRDF(doc as object, { documentLoader: loader, safe: true });
}

describe('the evidence as RDF, offline', () => {
  it('jsonld.toRDF reads the whole collection asking only for the Web Annotation context, and drops nothing (safe mode)', async () => {
    const asked: string[] = [];
    const quads = await toQuads(JSON.parse(toJsonLd()), asked);
    expect(asked).toEqual([ANNOTATION_CONTEXT]);
    const evidence = evidenceOfDataset();
    expect(evidence.length).toBeGreaterThan(200);
    // Per quote: the annotation's type, motivation, body and target (4); the target's source and two selectors (3);
    // the quote selector's type and exact words (2) and its prefix and suffix where the text goes on (0 to 2); the
    // position selector's type, start and end (3); the list cell that holds the annotation (2). Then the collection
    // (type, label, total, first: 4) and its page (type, startIndex, items: 3).
    const perQuote = evidence.reduce((sum, e) => sum + 14 + (e.start > 0 ? 1 : 0) + (e.end < e.textLength ? 1 : 0), 0);
    expect(quads.length).toBe(7 + perQuote);
    const annotations = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${OA}Annotation`);
    expect(annotations.length).toBe(evidence.length);
  });

  it('each annotation’s body is its record and its exact words are the quote, in dataset order', async () => {
    const quads = await toQuads(toAnnotations(), []);
    const bodies = new Map(quads.filter((q) => q.predicate.value === `${OA}hasBody`).map((q) => [q.subject.value, q.object.value]));
    const exacts = quads.filter((q) => q.predicate.value === `${OA}exact`).map((q) => q.object.value).sort();
    const evidence = evidenceOfDataset();
    expect(exacts).toEqual(evidence.map((e) => e.quote).sort());
    const counters = new Map<string, number>();
    for (const e of evidence) {
      const i = counters.get(e.id) ?? 0;
      counters.set(e.id, i + 1);
      expect(bodies.get(`urn:critical-minerals:annotation:${encodeURIComponent(e.id)}:${i}`)).toBe(e.urn);
    }
    expect(bodies.size).toBe(evidence.length);
  });

  it('positions become integers of the Web Annotation vocabulary', async () => {
    const quads = await toQuads(toAnnotations('agreement'), []);
    const starts = quads.filter((q) => q.predicate.value === `${OA}start`);
    expect(starts.length).toBe(toAnnotations('agreement').total);
    for (const q of starts) expect(q.object).toMatchObject({ termType: 'Literal', datatype: { value: 'http://www.w3.org/2001/XMLSchema#integer' } });
  });

  it('safe mode would fail on a term the shipped context lacks, so a term added to the export must be added to the context', async () => {
    const doc = { ...toAnnotations('agreement'), creator: 'urn:critical-minerals:someone' };
    await expect(toQuads(doc, [])).rejects.toThrow(/creator|safe|dropped/i);
  });

  it('the context defines only terms the collection uses, and each as the W3C context does', () => {
    const context = ANNOTATION_CONTEXT_DOCUMENT['@context'];
    const used = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key !== '@context') used.add(key);
          walk(inner);
        }
      } else if (typeof value === 'string' && Object.hasOwn(context, value)) used.add(value);
    };
    walk(toAnnotations());
    const prefixes = ['oa', 'dc', 'dcterms', 'rdfs', 'as'];
    expect(Object.keys(context).filter((key) => !prefixes.includes(key)).sort()).toEqual([...used].sort());
    expect(context.exact).toBe('oa:exact');
    expect(context.items).toEqual({ '@type': '@id', '@id': 'as:items', '@container': '@list' });
    expect(context.motivation).toEqual({ '@type': '@vocab', '@id': 'oa:motivatedBy' });
    expect(Object.isFrozen(context.items)).toBe(true);
  });
});

describe('offlineDocumentLoader', () => {
  it('answers the context over http and https, and nothing else', async () => {
    expect((await offlineDocumentLoader('https://www.w3.org/ns/anno.jsonld')).document).toBe(ANNOTATION_CONTEXT_DOCUMENT);
    expect(await offlineDocumentLoader(ANNOTATION_CONTEXT)).toEqual({ contextUrl: null, documentUrl: ANNOTATION_CONTEXT, document: ANNOTATION_CONTEXT_DOCUMENT });
    await expect(offlineDocumentLoader('https://schema.org/')).rejects.toThrow(InvalidArgumentError);
    await expect(offlineDocumentLoader('https://schema.org/')).rejects.toThrow('Invalid url: "https://schema.org/" is not a context this package ships; it answers only http://www.w3.org/ns/anno.jsonld offline.');
    await expect(offlineDocumentLoader('\u001b[31mx'.repeat(50))).rejects.toThrow(/\\u001b\[31mx.*… \(300 characters\)/);
    await expect(offlineDocumentLoader(42 as never)).rejects.toThrow('Invalid url: number is not');
  });
});
