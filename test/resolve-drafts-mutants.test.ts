/**
 * resolveDrafts / resolveAndValidate / locateEvidence: the exact problems reported for odd drafts (not objects,
 * functions, empty or numeric ids, quotes that are not quotes), which source a quote is found in by default, and
 * which issues are said once. Written against the StrykerJS survivors of src/authoring/resolve-drafts.ts.
 */
import { describe, expect, it } from 'vitest';
import { draftCatalog, resolveDrafts } from '../src/authoring/index.js';
import { locateEvidence, resolveAndValidate } from '../src/authoring/resolve-drafts.js';
import { DatasetError, InvalidArgumentError, type DatasetIssue } from '../src/errors.js';
import { ATLANTIS_TEXT, cobaltPact, draftSource } from './fixtures/atlantis.js';

const text = ATLANTIS_TEXT;
const SHA = '607dd50a0f5b17f83e242b1a8069226b73f77d9538acf0270c1f25784647c768';
const source = draftSource();
const topic = cobaltPact();
const country = {
  id: 'XL',
  kind: 'country',
  name: 'Lemuria',
  officialName: null,
  alpha2: 'XL',
  alpha3: 'XLM',
  numeric: '999',
  historical: false,
  aliases: [],
  demonyms: [],
  wikidata: null,
  evidence: ['Lemuria signed'],
  note: null,
};
/** A second source, whose text also says "cobalt pact". */
const other = { ...source, id: 'other-news', text: 'Other news: cobalt pact again.', evidence: ['Other news'] };

