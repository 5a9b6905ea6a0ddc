/**
 * The GraphML, JSON-LD and export-file functions on small made-up datasets, compared as exact values: the whole
 * GraphML document (escaping included), whole annotation collections (ids, labels, code-point positions next to
 * an astral character), the export file names per format and kind, record counts, and the exact errors for a bad
 * format, an unknown source and a URL the offline loader does not ship.
 */
import { describe, expect, it } from 'vitest';
import { countRecords, exportFiles, parseExportFormat } from '../src/export/files.js';
import { toGraphMl } from '../src/export/graphml.js';
import { offlineDocumentLoader, toAnnotations, toJsonLd } from '../src/export/json-ld.js';
import { toNdjson } from '../src/export/json.js';
import type { AnyDataset } from '../src/export/record-kind.js';
import { DATASET_KEYS, InvalidArgumentError } from '../src/index.js';

const emptyKinds = () => Object.fromEntries(Object.values(DATASET_KEYS).map((key) => [key, {}]));

/** Thrown error of `fn`, for comparing its class, message, parameter and input at once. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('toGraphMl', () => {
  /** One agreement whose id, name and parties need XML escaping, a known country and an unknown party. */
  const data = {
    ...emptyKinds(),
    countries: { KR: { id: 'KR', kind: 'country', name: 'Korea & Co', evidence: [], provenance: {} } },
    agreements: {
      'a&b': {
        id: 'a&b',
        kind: 'agreement',
        name: `Tom & Jerry's <"deal">`,
        type: 'mou',
        date: { value: '2024-06' },
        parties: ['KR', 'X<Y'],
        signedBy: null,
        evidence: [],
        provenance: { parties: { basis: 'stated', evidence: [0, 2] } },
      },
    },
  } as unknown as AnyDataset;

  it('writes the whole document: header, keys, escaped nodes and edges, space-separated evidence, closing tags', () => {
    const evidence = 'urn:critical-minerals:annotation:a%26b:0 urn:critical-minerals:annotation:a%26b:2';
    expect(toGraphMl(data)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
        '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
        '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
        '  <key id="date" for="node" attr.name="date" attr.type="string"/>',
        '  <key id="role" for="edge" attr.name="role" attr.type="string"/>',
        '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
        '  <graph id="agreements" edgedefault="directed">',
        '    <node id="a&amp;b"><data key="kind">agreement</data><data key="label">Tom &amp; Jerry&apos;s &lt;&quot;deal&quot;&gt;</data><data key="type">mou</data><data key="date">2024-06</data></node>',
        '    <node id="KR"><data key="kind">country</data><data key="label">Korea &amp; Co</data></node>',
        '    <node id="X&lt;Y"><data key="kind">unknown</data><data key="label">X&lt;Y</data></node>',
        `    <edge id="a&amp;b--party--KR" source="a&amp;b" target="KR"><data key="role">party</data><data key="evidence">${evidence}</data></edge>`,
        `    <edge id="a&amp;b--party--X&lt;Y" source="a&amp;b" target="X&lt;Y"><data key="role">party</data><data key="evidence">${evidence}</data></edge>`,
        '  </graph>',
        '</graphml>',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty graph for a dataset with no agreements', () => {
    const lines = toGraphMl({ ...emptyKinds() } as unknown as AnyDataset).split('\n');
    expect(lines.slice(-4)).toEqual(['  <graph id="agreements" edgedefault="directed">', '  </graph>', '</graphml>', '']);
    expect(lines).toHaveLength(12);
  });
});

