/**
 * What `validateDataset` reports for a small dataset of our own, problem by problem, with the whole `issues` list
 * and message pinned: input that is not a list, quotes whose offsets are out of range (a record that failed its
 * schema still has its quotes checked), offsets that split a surrogate pair (and halves that make no pair),
 * references to several allowed kinds, and quotes from a source that failed its own schema.
 */
import { describe, expect, it } from 'vitest';
import { DatasetError, validateDataset, type DatasetIssue } from '../src/create-catalog.js';
import { resolvedSource } from './fixtures/atlantis.js';

/**
 * The made-up text: three surrogate pairs (U+10000 = d800 dc00, U+10FFFF = dbff dfff, U+103FF = d800 dfff), then
 * halves that make no pair (a private-use character before a low half, "b" before a low half, a high half before "a",
 * a high half before a private-use character).
 */
const TEXT = 'Atlantis mines cobalt. Pairs: \u{10000}\u{10FFFF}\u{103FF}. Halves: \ue000\udc00 b\udc00 \ud800a \ud800\ue000. The end.';
const PAIRS = TEXT.indexOf('\u{10000}');
const inferred = (note: string) => ({ basis: 'inferred', evidence: [], note });

function source(id: string, text: string, patch: Record<string, unknown> = {}) {
  return { ...resolvedSource(text, id), ...patch };
}
const news = source('atlantis-news', TEXT);
/** The quote of `atlantis-news` at `start`–`end`. */
const at = (start: number, end: number) => ({ source: 'atlantis-news', start, end, quote: TEXT.slice(start, end) });
/** A topic whose name the text states (its first quote, "cobalt"), with more quotes after it. */
const topic = (id: string, ...more: unknown[]) => ({
  id,
  kind: 'topic',
  name: 'cobalt',
  evidence: [at(15, 21), ...more],
  provenance: { name: { basis: 'stated', evidence: [0] } },
  note: null,
});
const atlantis = {
  id: 'XA',
  kind: 'country',
  name: 'Atlantis',
  officialName: null,
  alpha2: 'XA',
  alpha3: 'XAT',
  numeric: '901',
  historical: false,
  aliases: [],
  demonyms: [],
  wikidata: null,
  evidence: [at(0, 8)],
  provenance: {
    name: { basis: 'stated', evidence: [0] },
    alpha2: { basis: 'standard', evidence: [] },
    alpha3: { basis: 'standard', evidence: [] },
    numeric: { basis: 'standard', evidence: [] },
    historical: { basis: 'standard', evidence: [] },
  },
  note: 'fictional',
};