/** The DatasetError's issues, or a failure naming what was thrown instead. */
function issuesOf(f: () => unknown): readonly DatasetIssue[] {
  try {
    f();
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
  throw new Error('expected a DatasetError, but nothing was thrown');
}

/** A function carrying a record's fields as its own enumerable properties (`name` included). */
function functionWith(fields: Record<string, unknown>): () => void {
  const f = function () {};
  for (const [key, value] of Object.entries(fields)) Object.defineProperty(f, key, { value, enumerable: true, writable: true, configurable: true });
  return f;
}

const NOT_A_QUOTE = 'expected a quote: a string, or { quote, prefix?, suffix?, source? }';

describe('locateEvidence', () => {
  const texts = new Map([
    ['a', 'one two three two'],
    ['b', 'four'],
  ]);

  it.each([
    ['null', null],
    ['a number', 42],
    ['an object without quote', {}],
    ['a quote that is not a string', { quote: 5 }],
    ['an array', []],
    ['a function with a string quote', functionWith({ quote: 'one' })],
  ])('rejects %s as not a quote', (_, spec) => {
    expect(locateEvidence(spec as never, texts, 'a')).toStrictEqual({ problem: NOT_A_QUOTE });
  });

  it('finds a quote alone, with its prefix, or in the source it names; the offsets cover the quote alone', () => {
    expect(locateEvidence('one', texts, 'a')).toStrictEqual({ evidence: { source: 'a', start: 0, end: 3, quote: 'one' } });
    expect(locateEvidence({ quote: 'two', prefix: 'one ' }, texts, 'a')).toStrictEqual({ evidence: { source: 'a', start: 4, end: 7, quote: 'two' } });
    expect(locateEvidence({ quote: 'two', suffix: ' three' }, texts, 'a')).toStrictEqual({ evidence: { source: 'a', start: 4, end: 7, quote: 'two' } });
    expect(locateEvidence({ quote: 'four', source: 'b' }, texts, 'a')).toStrictEqual({ evidence: { source: 'b', start: 0, end: 4, quote: 'four' } });
  });

  it('names the problem: empty, ambiguous, unknown source (listing the known ones), or which source', () => {
    expect(locateEvidence('', texts, 'a')).toStrictEqual({ problem: 'empty quote' });
    expect(locateEvidence({ quote: '', source: 'b' }, texts, 'a')).toStrictEqual({ problem: 'empty quote' });
    expect(locateEvidence('two', texts, 'a')).toStrictEqual({
      problem: 'quote is ambiguous: "two" occurs 2 times in "a"; add a prefix or suffix, such as prefix "one " (the match at 4), prefix "three " (the match at 14)',
    });
    expect(locateEvidence({ quote: 'x', source: 'c' }, texts, 'a')).toStrictEqual({ problem: 'unknown source "c" (known: "a", "b")' });
    expect(locateEvidence('one', new Map([['only', 'one']]), 'a')).toStrictEqual({ problem: 'unknown source "a" (known: "only")' });
    expect(locateEvidence('one', new Map(), 'a')).toStrictEqual({ problem: 'unknown source "a"' });
    expect(locateEvidence('one', texts, undefined)).toStrictEqual({
      problem: 'which source? There is more than one: name it with { quote, source } (one of "a", "b")',
    });
  });

  it('finds a quote that happens to be any other text', () => {
    const texts = new Map([['s', 'He said: Stryker was here!']]);
    expect(locateEvidence('Stryker was here!', texts, 's')).toStrictEqual({ evidence: { source: 's', start: 9, end: 26, quote: 'Stryker was here!' } });
  });
});

describe('resolveDrafts arguments', () => {
  it.each([
    ['a string', 'records', 'string'],
    ['an object', { records: [] }, 'object'],
    ['null', null, 'object'],
  ])('rejects drafts that are %s, naming the parameter', (_, drafts, type) => {
    let error: unknown;
    try {
      resolveDrafts(drafts as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).message).toBe(`expected an array of records, got ${type}`);
    expect((error as InvalidArgumentError).parameter).toBe('records');
    expect((error as InvalidArgumentError).input).toBe(drafts);
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['a string', 'extends'],
  ])('rejects options that are %s, naming the parameter', (_, options) => {
    let error: unknown;
    try {
      resolveDrafts([], options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).message).toBe('expected options { extends?, defaultSource? }');
    expect((error as InvalidArgumentError).parameter).toBe('options');
    expect((error as InvalidArgumentError).input).toBe(options);
  });

  it('resolves no drafts to no records, with options or without', () => {
    expect(resolveDrafts([])).toStrictEqual([]);
    expect(resolveDrafts([], {})).toStrictEqual([]);
  });
});

describe('resolveDrafts: drafts that are not records', () => {
  it.each([
    ['a number', 42, 'Invalid input: expected object, received number'],
    ['null', null, 'Invalid input: expected object, received null'],
    ['a string', 'cobalt-pact', 'Invalid input: expected object, received string'],
    ['a function with every field of a topic', functionWith(topic), 'Invalid input: expected object, received function'],
  ])('reports %s once, as the record at its index', (_, draft, message) => {
    expect(issuesOf(() => resolveDrafts([source, draft]))).toStrictEqual([{ record: 'records[1]', kind: null, path: '', message }]);
  });

  it('looks up no function as a record: a capital named after one has no quote that states it', () => {
    const place = { id: 'atlantis-city', kind: 'place', name: 'Atlantis', country: 'XL', capitalOf: 'XL', standsFor: null, wikidata: null, evidence: ['Atlantis and Lemuria'], note: null };
    expect(issuesOf(() => resolveDrafts([source, functionWith(country), place]))).toStrictEqual([
      { record: 'records[1]', kind: null, path: '', message: 'Invalid input: expected object, received function' },
      { record: 'atlantis-city', kind: 'place', path: 'country', message: 'refers to "XL", which is not in the dataset (expected a country)' },
      { record: 'atlantis-city', kind: 'place', path: 'capitalOf', message: 'refers to "XL", which is not in the dataset (expected a country)' },
      { record: 'atlantis-city', kind: 'place', path: 'provenance.country', message: 'stated, but a stated value needs at least one quote' },
      { record: 'atlantis-city', kind: 'place', path: 'provenance.capitalOf', message: 'stated, but a stated value needs at least one quote' },
    ]);
    // The same place with the country as a record: both fields stated by the quote that names it.
    const [, , resolved] = resolveDrafts([source, country, place]);
    expect(resolved?.provenance).toStrictEqual({
      name: { basis: 'stated', evidence: [0] },
      country: { basis: 'stated', evidence: [0] },
      capitalOf: { basis: 'stated', evidence: [0] },
    });
  });

  it('takes no id-less place as a name of the country it stands for', () => {
    const { id: _, ...idless } = { kind: 'place', name: 'Atlantis', country: 'XL', capitalOf: null, standsFor: 'XL', wikidata: null, evidence: ['Atlantis and Lemuria'], note: null, id: '' };
    const capital = { id: 'atlantis-town', kind: 'place', name: 'Atlantis', country: 'XL', capitalOf: 'XL', standsFor: null, wikidata: null, evidence: ['Atlantis mines cobalt'], note: null };
    expect(issuesOf(() => resolveDrafts([source, country, idless, capital]))).toStrictEqual([
      {
        record: 'atlantis-town',
        kind: 'place',
        path: 'provenance.capitalOf',
        message: 'not stated by the record\'s quotes (no quote holds "Lemuria"); author its provenance: derived, inferred, or stated by another quote',
      },
      { record: 'records[2]', kind: 'place', path: 'id', message: 'Invalid input: expected string, received undefined' },
    ]);
  });

  it('leaves a record of no known kind, or with provenance that is not an object, to the schema', () => {
    // Its name is in no quote: a record of a known kind would also be asked for the name's provenance.
    expect(issuesOf(() => resolveDrafts([source, { ...topic, kind: 'nope', name: 'Poseidon' }]))).toStrictEqual([
      {
        record: 'cobalt-pact',
        kind: null,
        path: 'kind',
        message:
          "Invalid discriminator value. Expected 'source' | 'country' | 'region' | 'place' | 'person' | 'organization' | 'mineral' | 'topic' | 'resource' | 'agreement' | 'event' | 'statement' | 'figure' | 'initiative'",
      },
    ]);
    expect(issuesOf(() => resolveDrafts([source, { ...topic, provenance: 'name' }]))).toStrictEqual([
      { record: 'cobalt-pact', kind: 'topic', path: 'provenance', message: 'Invalid input: expected record, received string' },
    ]);
  });

  it('reports evidence items that are neither quotes nor offsets; a function with a numeric start is not offsets', () => {
    const evidence = [null, functionWith({ start: 0, end: 8, source: 'atlantis-news', quote: 'Atlantis' }), 'cobalt pact'];
    expect(issuesOf(() => resolveDrafts([source, { ...topic, evidence }]))).toStrictEqual([
      { record: 'cobalt-pact', kind: 'topic', path: 'evidence.0', message: NOT_A_QUOTE },
      { record: 'cobalt-pact', kind: 'topic', path: 'evidence.1', message: NOT_A_QUOTE },
    ]);
  });

  it('keeps evidence given as offsets as it is', () => {
    const given = { source: 'atlantis-news', start: 58, end: 64, quote: 'cobalt' };
    const [, resolved] = resolveDrafts([source, { ...topic, name: 'cobalt', evidence: [given] }]);
    expect(resolved?.evidence).toStrictEqual([given]);
    expect(resolved?.provenance).toStrictEqual({ name: { basis: 'stated', evidence: [0] } });
  });
});

describe('resolveDrafts: records named by index where their id is empty or not a string', () => {
  it('names them records[i] in every issue, its own and the schema’s (and throws no TypeError)', () => {
    expect(issuesOf(() => resolveDrafts([source, { ...topic, id: '', evidence: ['zzz'] }, { ...topic, id: 5, evidence: ['zzz'] }]))).toStrictEqual([
      { record: 'records[1]', kind: 'topic', path: 'evidence.0', message: 'quote not found in "atlantis-news": "zzz"' },
      { record: 'records[2]', kind: 'topic', path: 'evidence.0', message: 'quote not found in "atlantis-news": "zzz"' },
      { record: 'records[1]', kind: 'topic', path: 'id', message: 'must be lower-case words joined by hyphens, like "astana"' },
      { record: 'records[2]', kind: 'topic', path: 'id', message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('names a record with no usable id by index in a provenance problem too', () => {
    expect(issuesOf(() => resolveDrafts([source, { ...topic, id: '', evidence: ['Atlantis mines'] }, { ...topic, id: 7, evidence: ['Atlantis mines'] }]))).toStrictEqual([
      {
        record: 'records[1]',
        kind: 'topic',
        path: 'provenance.name',
        message: 'not stated by the record\'s quotes (no quote holds "cobalt pact"); author its provenance: derived, inferred, or stated by another quote',
      },
      {
        record: 'records[2]',
        kind: 'topic',
        path: 'provenance.name',
        message: 'not stated by the record\'s quotes (no quote holds "cobalt pact"); author its provenance: derived, inferred, or stated by another quote',
      },
      { record: 'records[1]', kind: 'topic', path: 'id', message: 'must be lower-case words joined by hyphens, like "astana"' },
      { record: 'records[2]', kind: 'topic', path: 'id', message: 'Invalid input: expected string, received number' },
    ]);
  });
});

describe('resolveDrafts: the default source of a quote', () => {
  const one = draftCatalog({ records: [source, topic] });
  const two = draftCatalog({ records: [source, other, { ...topic, evidence: [{ quote: 'cobalt pact', source: 'other-news' }] }] });

  it('is the only source there is when the drafts have none', () => {
    expect(resolveDrafts([{ ...topic, id: 'pact-b' }], { extends: one })).toStrictEqual([
      { id: 'pact-b', kind: 'topic', name: 'cobalt pact', evidence: [{ source: 'atlantis-news', start: 30, end: 41, quote: 'cobalt pact' }], note: null, provenance: { name: { basis: 'stated', evidence: [0] } } },
    ]);
    expect(resolveDrafts([{ ...topic, id: 'pact-b' }], { extends: one.data })[0]?.evidence).toStrictEqual([
      { source: 'atlantis-news', start: 30, end: 41, quote: 'cobalt pact' },
    ]);
  });

  it('is none when there are several sources and the drafts have none', () => {
    expect(issuesOf(() => resolveDrafts([{ ...topic, id: 'pact-b' }], { extends: two }))).toStrictEqual([
      {
        record: 'pact-b',
        kind: 'topic',
        path: 'evidence.0',
        message: 'which source? There is more than one: name it with { quote, source } (one of "atlantis-news", "other-news")',
      },
    ]);
  });

  it('is the drafts’ own source; one without a string id is not one of theirs', () => {
    const { id: _, ...idless } = other;
    expect(issuesOf(() => resolveDrafts([{ ...idless, evidence: [] }, { ...topic, id: 'pact-b' }], { extends: one }))).toStrictEqual([
      { record: 'records[0]', kind: 'source', path: 'id', message: 'Invalid input: expected string, received undefined' },
      { record: 'records[0]', kind: 'source', path: 'evidence', message: 'every record needs at least one evidence quote' },
    ]);
    expect(resolveDrafts([other, { ...topic, id: 'pact-b' }], { extends: one })[1]?.evidence).toStrictEqual([
      { source: 'other-news', start: 12, end: 23, quote: 'cobalt pact' },
    ]);
  });

  it('is none when the drafts have two sources, even if only one has a text', () => {
    const { text: _, ...textless } = other;
    expect(issuesOf(() => resolveDrafts([source, { ...textless, evidence: [] }, topic]))).toStrictEqual([
      { record: 'cobalt-pact', kind: 'topic', path: 'evidence.0', message: 'which source? There is more than one: name it with { quote, source } (one of "atlantis-news")' },
      { record: 'other-news', kind: 'source', path: 'sha256', message: 'Invalid input: expected string, received undefined' },
      { record: 'other-news', kind: 'source', path: 'text', message: 'Invalid input: expected string, received undefined' },
      { record: 'other-news', kind: 'source', path: 'evidence', message: 'every record needs at least one evidence quote' },
    ]);
  });
});

describe('resolveDrafts: sources', () => {
  it('keeps a sha256 provenance the draft gives, and computes the digest', () => {
    const [resolved] = resolveDrafts([{ ...source, provenance: { ...source.provenance, sha256: { basis: 'inferred', note: 'mine', quotes: [] } } }, topic]);
    expect(resolved).toMatchObject({ sha256: SHA });
    expect(resolved?.provenance).toStrictEqual({
      title: { basis: 'inferred', evidence: [], note: 'fictional' },
      published: { basis: 'inferred', evidence: [], note: 'fictional' },
      language: { basis: 'inferred', evidence: [], note: 'written in English' },
      excerpt: { basis: 'inferred', evidence: [], note: 'Not given in the draft: filled in by the authoring toolkit.' },
      rights: { basis: 'inferred', evidence: [], note: 'Not given in the draft: filled in by the authoring toolkit.' },
      sha256: { basis: 'inferred', evidence: [], note: 'mine' },
    });
  });

  it('leaves the provenance of a source draft that gives every default as the draft has it', () => {
    const { text: _, ...textless } = other;
    const draft = { ...textless, timeZone: null, retrieved: null, excerpt: false, rights: 'mine', provenance: 'none', evidence: [] };
    expect(issuesOf(() => resolveDrafts([draft]))).toStrictEqual([
      { record: 'other-news', kind: 'source', path: 'sha256', message: 'Invalid input: expected string, received undefined' },
      { record: 'other-news', kind: 'source', path: 'text', message: 'Invalid input: expected string, received undefined' },
      { record: 'other-news', kind: 'source', path: 'evidence', message: 'every record needs at least one evidence quote' },
      { record: 'other-news', kind: 'source', path: 'provenance', message: 'Invalid input: expected record, received string' },
    ]);
  });
});

describe('resolveAndValidate: each problem said once', () => {
  it('reports a quote not found even when the rest of the record is valid', () => {
    expect(issuesOf(() => resolveAndValidate([source, { ...topic, evidence: ['cobalt pact', 'zzz'] }]))).toStrictEqual([
      { record: 'cobalt-pact', kind: 'topic', path: 'evidence.1', message: 'quote not found in "atlantis-news": "zzz"' },
    ]);
  });

  it('still reports wrong offsets of a record whose only other problem is not a quote', () => {
    const draft = { ...source, sha256: '0'.repeat(64), evidence: [{ source: 'atlantis-news', start: 0, end: 3, quote: 'zzz' }] };
    expect(issuesOf(() => resolveAndValidate([draft, topic]))).toStrictEqual([
      { record: 'atlantis-news', kind: 'source', path: 'sha256', message: `recorded ${'0'.repeat(64)}, but the text hashes to ${SHA}` },
      { record: 'atlantis-news', kind: 'source', path: 'evidence.0.quote', message: 'quote does not stand at 0–3 of "atlantis-news": the text there is "Atl"' },
    ]);
  });

  it('returns the frozen records and the dataset they make', () => {
    const { records, dataset } = resolveAndValidate([source, topic]);
    expect(Object.isFrozen(records)).toBe(true);
    expect(Object.keys(dataset.topics)).toStrictEqual(['cobalt-pact']);
    expect(dataset.topics['cobalt-pact']).toStrictEqual(records[1]);
  });
});