describe('toAnnotations and toJsonLd', () => {
  // UTF-16 units: H0 i1 ␠2 😀3-4 ␠5 t6 o7 p8; code points: H0 i1 ␠2 😀3 ␠4 t5 o6 p7.
  const text = 'Hi 😀 top';
  const data = {
    ...emptyKinds(),
    sources: { src: { id: 'src', kind: 'source', text, evidence: [], provenance: {} } },
    countries: { 'K/R': { id: 'K/R', kind: 'country', name: 'Korea', evidence: [{ source: 'src', start: 0, end: 2, quote: 'Hi' }], provenance: {} } },
    agreements: {
      mou: {
        id: 'mou',
        kind: 'agreement',
        name: 'An MOU',
        evidence: [
          { source: 'src', start: 3, end: 5, quote: '😀' },
          { source: 'src', start: 6, end: 9, quote: 'top' },
        ],
        provenance: {},
      },
    },
  } as unknown as AnyDataset;

  const korea = {
    id: 'urn:critical-minerals:annotation:K%2FR:0',
    type: 'Annotation',
    motivation: 'identifying',
    body: 'urn:critical-minerals:country:K%2FR',
    target: {
      source: 'urn:critical-minerals:source:src',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Hi', suffix: ' 😀 top' },
        { type: 'TextPositionSelector', start: 0, end: 2 },
      ],
    },
  };
  const mou = [
    {
      id: 'urn:critical-minerals:annotation:mou:0',
      type: 'Annotation',
      motivation: 'identifying',
      body: 'urn:critical-minerals:agreement:mou',
      target: {
        source: 'urn:critical-minerals:source:src',
        selector: [
          { type: 'TextQuoteSelector', exact: '😀', prefix: 'Hi ', suffix: ' top' },
          { type: 'TextPositionSelector', start: 3, end: 4 },
        ],
      },
    },
    {
      id: 'urn:critical-minerals:annotation:mou:1',
      type: 'Annotation',
      motivation: 'identifying',
      body: 'urn:critical-minerals:agreement:mou',
      target: {
        source: 'urn:critical-minerals:source:src',
        selector: [
          { type: 'TextQuoteSelector', exact: 'top', prefix: 'Hi 😀 ' },
          { type: 'TextPositionSelector', start: 5, end: 8 },
        ],
      },
    },
  ];
  const collection = (id: string, items: unknown[]) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Evidence quotes of the critical-minerals dataset',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  });

  it.each([
    ['no kind', undefined, collection('urn:critical-minerals:evidence', [korea, ...mou])],
    ['a null kind', null, collection('urn:critical-minerals:evidence', [korea, ...mou])],
    ['a kind', 'agreement', collection('urn:critical-minerals:evidence:agreement', mou)],
    ['a dataset key', 'countries', collection('urn:critical-minerals:evidence:country', [korea])],
  ] as const)('gives the whole collection for %s, positions in code points around an astral character', (_, kind, expected) => {
    expect(toAnnotations(kind, data)).toEqual(expected);
    expect(toJsonLd(kind, data)).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('refuses evidence that points into a source the dataset lacks, naming it', () => {
    const broken = {
      ...emptyKinds(),
      sources: {},
      agreements: { mou: { id: 'mou', kind: 'agreement', evidence: [{ source: 'gone', start: 0, end: 1, quote: 'x' }], provenance: {} } },
    } as unknown as AnyDataset;
    const error = thrown(() => toAnnotations(undefined, broken));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ message: 'Invalid data: evidence points into an unknown source "gone".', parameter: 'data', input: broken });
  });

  it('offlineDocumentLoader refuses another URL with an error naming the url parameter', async () => {
    const url = 'https://example.org/context.jsonld';
    const error = await offlineDocumentLoader(url).then(
      () => new Error('expected a rejection'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({
      message: 'Invalid url: "https://example.org/context.jsonld" is not a context this package ships; it answers only http://www.w3.org/ns/anno.jsonld offline.',
      parameter: 'url',
      input: url,
    });
  });
});

describe('export files', () => {
  const expectedFormats = 'expected one of json, csv, ndjson, jsonld.';

  it.each([
    [' csv ', 'csv'],
    ['\tJSONL\n', 'ndjson'],
    [' Json-LD ', 'jsonld'],
  ])('parseExportFormat trims and lowercases %j to %s', (input, format) => {
    expect(parseExportFormat(input)).toBe(format);
  });

  it.each([
    [42, `Invalid format the number 42: ${expectedFormats}`],
    [null, `Invalid format null: ${expectedFormats}`],
    ['zzzzzzzzzzzz', `Invalid format "zzzzzzzzzzzz": ${expectedFormats}`],
    ['cvs', `Invalid format "cvs": ${expectedFormats} Did you mean "csv"?`],
  ])('parseExportFormat refuses %j with the whole message, a hint only when one is near', (input, message) => {
    const error = thrown(() => parseExportFormat(input));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ message, parameter: 'format', input });
  });

  const data = {
    ...emptyKinds(),
    countries: {
      KR: { id: 'KR', kind: 'country', name: 'Korea', evidence: [], provenance: {} },
      KZ: { id: 'KZ', kind: 'country', name: 'Kazakhstan', evidence: [], provenance: {} },
    },
    agreements: { mou: { id: 'mou', kind: 'agreement', name: 'An MOU', evidence: [], provenance: {} } },
  } as unknown as AnyDataset;

  it('names the single NDJSON and JSON-LD file after the kind, or after the whole dataset', () => {
    expect(exportFiles('ndjson', 'agreements', data)).toEqual([{ name: 'agreement.ndjson', contents: toNdjson('agreement', data) }]);
    expect(exportFiles('ndjson', null, data)).toEqual([{ name: 'dataset.ndjson', contents: toNdjson(null, data) }]);
    expect(exportFiles('jsonld', 'country', data)).toEqual([{ name: 'country.evidence.jsonld', contents: toJsonLd('country', data) }]);
    expect(exportFiles('jsonld', undefined, data)).toEqual([{ name: 'evidence.jsonld', contents: toJsonLd(undefined, data) }]);
  });

  it('countRecords adds up the records of every kind, or counts one kind', () => {
    expect([countRecords(undefined, data), countRecords(null, data), countRecords('countries', data), countRecords('agreement', data), countRecords('person', data)]).toEqual([3, 3, 2, 1, 0]);
  });
});