/** The error `validateDataset` throws for `records`. */
function rejection(records: unknown): DatasetError {
  try {
    validateDataset(records as unknown[]);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected a DatasetError');
}
const issue = (record: string, kind: DatasetIssue['kind'], path: string, message: string): DatasetIssue => ({ record, kind, path, message });

describe('validateDataset: the dataset of this file', () => {
  it('is valid as it stands', () => {
    const data = validateDataset([news, atlantis, topic('cobalt')]);
    expect(Object.keys(data.sources)).toEqual(['atlantis-news']);
    expect(Object.keys(data.topics)).toEqual(['cobalt']);
    expect(data.countries['XA']?.name).toBe('Atlantis');
  });
});

describe('validateDataset: records that are not a list', () => {
  it.each([
    [{}, 'object'],
    [null, 'object'],
    ['records', 'string'],
    [undefined, 'undefined'],
    [7, 'number'],
  ])('%j is one problem naming what it got', (records, got) => {
    const error = rejection(records);
    expect(error.issues).toEqual([issue('records', null, '', `expected an array of records, got ${got}`)]);
    expect(error.message).toBe(`Invalid dataset: 1 problem\n  - record "records": expected an array of records, got ${got}`);
  });
});

describe('validateDataset: quotes whose offsets are out of range', () => {
  it('are compared with text.slice(start, end), after the schema has reported the offsets', () => {
    const end = TEXT.length;
    const astray = topic(
      'astray',
      // Counted from the end, as slice counts them: "nd", not the "At" the quote has.
      { source: 'atlantis-news', start: -3, end: -1, quote: 'At' },
      // start after end: the text there is empty, so only an empty quote stands there.
      { source: 'atlantis-news', start: 9, end: 5, quote: '' },
      { source: 'atlantis-news', start: 9, end: 5, quote: 'x' },
      // Past the end: slice stops at the end of the text, where these last three characters are.
      { source: 'atlantis-news', start: end - 3, end: end + 2, quote: 'nd.' },
      // In range, and the text there starts with the quote, but is longer than it.
      { source: 'atlantis-news', start: 0, end: 10, quote: 'Atlantis' },
      // Not quotes at all: reported by the schema only.
      null,
      Object.assign(() => undefined, { source: 'atlantis-news', start: 0, end: 8, quote: 'Lemuria!' }),
      'Atlantis',
    );
    const error = rejection([news, astray]);
    expect(error.issues).toEqual([
      issue('astray', 'topic', 'evidence.1.start', 'Too small: expected number to be >=0'),
      issue('astray', 'topic', 'evidence.1.end', 'Too small: expected number to be >0'),
      issue('astray', 'topic', 'evidence.2.quote', 'Too small: expected string to have >=1 characters'),
      issue('astray', 'topic', 'evidence.2.end', 'end - start must equal quote.length'),
      issue('astray', 'topic', 'evidence.3.end', 'end - start must equal quote.length'),
      issue('astray', 'topic', 'evidence.4.end', 'end - start must equal quote.length'),
      issue('astray', 'topic', 'evidence.5.end', 'end - start must equal quote.length'),
      issue('astray', 'topic', 'evidence.6', 'Invalid input: expected object, received null'),
      issue('astray', 'topic', 'evidence.7', 'Invalid input: expected object, received function'),
      issue('astray', 'topic', 'evidence.8', 'Invalid input: expected object, received string'),
      issue('astray', 'topic', 'evidence.1.quote', 'quote does not stand at -3–-1 of "atlantis-news": the text there is "nd"'),
      issue('astray', 'topic', 'evidence.3.quote', 'quote does not stand at 9–5 of "atlantis-news": the text there is ""'),
      issue('astray', 'topic', 'evidence.5.quote', 'quote does not stand at 0–10 of "atlantis-news": the text there is "Atlantis m"'),
    ]);
  });
});

describe('validateDataset: offsets and surrogate pairs', () => {
  it('reports an offset between the halves of a pair, and not one between halves that make no pair', () => {
    const lone = (halves: string) => TEXT.indexOf(halves) + 1;
    const split = topic(
      'split',
      at(PAIRS, PAIRS + 1), // ends inside U+10000 (d800 | dc00)
      at(PAIRS + 2, PAIRS + 3), // ends inside U+10FFFF (dbff | dfff)
      at(PAIRS + 4, PAIRS + 5), // ends inside U+103FF (d800 | dfff)
      at(lone('\ue000\udc00') - 1, lone('\ue000\udc00')), // e000 | dc00: no pair
      at(lone('b\udc00') - 1, lone('b\udc00')), // "b" | dc00: no pair
      at(lone('\ud800a') - 1, lone('\ud800a')), // d800 | "a": no pair
      at(lone('\ud800\ue000') - 1, lone('\ud800\ue000')), // d800 | e000: no pair
    );
    const error = rejection([news, split]);
    const inside = (i: number, at: number) => issue('split', 'topic', `evidence.${i}.end`, `${at} falls inside a character (between the halves of a surrogate pair)`);
    expect(error.issues).toEqual([inside(1, PAIRS + 1), inside(2, PAIRS + 3), inside(3, PAIRS + 5)]);
    expect(error.message).toBe(
      [
        'Invalid dataset: 3 problems',
        `  - topic "split" at evidence.1.end: ${PAIRS + 1} falls inside a character (between the halves of a surrogate pair)`,
        `  - topic "split" at evidence.2.end: ${PAIRS + 3} falls inside a character (between the halves of a surrogate pair)`,
        `  - topic "split" at evidence.3.end: ${PAIRS + 5} falls inside a character (between the halves of a surrogate pair)`,
      ].join('\n'),
    );
  });
});

describe('validateDataset: references a field allows to be of several kinds', () => {
  it('lists every allowed kind, joined by "or"', () => {
    const plan = {
      id: 'cobalt-plan',
      kind: 'initiative',
      name: 'Cobalt plan',
      type: 'plan',
      owner: 'XA',
      region: null,
      aim: null,
      supporters: ['nowhere', 'cobalt'],
      announcedAt: null,
      events: [],
      evidence: [at(15, 21)],
      provenance: { name: inferred('test'), type: inferred('test'), owner: inferred('test'), supporters: inferred('test') },
      note: null,
    };
    const error = rejection([news, atlantis, topic('cobalt'), plan]);
    expect(error.issues).toEqual([
      issue('cobalt-plan', 'initiative', 'supporters', 'refers to "nowhere", which is not in the dataset (expected a country or person or organization)'),
      issue('cobalt-plan', 'initiative', 'supporters', 'refers to "cobalt", a topic; expected a country or person or organization'),
    ]);
  });
});

describe('validateDataset: quotes from a source that failed its own schema', () => {
  it('are not reported again as from an unknown source; quotes from no source at all are', () => {
    const broken = source('broken-news', 'Broken news about cobalt.', { language: 'EN!' });
    const cites = { ...topic('cites'), evidence: [at(15, 21), { source: 'broken-news', start: 0, end: 6, quote: 'Broken' }, { source: 'nowhere', start: 0, end: 6, quote: 'Broken' }] };
    const error = rejection([news, broken, cites]);
    expect(error.issues).toEqual([
      issue('broken-news', 'source', 'language', 'must be a BCP 47 tag, like "en"'),
      issue('cites', 'topic', 'evidence.2.source', 'unknown source "nowhere"'),
    ]);
  });
});

describe('validateDataset: a source url', () => {
  it('must have the protocol http: or https:, not one that only ends in https:', () => {
    const url = 'git+https://example.org/news';
    const error = rejection([source('atlantis-news', TEXT, { url, provenance: { ...news.provenance, url: inferred('fictional') } })]);
    expect(error.issues).toEqual([issue('atlantis-news', 'source', 'url', `must be an http: or https: URL, not "${url}"`)]);
  });
});

describe('validateDataset: valid records take the fast walk', () => {
  it('whose copies share one frozen empty list and one frozen [0] (src/schema/fast-parse.ts)', () => {
    const nickel = { ...topic('nickel'), name: 'Atlantis', evidence: [at(0, 8)] };
    const data = validateDataset([news, topic('cobalt'), nickel]);
    const [cobaltName, nickelName] = [data.topics['cobalt']!.provenance['name']!.evidence, data.topics['nickel']!.provenance['name']!.evidence];
    expect(cobaltName).toEqual([0]);
    expect(cobaltName).toBe(nickelName);
    expect(Object.isFrozen(cobaltName)).toBe(true);
    const { provenance } = data.sources['atlantis-news']!;
    expect(provenance['title']!.evidence).toEqual([]);
    expect(provenance['title']!.evidence).toBe(provenance['rights']!.evidence);
  });
});
